package dev.copydesk.cli;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.CheckOption;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code copydesk checks}: lists the checks with their default severity and every option with its
 * default, straight from each check's {@link CheckInfo}, so the list can never drift from the code.
 */
@Command(name = "checks", mixinStandardHelpOptions = true,
        description = "List the checks, their default severity and their options with defaults.")
final class ChecksCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final List<Check> checks;

    ChecksCommand(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Check check : checks) {
            CheckInfo info = check.info();
            out.printf("%s (%s): %s%n", info.id(), info.defaultSeverity().id(), info.summary());
            for (CheckOption option : info.options()) {
                out.printf("    %s = %s%n        %s%n", option.key(), option.defaultValue(), option.description());
            }
        }
        out.flush();
        return ExitCode.CLEAN.code();
    }
}
