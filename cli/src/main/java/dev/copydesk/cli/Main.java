package dev.copydesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code copydesk} command. */
@Command(name = "copydesk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Proofreads a whole set of documents at once: near-duplicate paragraphs, typos, "
                + "inconsistent casing, spelling variants and mechanical slips.",
        subcommands = {CheckCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above --fail-on, every input read",
            "1:findings at or above --fail-on",
            "2:usage or configuration error",
            "3:an input could not be read, or an internal error"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'copydesk check PATH...'");
    }

    /** A configured command line, for the launcher and for tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
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
            cmd.getErr().println("copydesk: internal error: " + e);
            org.slf4j.LoggerFactory.getLogger(Main.class).debug("internal error", e);
            return ExitCode.INPUT_OR_INTERNAL.code();
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
