package dev.copydesk.bench;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.checks.BuiltInChecks;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.engine.Engine;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.engine.RunSettings;
import dev.copydesk.core.load.DocumentLoader;
import dev.copydesk.core.load.FileDiscovery;
import dev.copydesk.core.load.LoadResult;
import dev.copydesk.core.segment.Segmenter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * End-to-end harness for the whole run (issue 9): generates a corpus at each scale with the
 * shared generator, times the real command over it (median of N cold runs, JVM start-up included,
 * peak RSS from {@code /usr/bin/time}), then, in this JVM, times loading, indexing and each check
 * on its own.
 *
 * <pre>
 * java -cp bench/target/copydesk-bench.jar dev.copydesk.bench.EndToEnd \
 *     GENERATOR SEEDS WORKDIR [--scales 1,10] [--runs 5] [--launcher ./copydesk] [--format json]
 *     [--skip typo,duplicate]
 * </pre>
 *
 * {@code --skip} leaves checks out of both parts: the command gets a configuration file that turns
 * them off, the in-process steps do not run them. Without it every check runs.
 */
public final class EndToEnd {
    private EndToEnd() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: EndToEnd GENERATOR SEEDS WORKDIR [--scales 1,10] [--runs 5] [--launcher ./copydesk]"
                    + " [--format json] [--skip ID,ID]");
            System.exit(2);
        }
        Path generator = Path.of(args[0]);
        Path seeds = Path.of(args[1]);
        Path work = Path.of(args[2]);
        List<Integer> scales = List.of(1, 10);
        int runs = 5;
        String launcher = "./copydesk";
        String format = "json";
        Set<String> skip = Set.of();
        for (int i = 3; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--scales" -> scales = Arrays.stream(args[i + 1].split(",")).map(Integer::parseInt).toList();
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--launcher" -> launcher = args[i + 1];
                case "--format" -> format = args[i + 1];
                case "--skip" -> skip = Set.of(args[i + 1].split(","));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(work);
        Path config = skipConfig(work, skip);
        System.out.printf(Locale.ROOT, "%-6s %8s %8s %10s %9s %9s %8s%n",
                "scale", "files", "MB", "wall_s", "MB/s", "peak_MB", "runs");
        List<String> perCheck = new ArrayList<>();
        for (int scale : scales) {
            Path corpus = work.resolve("corpus-" + scale + "x");
            generate(generator, seeds, corpus, scale);
            long bytes = sizeOf(corpus);
            long files = countFiles(corpus);
            double[] walls = new double[runs];
            long peak = 0;
            for (int r = 0; r < runs; r++) {
                long[] result = timeCommand(launcher, corpus, format, config,
                        work.resolve("out-" + scale + "x." + format));
                walls[r] = result[0] / 1e9;
                peak = Math.max(peak, result[1]);
            }
            Arrays.sort(walls);
            double median = walls[runs / 2];
            System.out.printf(Locale.ROOT, "%-6s %8d %8.1f %10.2f %9.1f %9d %8d%n", scale + "x", files, bytes / 1e6,
                    median, bytes / 1e6 / median, peak / 1024, runs);
            perCheck.add(inProcess(corpus, scale, bytes, skip));
        }
        System.out.println();
        System.out.println("In one warm JVM, each step on its own (ms):");
        perCheck.forEach(System.out::print);
    }

    private static void generate(Path generator, Path seeds, Path out, int scale) throws IOException, InterruptedException {
        if (Files.isDirectory(out) && countFiles(out) == 2000L * scale) {
            return;
        }
        Process p = new ProcessBuilder("bash", generator.toString(), seeds.toString(), out.toString(),
                String.valueOf(10 * scale), String.valueOf(2000 * scale)).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("generator failed");
        }
    }

    /** Runs the command once; returns wall nanoseconds and peak RSS in KB (0 if /usr/bin/time is missing). */
    private static long[] timeCommand(String launcher, Path corpus, String format, Path config, Path output)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(
                List.of(launcher, "check", corpus.toString(), "--format", format, "--fail-on", "none", "-q"));
        if (config != null) {
            cmd.addAll(List.of("--config", config.toString()));
        } else {
            cmd.add("--no-config");
        }
        TimedRun run = TimedRun.of(new ProcessBuilder(cmd).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT));
        if (run.exit() != 0) {
            throw new IOException("copydesk exited " + run.exit());
        }
        return new long[] {(long) (run.wall() * 1e9), Math.max(0, run.peakKb())};
    }

    /** A configuration file turning the skipped checks off, or null when none is skipped. */
    private static Path skipConfig(Path work, Set<String> skip) throws IOException {
        if (skip.isEmpty()) {
            return null;
        }
        StringBuilder yaml = new StringBuilder("checks:\n");
        skip.stream().sorted().forEach(id -> yaml.append("  ").append(id).append(": off\n"));
        return Files.writeString(work.resolve("skip.yml"), yaml, StandardCharsets.UTF_8);
    }

    private static String inProcess(Path corpusDir, int scale, long bytes, Set<String> skip) {
        StringBuilder sb = new StringBuilder();
        Segmenter segmenter = Segmenter.english();
        long t0 = System.nanoTime();
        FileDiscovery.Found found = FileDiscovery.of(List.of(), List.of(), false).discover(List.of(corpusDir));
        LoadResult loaded = DocumentLoader.create(segmenter).load(found.files());
        long t1 = System.nanoTime();
        Corpus corpus = Corpus.of(loaded.documents());
        long t2 = System.nanoTime();
        sb.append(String.format(Locale.ROOT, "%dx: load %.0f (%.1f MB/s), term index %.0f", scale, (t1 - t0) / 1e6,
                bytes / 1e6 / ((t1 - t0) / 1e9), (t2 - t1) / 1e6));
        for (Check check : BuiltInChecks.all()) {
            if (skip.contains(check.info().id())) {
                continue;
            }
            Engine engine = new Engine(List.of(check));
            RunSettings settings = new RunSettings(Set.of(check.info().id()), java.util.Map.of(), java.util.Map.of(),
                    RunSettings.defaults().dialect(), Set.of(), List.of(), List.of(), Set.of());
            long c0 = System.nanoTime();
            Report report = engine.run(corpus, loaded.failures(), settings);
            long c1 = System.nanoTime();
            sb.append(String.format(Locale.ROOT, ", %s %.0f (%d findings)", check.info().id(), (c1 - c0) / 1e6,
                    report.findings().size()));
        }
        sb.append(String.format(Locale.ROOT, "; heap peak %d MB%n", heapPeakMb()));
        return sb.toString();
    }

    private static long heapPeakMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static long countFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }
}
