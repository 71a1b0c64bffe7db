package dev.copydesk.cli;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.checks.BuiltInChecks;
import java.util.List;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code copydesk} command. */
@Command(name = "copydesk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Proofreads a whole set of documents at once: near-duplicate paragraphs, typos, "
                + "inconsistent casing, spelling variants and mechanical slips.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above --fail-on, every input read",
            "1:findings at or above --fail-on (default: warning)",
            "2:usage or configuration error; nothing was checked",
            "3:an input could not be read, or an internal error"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'copydesk check PATH...'");
    }

    /** The command line with the built-in checks, in the process's environment. */
    public static CommandLine commandLine() {
        return commandLine(BuiltInChecks.all(), Environment.system());
    }

    /** A command line over a list of checks in an environment (tests inject both). */
    static CommandLine commandLine(List<Check> checks, Environment env) {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand(new CheckCommand(checks, env));
        cl.addSubcommand(new BaselineCommand(checks, env));
        cl.addSubcommand(new InitCommand(checks, env));
        cl.addSubcommand(new ChecksCommand(checks));
        cl.addSubcommand(new CommandLine.HelpCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> ExitCode.INPUT_OR_INTERNAL.code());
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("copydesk: " + e.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr())) {
                cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
            }
            return ExitCode.USAGE.code();
        });
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UsageException) {
                cmd.getErr().println("copydesk: " + e.getMessage());
                return ExitCode.USAGE.code();
            }
            cmd.getErr().println("copydesk: internal error: " + e);
            LoggerFactory.getLogger(Main.class).debug("internal error", e);
            return ExitCode.INPUT_OR_INTERNAL.code();
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
