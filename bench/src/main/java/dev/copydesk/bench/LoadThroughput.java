package dev.copydesk.bench;

import dev.copydesk.core.load.DocumentLoader;
import dev.copydesk.core.load.FileDiscovery;
import dev.copydesk.core.load.LoadResult;
import dev.copydesk.core.load.SourceFile;
import dev.copydesk.core.segment.Segmenter;
import dev.copydesk.core.testing.FormatFiles;
import dev.copydesk.core.testing.TestData;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Load throughput: writes N files made from the seed articles (plain text, or .docx through
 * Apache POI) into a temporary folder and times {@link DocumentLoader} over them: one cold load
 * (a new loader, so a .docx run pays for creating Tika's parser) and the median of warm loads,
 * with one thread and with one per core. Prints MB/s of input and files/s.
 *
 * <p>Usage: {@code LoadThroughput [files=200] [txt|docx] [warm runs=3]}; run from the repository root.
 */
public final class LoadThroughput {
    private LoadThroughput() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String format = args.length > 1 ? args[1] : "txt";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path dir = Files.createTempDirectory("copydesk-load-");
        try {
            write(dir, n, format);
            List<SourceFile> files = FileDiscovery.of(List.of(), List.of(), false).discover(List.of(dir)).files();
            long bytes = 0;
            for (SourceFile f : files) {
                bytes += Files.size(f.path());
            }
            PrintStream out = System.out;
            out.printf(Locale.ROOT, "%d %s files, %.2f MB, %d cores%n", files.size(), format, bytes / 1e6,
                    Runtime.getRuntime().availableProcessors());
            Segmenter segmenter = Segmenter.english();
            for (int threads : List.of(1, Runtime.getRuntime().availableProcessors())) {
                measure(out, files, bytes, segmenter, threads, runs);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void measure(PrintStream out, List<SourceFile> files, long bytes, Segmenter segmenter,
                                int threads, int runs) {
        DocumentLoader loader = DocumentLoader.create(segmenter, 50L << 20, Duration.ofSeconds(60), threads);
        double cold = time(loader, files);
        if (threads == 1) {
            long chars = loader.load(files).documents().stream().mapToLong(d -> d.charCount()).sum();
            out.printf(Locale.ROOT, "text extracted: %.2f M characters%n", chars / 1e6);
        }
        double[] warm = new double[runs];
        for (int i = 0; i < runs; i++) {
            warm[i] = time(loader, files);
        }
        Arrays.sort(warm);
        double median = warm[runs / 2];
        out.printf(Locale.ROOT, "threads %d: cold %.2f s (%.2f MB/s); warm median of %d %.2f s: %.2f MB/s, %.0f files/s%n",
                threads, cold, bytes / 1e6 / cold, runs, median, bytes / 1e6 / median, files.size() / median);
    }

    private static double time(DocumentLoader loader, List<SourceFile> files) {
        long t0 = System.nanoTime();
        LoadResult result = loader.load(files);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!result.failures().isEmpty() || result.documents().size() != files.size()) {
            throw new IllegalStateException("load failed: " + result.failures());
        }
        return seconds;
    }


    private static void write(Path dir, int n, String format) throws IOException {
        List<Path> seeds;
        try (Stream<Path> list = Files.list(TestData.news())) {
            seeds = list.sorted().toList();
        }
        for (int i = 0; i < n; i++) {
            Path seed = seeds.get(i % seeds.size());
            String name = String.format(Locale.ROOT, "%05d-%s", i, seed.getFileName());
            switch (format) {
                case "txt" -> Files.copy(seed, dir.resolve(name));
                case "docx" -> {
                    List<String> lines = new ArrayList<>(Files.readAllLines(seed));
                    String heading = lines.remove(0);
                    FormatFiles.docx(new FormatFiles.Article(heading, lines, 1), dir.resolve(name.replace(".txt", ".docx")));
                }
                default -> throw new IllegalArgumentException("format must be txt or docx: " + format);
            }
        }
    }
}
