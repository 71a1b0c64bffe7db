package dev.copydesk.bench;

import dev.copydesk.core.checks.BuiltInChecks;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.engine.Engine;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.engine.RunSettings;
import dev.copydesk.core.load.DocumentLoader;
import dev.copydesk.core.load.FileDiscovery;
import dev.copydesk.core.load.LoadResult;
import dev.copydesk.core.segment.Segmenter;
import dev.copydesk.report.OutputFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * How long each machine and HTML format takes to render the real report of a corpus: loads the
 * folder, runs every built-in check once, then renders JSON, HTML and SARIF {@code runs} times each
 * into a temporary folder and prints the median time and the size of each.
 *
 * <p>Arguments: corpus folder (e.g. {@code /work/corpus/c1}), runs per format (default 5).
 */
public final class RenderTime {
    private RenderTime() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: RenderTime CORPUS_DIR [RUNS]");
            System.exit(2);
        }
        Path corpusDir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long t0 = System.nanoTime();
        FileDiscovery.Found found = FileDiscovery.of(List.of(), List.of(), false).discover(List.of(corpusDir));
        LoadResult loaded = DocumentLoader.create(Segmenter.english()).load(found.files());
        Report report = new Engine(BuiltInChecks.all()).run(Corpus.of(loaded.documents()), loaded.failures(),
                RunSettings.defaults());
        System.out.printf(Locale.ROOT, "%d documents, %d findings, checked in %.1f s%n",
                report.documents().size(), report.findings().size(), seconds(t0));
        Path out = Files.createTempDirectory("copydesk-render");
        for (OutputFormat format : List.of(OutputFormat.JSON, OutputFormat.HTML, OutputFormat.SARIF)) {
            Path file = out.resolve("report." + format.id());
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    format.renderer().render(report, w);
                }
                times.add(seconds(t) * 1000);
            }
            Collections.sort(times);
            System.out.printf(Locale.ROOT, "%-5s %7.1f MB  median %6.0f ms  (runs %s)%n", format.id(),
                    Files.size(file) / 1e6, times.get(times.size() / 2), format(times));
            Files.delete(file);
        }
        Files.delete(out);
    }

    private static String format(List<Double> times) {
        List<String> parts = new ArrayList<>();
        times.forEach(t -> parts.add(String.format(Locale.ROOT, "%.0f", t)));
        return String.join(", ", parts);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
