package dev.copydesk.cli;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.config.Baseline;
import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.load.FileDiscovery;
import dev.copydesk.core.load.SourceFile;
import dev.copydesk.report.OutputFormat;
import dev.copydesk.report.Renderer;
import dev.copydesk.report.TextRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code copydesk check PATH...}: loads the documents, runs the checks, writes the reports. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check files and folders (plain text, Markdown, Word, ODF, PDF, HTML, RTF, EPUB).",
            "Several reports can be written in one run: e.g. text on stdout and "
                + "--report sarif=copydesk.sarif --report html=report.html."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above --fail-on, every input read",
            "1:findings at or above --fail-on (default: warning)",
            "2:usage or configuration error; nothing was checked",
            "3:an input could not be read, or an internal error"})
final class CheckCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(CheckCommand.class);

    private final List<Check> checks;
    private final Environment env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    InputOptions in = new InputOptions();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Format of the main report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = FormatCandidates.class)
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the main report to FILE (atomically) instead of stdout.")
    Path output;

    @Option(names = "--report", paramLabel = "FORMAT=FILE",
            description = "Also write a report in another format (repeatable; FILE '-' is stdout), "
                    + "e.g. --report sarif=copydesk.sarif.")
    List<String> reports = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "warning", converter = FailOn.Converter.class,
            description = "Exit 1 when a finding is at or above this severity: error, warning, info or none "
                    + "(default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--min-severity", paramLabel = "LEVEL", converter = MinSeverityConverter.class,
            description = "Show only findings at or above this severity: error, warning or info (default: the "
                    + "configuration's min-severity, else info); --fail-on counts only those shown.")
    Severity minSeverity;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings not recorded in this baseline (see 'copydesk baseline').")
    Path baseline;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Report only on files that differ from this git ref (and untracked files); every file "
                    + "is still read as evidence for the cross-document checks.")
    String changedSince;

    @Option(names = "--no-color", description = "No colour in the text report (colour is only ever used on a "
            + "terminal, and never when NO_COLOR is set).")
    boolean noColour;

    CheckCommand(List<Check> checks, Environment env) {
        this.checks = List.copyOf(checks);
        this.env = env;
    }

    @Override
    public Integer call() {
        Logging.configure(in.verbose, in.quiet);
        Session session = new Session(in, checks, env);
        List<OutputTarget> targets = targets();
        List<String> known = baseline == null ? List.of() : readBaseline();
        FileDiscovery.Found found = session.discover();
        InputGuard.refuseOverwriting(targets.stream().flatMap(t -> t.file().stream()).toList(), found,
                List.of(session.config().source(), Optional.ofNullable(baseline)));
        Set<String> reportOn = changedSince == null ? Set.of() : changedDocuments(found);
        Report report;
        PrintWriter err = spec.commandLine().getErr();
        try (Progress progress = Progress.on(err, env, in.quiet)) {
            report = session.run(found, session.settings(known, reportOn), progress);
        }
        if (changedSince != null && reportOn.isEmpty()) {
            LOG.info("no file changed since {}: nothing to report", changedSince);
            report = new Report(report.checks(), report.documents(), List.of(), report.failures(),
                    report.suppressed(), report.baselined(), report.sources());
        }
        report = report.atLeast(minSeverity != null ? minSeverity : session.config().minSeverity());
        boolean written = write(targets, report);
        if (!report.failures().isEmpty() || !written) {
            return ExitCode.INPUT_OR_INTERNAL.code();
        }
        return (failOn.fails(report) ? ExitCode.FINDINGS : ExitCode.CLEAN).code();
    }

    /** The main report ({@code --format}, {@code --output}) and the extra ones ({@code --report}). */
    private List<OutputTarget> targets() {
        List<OutputTarget> targets = new ArrayList<>();
        targets.add(new OutputTarget(OutputTarget.format(format), Optional.ofNullable(output)));
        reports.forEach(r -> targets.add(OutputTarget.parse(r)));
        if (targets.stream().filter(t -> t.file().isEmpty()).count() > 1) {
            throw new UsageException("only one report can go to stdout; give the others a file (FORMAT=FILE)");
        }
        return targets;
    }

    /** Parses {@code error}, {@code warning} or {@code info}, in any case. */
    static final class MinSeverityConverter implements CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            try {
                return Severity.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not error, warning or info");
            }
        }
    }

    private List<String> readBaseline() {
        try {
            return Baseline.read(baseline).fingerprints();
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private Set<String> changedDocuments(FileDiscovery.Found found) {
        Path first = in.paths.get(0).toAbsolutePath();
        Path dir = Files.isDirectory(first) ? first : first.getParent();
        Set<Path> changed = GitChanges.since(changedSince, dir != null && Files.isDirectory(dir) ? dir : env.workingDir());
        Set<String> ids = new TreeSet<>();
        for (SourceFile f : found.files()) {
            if (changed.contains(GitChanges.realPath(f.path()))) {
                ids.add(f.id());
            }
        }
        LOG.debug("{} of {} files changed since {}", ids.size(), found.files().size(), changedSince);
        return ids;
    }

    /**
     * Writes every report; files atomically, each rendered on its own thread when there are
     * several (a JSON, an HTML and a SARIF report of a large batch take about as long each), the
     * one for stdout on this thread. Returns false if one could not be written.
     */
    private boolean write(List<OutputTarget> targets, Report report) {
        List<OutputTarget> files = targets.stream().filter(t -> t.file().isPresent()).toList();
        List<CompletableFuture<Boolean>> pending = new ArrayList<>();
        ExecutorService pool = files.size() > 1 ? Executors.newFixedThreadPool(files.size(), r -> {
            Thread t = new Thread(r, "copydesk-render");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            for (OutputTarget t : files) {
                pending.add(pool == null ? CompletableFuture.completedFuture(writeFile(t, report))
                        : CompletableFuture.supplyAsync(() -> writeFile(t, report), pool));
            }
            boolean ok = true;
            for (OutputTarget t : targets) {
                if (t.file().isEmpty()) {
                    ok &= writeStdout(t, report);
                }
            }
            for (CompletableFuture<Boolean> p : pending) {
                ok &= p.join();
            }
            return ok;
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
    }

    private boolean writeFile(OutputTarget t, Report report) {
        try {
            AtomicFile.write(t.file().get(), w -> t.format().renderer().render(report, w));
            LOG.debug("wrote {}", t.describe());
            return true;
        } catch (IOException e) {
            cannotWrite(t, e);
            return false;
        }
    }

    private boolean writeStdout(OutputTarget t, Report report) {
        PrintWriter out = spec.commandLine().getOut();
        try {
            rendererForStdout(t.format()).render(report, out);
            out.flush();
            return true;
        } catch (IOException e) {
            cannotWrite(t, e);
            return false;
        }
    }

    private void cannotWrite(OutputTarget t, IOException e) {
        PrintWriter err = spec.commandLine().getErr();
        synchronized (err) {
            err.println("copydesk: cannot write " + t.describe() + ": " + e.getMessage());
        }
    }

    private Renderer rendererForStdout(OutputFormat f) {
        return f == OutputFormat.TEXT && !noColour && env.colourOnStdout() ? TextRenderer.coloured() : f.renderer();
    }

    /** The format names, for help and completion. */
    static final class FormatCandidates extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        FormatCandidates() {
            for (OutputFormat f : OutputFormat.values()) {
                add(f.id());
            }
        }
    }
}
