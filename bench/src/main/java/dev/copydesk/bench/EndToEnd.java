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
import java.io.PrintStream;
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
 * shared generator and prints, per scale,
 * <ol>
 * <li>the real command with every check on: median wall time of N cold runs (JVM start-up
 * included), MB/s and peak RSS (from {@code /usr/bin/time});</li>
 * <li>each check alone, the real command with {@code --only CHECK}: the same three figures, so
 * that what one check costs a run, start-up included, can be read off;</li>
 * <li>in this JVM, loading, indexing and each check on its own: milliseconds, MB/s and the heap's
 * peak during that step (the loaded corpus included).</li>
 * </ol>
 *
 * <pre>
 * java -cp bench/target/copydesk-bench.jar dev.copydesk.bench.EndToEnd \
 *     GENERATOR SEEDS WORKDIR [--scales 1,10] [--runs 5] [--check-runs 1] [--launcher ./copydesk]
 *     [--format json] [--skip typo,duplicate]
 * </pre>
 *
 * {@code --skip} leaves checks out of every part: the command gets a configuration file that
 * turns them off, no {@code --only} run is made for them and the in-process steps do not run
 * them. {@code --check-runs 0} leaves out the runs of each check alone.
 */
public final class EndToEnd {
    private static final String USAGE = "usage: EndToEnd GENERATOR SEEDS WORKDIR [--scales 1,10] [--runs 5]"
            + " [--check-runs 1] [--launcher ./copydesk] [--format json] [--skip ID,ID]";

