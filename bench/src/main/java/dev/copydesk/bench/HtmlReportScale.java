package dev.copydesk.bench;

import dev.copydesk.core.engine.Report;
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
import java.util.concurrent.TimeUnit;

/**
 * End-to-end harness for the HTML report at scale: generates a batch ({@link ReportScale}), renders
 * HTML, JSON and SARIF, prints render time and size, then measures how long headless Chromium takes
 * to load the HTML report from {@code file://} and run its script (median of three {@code --dump-dom}
 * runs, minus the same for an empty page, i.e. without browser start-up).
 *
 * <p>Arguments: number of documents (default 10000), output folder (default {@code target/scale}),
 * browser (default {@code /usr/bin/chromium}).
 */
public final class HtmlReportScale {
    private HtmlReportScale() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path out = Path.of(args.length > 1 ? args[1] : "target/scale");
        String browser = args.length > 2 ? args[2] : "/usr/bin/chromium";
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        Report report = ReportScale.generate(documents);
        System.out.printf(Locale.ROOT, "generated %d documents, %d words, %d findings in %.1f s%n",
                report.documents().size(), report.wordCount(), report.findings().size(), seconds(t0));
        for (OutputFormat format : List.of(OutputFormat.HTML, OutputFormat.JSON, OutputFormat.SARIF)) {
            Path file = out.resolve("report." + format.id());
            long t = System.nanoTime();
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                format.renderer().render(report, w);
            }
            System.out.printf(Locale.ROOT, "%-5s %7.2f MB written in %.2f s%n", format.id(),
                    Files.size(file) / 1e6, seconds(t));
        }
        Path empty = out.resolve("empty.html");
        Files.writeString(empty, "<!DOCTYPE html><title>empty</title>");
        double baseline = medianOpen(browser, empty);
        double open = medianOpen(browser, out.resolve("report.html"));
        System.out.printf(Locale.ROOT, "chromium: report.html loaded in %.2f s (%.2f s with browser start-up, "
                + "empty page %.2f s)%n", open - baseline, open, baseline);
    }

    private static double medianOpen(String browser, Path page) throws IOException, InterruptedException {
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path profile = Files.createTempDirectory("copydesk-scale");
            ProcessBuilder pb = new ProcessBuilder(browser, "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath(),
                    "--dump-dom", page.toAbsolutePath().toUri().toString());
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            long t = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("chromium did not finish loading " + page);
            }
            runs.add(seconds(t));
        }
        Collections.sort(runs);
        return runs.get(1);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
