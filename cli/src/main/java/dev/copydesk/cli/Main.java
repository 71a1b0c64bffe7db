package dev.copydesk.cli;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.checks.BuiltInChecks;
import dev.copydesk.core.engine.Engine;
import dev.copydesk.core.engine.RunSettings;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
        return commandLine(checks, env, new String[0]);
    }

    /**
     * A command line with only the subcommand named {@code only} when it is one (picocli reads each
     * subcommand's annotations when it is added: the five took ~30 ms of the main thread in a
     * wall-clock profile of {@code --version}), else with all of them, so that {@code copydesk --help}, {@code copydesk help}
     * and a misspelt subcommand's suggestions see every one.
     */
    private static CommandLine withSubcommands(List<Check> checks, Environment env, String only) {
        Map<String, Supplier<Object>> subcommands = new LinkedHashMap<>();
        subcommands.put("check", () -> new CheckCommand(checks, env));
        subcommands.put("baseline", () -> new BaselineCommand(checks, env));
        subcommands.put("init", () -> new InitCommand(checks, env));
        subcommands.put("checks", () -> new ChecksCommand(checks));
        subcommands.put("help", CommandLine.HelpCommand::new);
        CommandLine cl = new CommandLine(new Main());
        if (only != null && subcommands.containsKey(only) && !only.equals("help")) {
            cl.addSubcommand(subcommands.get(only).get());
        } else {
            subcommands.values().forEach(s -> cl.addSubcommand(s.get()));
        }
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
        List<Check> checks = BuiltInChecks.all();
        if (args.length > 0 && RUNS_CHECKS.contains(args[0])) {
            prepareEarly(leftOnByFlags(checks, args));
        }
        System.exit(commandLine(checks, Environment.system(), args).execute(args));
    }

    /** The command line for these arguments: with only the subcommand they name, if they name one. */
    static CommandLine commandLine(List<Check> checks, Environment env, String[] args) {
        return withSubcommands(checks, env, args.length > 0 ? args[0] : null);
    }

    /** Subcommands that load documents and run the checks. */
    private static final Set<String> RUNS_CHECKS = Set.of("check", "baseline");

    /**
     * Starts reading the checks' data for the default dialect while the command line and the
     * configuration are still being read, on the second core that start-up leaves idle: on the five
     * seed files the typo check's dictionaries are the longest wait. The run then prepares for its
     * own settings as usual; what was read here is kept and not read again (each check reads its
     * data once, whichever thread asks first). If the run turns out to be for en-GB, or to have the
     * typo check off, the en-US data read here is wasted work on that idle core, nothing worse.
     */
    private static void prepareEarly(List<Check> checks) {
        new Engine(checks).prepareInBackground(RunSettings.defaults());
    }

    /**
     * The checks that {@code --only} and {@code --skip} leave on, read from the arguments before
     * picocli parses them ({@code --only ID,ID}, {@code --only=ID}, repeated), so that start-up does
     * not read the data of a check the run will not use. Unknown ids are ignored here: the command
     * refuses them once it has parsed its options.
     */
    static List<Check> leftOnByFlags(List<Check> checks, String[] args) {
        Set<String> only = new HashSet<>();
        Set<String> skip = new HashSet<>();
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            for (String flag : List.of("--only", "--skip")) {
                String value = args[i].equals(flag) && i + 1 < args.length ? args[i + 1]
                        : args[i].startsWith(flag + "=") ? args[i].substring(flag.length() + 1) : null;
                if (value != null) {
                    (flag.equals("--only") ? only : skip).addAll(List.of(value.split(",")));
                }
            }
        }
        return checks.stream()
                .filter(c -> (only.isEmpty() || only.contains(c.info().id())) && !skip.contains(c.info().id()))
                .toList();
    }
}