    private EndToEnd() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println(USAGE);
            System.exit(2);
        }
        run(args, System.out);
    }

    /** Runs the harness with {@code main}'s arguments, printing its tables to {@code out}. */
    static void run(String[] args, PrintStream out) throws IOException, InterruptedException {
        Path generator = Path.of(args[0]);
        Path seeds = Path.of(args[1]);
        Path work = Path.of(args[2]);
        List<Integer> scales = List.of(1, 10);
        int runs = 5;
        int checkRuns = 1;
        String launcher = "./copydesk";
        String format = "json";
        Set<String> skip = Set.of();
        for (int i = 3; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value; " + USAGE);
            }
            switch (args[i]) {
                case "--scales" -> scales = Arrays.stream(args[i + 1].split(",")).map(Integer::parseInt).toList();
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--check-runs" -> checkRuns = Integer.parseInt(args[i + 1]);
                case "--launcher" -> launcher = args[i + 1];
                case "--format" -> format = args[i + 1];
                case "--skip" -> skip = Set.of(args[i + 1].split(","));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
            }
        }
        Files.createDirectories(work);
        Path config = skipConfig(work, skip);
        Set<String> skipped = skip;
        List<String> checkIds = BuiltInChecks.all().stream().map(c -> c.info().id())
                .filter(id -> !skipped.contains(id)).toList();
        out.printf(Locale.ROOT, "%-6s %8s %8s %10s %9s %9s %8s%n",
                "scale", "files", "MB", "wall_s", "MB/s", "peak_MB", "runs");
        StringBuilder alone = new StringBuilder();
        StringBuilder steps = new StringBuilder();
        for (int scale : scales) {
            Path corpus = work.resolve("corpus-" + scale + "x");
            generate(generator, seeds, corpus, scale);
            long bytes = sizeOf(corpus);
            long files = countFiles(corpus);
            Path output = work.resolve("out-" + scale + "x." + format);
            Timing all = time(runs, launcher, corpus, format, config, List.of(), output);
            out.printf(Locale.ROOT, "%-6s %8d %8.1f %10.2f %9.1f %9d %8d%n", scale + "x", files, bytes / 1e6,
                    all.medianWall, bytes / 1e6 / all.medianWall, all.peakKb / 1024, runs);
            for (String id : checkRuns > 0 ? checkIds : List.<String>of()) {
                Timing one = time(checkRuns, launcher, corpus, format, null, List.of("--only", id), output);
                alone.append(String.format(Locale.ROOT, "%-6s %-12s %8.2f %9.1f %9d%n", scale + "x", id,
                        one.medianWall, bytes / 1e6 / one.medianWall, one.peakKb / 1024));
            }
            inProcess(corpus, scale, bytes, skip, steps);
        }
        if (!alone.isEmpty()) {
            out.println();
            out.printf(Locale.ROOT, "Each check alone, the command with --only CHECK (median of %d run%s, JVM start-up"
                    + " included):%n", checkRuns, checkRuns == 1 ? "" : "s");
            out.printf(Locale.ROOT, "%-6s %-12s %8s %9s %9s%n", "scale", "check", "wall_s", "MB/s", "peak_MB");
            out.print(alone);
        }
        out.println();
        out.println("In this JVM, each step on its own (the first scale's pass is the cold one):");
        out.printf(Locale.ROOT, "%-6s %-12s %8s %9s %13s %9s%n", "scale", "step", "ms", "MB/s", "heap_peak_MB",
                "findings");
        out.print(steps);
    }

    /** Median wall seconds and the largest peak RSS (KB) of {@code runs} runs of the command. */
    private record Timing(double medianWall, long peakKb) {
    }

    private static Timing time(int runs, String launcher, Path corpus, String format, Path config,
                               List<String> extra, Path output) throws IOException, InterruptedException {
        double[] walls = new double[runs];
        long peak = 0;
        for (int r = 0; r < runs; r++) {
            TimedRun run = timeCommand(launcher, corpus, format, config, extra, output);
            walls[r] = run.wall();
            peak = Math.max(peak, run.peakKb());
        }
        Arrays.sort(walls);
        return new Timing(walls[runs / 2], peak);
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

    /** Runs the command once, with {@code extra} arguments; fails unless it exits 0. */
    private static TimedRun timeCommand(String launcher, Path corpus, String format, Path config, List<String> extra,
                                        Path output) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(
                List.of(launcher, "check", corpus.toString(), "--format", format, "--fail-on", "none", "-q"));
        if (config != null) {
            cmd.addAll(List.of("--config", config.toString()));
        } else {
            cmd.add("--no-config");
        }
        cmd.addAll(extra);
        TimedRun run = TimedRun.of(new ProcessBuilder(cmd).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT));
        if (run.exit() != 0) {
            throw new IOException("copydesk exited " + run.exit() + ": " + String.join(" ", cmd));
        }
        return new TimedRun(run.wall(), run.cpu(), Math.max(0, run.peakKb()), run.exit());
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

    private static void inProcess(Path corpusDir, int scale, long bytes, Set<String> skip, StringBuilder rows) {
        Segmenter segmenter = Segmenter.english();
        resetHeapPeak();
        long t0 = System.nanoTime();
        FileDiscovery.Found found = FileDiscovery.of(List.of(), List.of(), false).discover(List.of(corpusDir));
        LoadResult loaded = DocumentLoader.create(segmenter).load(found.files());
        long t1 = System.nanoTime();
        step(rows, scale, "load", t1 - t0, bytes, -1);
        resetHeapPeak();
        long t2 = System.nanoTime();
        Corpus corpus = Corpus.of(loaded.documents());
        long t3 = System.nanoTime();
        step(rows, scale, "corpus", t3 - t2, bytes, -1);
        for (Check check : BuiltInChecks.all()) {
            if (skip.contains(check.info().id())) {
                continue;
            }
            Engine engine = new Engine(List.of(check));
            RunSettings settings = new RunSettings(Set.of(check.info().id()), java.util.Map.of(), java.util.Map.of(),
                    RunSettings.defaults().dialect(), Set.of(), List.of(), List.of(), Set.of());
            resetHeapPeak();
            long c0 = System.nanoTime();
            Report report = engine.run(corpus, loaded.failures(), settings);
            long c1 = System.nanoTime();
            step(rows, scale, check.info().id(), c1 - c0, bytes, report.findings().size());
        }
    }

    private static void step(StringBuilder rows, int scale, String name, long nanos, long bytes, int findings) {
        rows.append(String.format(Locale.ROOT, "%-6s %-12s %8.0f %9.1f %13d %9s%n", scale + "x", name, nanos / 1e6,
                bytes / 1e6 / (nanos / 1e9), heapPeakMb(), findings < 0 ? "-" : String.valueOf(findings)));
    }

    /** Collects what the last step left, then starts the heap's peak afresh from what is still held. */
    private static void resetHeapPeak() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The heap's peak since the last reset, in MB (the sum of its pools' peaks, an upper bound). */
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
