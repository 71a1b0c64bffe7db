package dev.copydesk.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Compares builds of copydesk, or JVM flags, on the same command by running them alternately: in
 * each round every variant runs once, in an order drawn at random, so that a machine that speeds up
 * or slows down during the comparison (this one has such spells) weighs on every variant alike.
 * Prints, per variant, the median and mean wall time, the median CPU time (user plus system) and the
 * peak resident memory, the last two from {@code /usr/bin/time} when it is there.
 *
 * <pre>
 * java -cp "$CP" dev.copydesk.bench.Alternate [--rounds 11] [--seed 1] \
 *     --variant before=/tmp/wt-base --variant after=. [--variant serial=.::-XX:+UseSerialGC ...] \
 *     -- check /work/corpus/c1 --format json --fail-on none -o /tmp/out.json -q
 * </pre>
 *
 * A variant is {@code LABEL=DIR}, where {@code DIR/copydesk} is the launcher to run, optionally
 * followed by {@code ::JAVA_OPTIONS}, which the launcher gets in {@code COPYDESK_JAVA_OPTS}. Each
 * build should be built with its whole reactor ({@code ./mvnw package} in its own checkout), so that
 * it runs its own jar. The arguments after {@code --} are the launcher's.
 */
public final class Alternate {
    private Alternate() {
    }

    /** A build (its folder) and the JVM options its launcher gets; {@code javaOptions} may be empty. */
    record Variant(String label, Path dir, String javaOptions) {
        static Variant parse(String spec) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("a variant is LABEL=DIR[::JAVA_OPTIONS]: " + spec);
            }
            String rest = spec.substring(eq + 1);
            int opts = rest.indexOf("::");
            return new Variant(spec.substring(0, eq), Path.of(opts < 0 ? rest : rest.substring(0, opts)),
                    opts < 0 ? "" : rest.substring(opts + 2));
        }
    }

    /** A variant's runs summed up. */
    record Summary(int runs, double medianWall, double meanWall, double minWall, double maxWall, double medianCpu,
                   long minPeakKb, long maxPeakKb, TreeSet<Integer> exits) {
        static Summary of(List<TimedRun> runs) {
            double[] walls = runs.stream().mapToDouble(TimedRun::wall).sorted().toArray();
            double[] cpus = runs.stream().mapToDouble(TimedRun::cpu).filter(c -> c >= 0).sorted().toArray();
            long[] peaks = runs.stream().mapToLong(TimedRun::peakKb).filter(k -> k >= 0).sorted().toArray();
            TreeSet<Integer> exits = new TreeSet<>();
            runs.forEach(r -> exits.add(r.exit()));
            return new Summary(walls.length, median(walls), Arrays.stream(walls).average().orElse(Double.NaN),
                    walls.length == 0 ? Double.NaN : walls[0], walls.length == 0 ? Double.NaN : walls[walls.length - 1],
                    cpus.length == 0 ? Double.NaN : median(cpus), peaks.length == 0 ? -1 : peaks[0],
                    peaks.length == 0 ? -1 : peaks[peaks.length - 1], exits);
        }

        private static double median(double[] sorted) {
            int n = sorted.length;
            if (n == 0) {
                return Double.NaN;
            }
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = 11;
        long seed = System.nanoTime();
        List<Variant> variants = new ArrayList<>();
        int i = 0;
        for (; i < args.length && !args[i].equals("--"); i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--variant" -> variants.add(Variant.parse(args[++i]));
                default -> usage("unknown option " + args[i]);
            }
        }
        if (variants.isEmpty() || i >= args.length - 1) {
            usage("give at least one --variant and the launcher's arguments after --");
        }
        List<String> command = List.of(args).subList(i + 1, args.length);
        System.out.printf(Locale.ROOT, "%d rounds, seed %d: copydesk %s%n", rounds, seed, String.join(" ", command));
        print(run(variants, command, rounds, new Random(seed)), System.out);
    }

    private static void usage(String why) {
        System.err.println("Alternate: " + why);
        System.err.println("usage: Alternate [--rounds N] [--seed S] --variant LABEL=DIR[::JAVA_OPTIONS]... -- ARGS...");
        System.exit(2);
    }

    /** Runs every variant once per round, in an order drawn from {@code random}; the runs by variant, in the variants' order. */
    static Map<Variant, List<TimedRun>> run(List<Variant> variants, List<String> command, int rounds, Random random)
            throws IOException, InterruptedException {
        Map<Variant, List<TimedRun>> runs = new LinkedHashMap<>();
        variants.forEach(v -> runs.put(v, new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            List<Variant> order = new ArrayList<>(variants);
            Collections.shuffle(order, random);
            for (Variant v : order) {
                runs.get(v).add(runOnce(v, command));
            }
        }
        return runs;
    }

    private static TimedRun runOnce(Variant variant, List<String> command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(variant.dir().resolve("copydesk").toString());
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        if (variant.javaOptions().isEmpty()) {
            pb.environment().remove("COPYDESK_JAVA_OPTS");
        } else {
            pb.environment().put("COPYDESK_JAVA_OPTS", variant.javaOptions());
        }
        return TimedRun.of(pb);
    }

    static void print(Map<Variant, List<TimedRun>> runs, PrintStream out) {
        out.printf(Locale.ROOT, "%-12s %5s %9s %9s %15s %8s %15s %s%n",
                "variant", "runs", "median_s", "mean_s", "range_s", "cpu_s", "peak_MB", "exit");
        runs.forEach((v, list) -> {
            Summary s = Summary.of(list);
            out.printf(Locale.ROOT, "%-12s %5d %9.3f %9.3f %7.3f-%-7.3f %8.3f %7d-%-7d %s%n", v.label(), s.runs(),
                    s.medianWall(), s.meanWall(), s.minWall(), s.maxWall(), s.medianCpu(), s.minPeakKb() / 1024,
                    s.maxPeakKb() / 1024, s.exits());
        });
    }
}
