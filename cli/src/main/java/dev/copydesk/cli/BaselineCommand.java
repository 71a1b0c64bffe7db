package dev.copydesk.cli;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.config.Baseline;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.load.FileDiscovery;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code copydesk baseline PATH... --output FILE}: records the current findings, so later runs report only new ones. */
@Command(name = "baseline", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Record the current findings (by fingerprint: check, document and the finding's text, "
                + "not its line) to a baseline file.",
            "'copydesk check --baseline FILE' then reports only findings beyond it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the baseline was written",
            "2:usage or configuration error; nothing was written",
            "3:an input could not be read (the baseline was still written), or an internal error"})
final class BaselineCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(BaselineCommand.class);

    private final List<Check> checks;
    private final Environment env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    InputOptions in = new InputOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "The baseline file to write (atomically), e.g. copydesk-baseline.json.")
    Path output;

    BaselineCommand(List<Check> checks, Environment env) {
        this.checks = List.copyOf(checks);
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        Logging.configure(in.verbose, in.quiet);
        Session session = new Session(in, checks, env);
        FileDiscovery.Found found = session.discover();
        InputGuard.refuseOverwriting(List.of(output), found, List.of(session.config().source()));
        Report report;
        try (Progress progress = Progress.on(spec.commandLine().getErr(), env, in.quiet)) {
            report = session.run(found, session.settings(List.of(), Set.of()), progress);
        }
        Baseline baseline = Baseline.of(report.findings());
        AtomicFile.write(output, baseline::write);
        LOG.info("recorded {} findings ({} fingerprints) in {}", report.findings().size(), baseline.entries().size(),
                output);
        return (report.failures().isEmpty() ? ExitCode.CLEAN : ExitCode.INPUT_OR_INTERNAL).code();
    }
}
