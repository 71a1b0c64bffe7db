package dev.copydesk.cli;

import dev.copydesk.core.check.Severity;
import dev.copydesk.core.checks.BuiltInChecks;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.engine.Engine;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.engine.RunSettings;
import dev.copydesk.core.load.DocumentLoader;
import dev.copydesk.core.load.FileDiscovery;
import dev.copydesk.core.load.LoadFailure;
import dev.copydesk.core.load.LoadResult;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.segment.Segmenter;
import dev.copydesk.report.OutputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code copydesk check PATH...}: loads the documents, runs the checks, writes the report. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check files and folders (plain text, Markdown, Word, ODF, PDF, HTML, RTF, EPUB).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above --fail-on, every input read",
            "1:findings at or above --fail-on",
            "2:usage or configuration error",
            "3:an input could not be read, or an internal error"})
final class CheckCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(CheckCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders to check (folders recursively).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Only check files in folders whose relative path matches (repeatable), e.g. '**/*.md'.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files whose relative path matches (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--hidden", description = "Also check hidden files and folders (names starting with '.').")
    boolean hidden;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = FormatCandidates.class)
    String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "warning",
            description = "Exit 1 when a finding is at or above this severity: error, warning, info or none "
                    + "(default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = {"-v", "--verbose"}, description = "Log what is loaded and how long each step takes (stderr).")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Log errors only.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Logging.configure(verbose, quiet);
        PrintWriter out = spec.commandLine().getOut();
        OutputFormat outputFormat;
        Severity failLevel;
        FileDiscovery discovery;
        try {
            outputFormat = OutputFormat.parse(format);
            failLevel = "none".equalsIgnoreCase(failOn.strip()) ? null : Severity.parse(failOn);
            discovery = FileDiscovery.of(includes, excludes, hidden);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }

        long t0 = System.nanoTime();
        FileDiscovery.Found found = discovery.discover(paths);
        found.failures().forEach(f -> LOG.error(f.describe()));
        LoadResult loaded = DocumentLoader.create(Segmenter.english()).load(found.files());
        long t1 = System.nanoTime();
        if (verbose) {
            for (Document d : loaded.documents()) {
                LOG.debug(String.format(Locale.ROOT, "loaded %s (%s): %d blocks, %d words",
                        d.id(), d.format().id(), d.blocks().size(), d.wordCount()));
            }
        }
        LOG.debug("loaded {} files in {} ms", found.files().size(), (t1 - t0) / 1_000_000);
        Corpus corpus = Corpus.of(loaded.documents());
        List<LoadFailure> failures = new ArrayList<>(found.failures());
        failures.addAll(loaded.failures());
        Report report = new Engine(BuiltInChecks.all()).run(corpus, failures, RunSettings.defaults());
        LOG.debug("checked in {} ms", (System.nanoTime() - t1) / 1_000_000);

        outputFormat.renderer().render(report, out);
        out.flush();
        if (found.files().isEmpty() && failures.isEmpty()) {
            LOG.warn("no files to check under {}", paths);
        }
        if (!report.failures().isEmpty()) {
            return ExitCode.INPUT_OR_INTERNAL.code();
        }
        boolean failing = failLevel != null && report.countAtLeast(failLevel) > 0;
        return (failing ? ExitCode.FINDINGS : ExitCode.CLEAN).code();
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
