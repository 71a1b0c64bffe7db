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
import dev.copydesk.core.model.Document;
import dev.copydesk.core.segment.Segmenter;
import dev.copydesk.report.JsonRenderer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a run costs once the JVM is warm: how far a resident process, which pays start-up and JIT
 * compilation once, could bring a run down. Runs the whole job ({@code check --format json}: load
 * on every core, every check through the {@link Engine}, the JSON report) several times in one
 * JVM and prints each round; then times each stage alone on one thread (loading, the corpus's term
 * and phrase indexes, each check) and prints the fastest of the second half of the rounds. New
 * check instances every time, so nothing a check caches carries over; what is static (the shipped
 * dictionaries and lists) does, as it would in a resident process.
 *
 * <p>Usage: {@code WarmStages CORPUS_DIR [ROUNDS=8]}, e.g. {@code /work/corpus/c1}; run it with the
 * launcher's JVM flags to compare with its cold runs ({@code -XX:TieredStopAtLevel=1
 * -XX:+UseSerialGC -Xmn160m}).
 */
public final class WarmStages {
    private WarmStages() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: WarmStages CORPUS_DIR [ROUNDS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        FileDiscovery.Found found = FileDiscovery.of(List.of(), List.of(), false).discover(List.of(dir));
        Path json = Files.createTempFile("copydesk-warm-", ".json");
        try {
            for (int r = 0; r < rounds; r++) {
                wholeRun(found, json, r);
            }
            Map<String, List<Double>> stages = new TreeMap<>();
            for (int r = 0; r < rounds; r++) {
                stagesAlone(found, stages);
            }
            System.out.println("each stage alone on one thread, fastest of the second half of the rounds:");
            double sum = 0;
            for (Map.Entry<String, List<Double>> e : stages.entrySet()) {
                List<Double> v = e.getValue();
                double best = Collections.min(v.subList(v.size() / 2, v.size()));
                sum += best;
                System.out.printf(Locale.ROOT, "  %-22s %6.0f ms%n", e.getKey(), best);
            }
            System.out.printf(Locale.ROOT, "  %-22s %6.0f ms (half of it on two cores: %.0f ms)%n", "sum", sum, sum / 2);
        } finally {
            Files.deleteIfExists(json);
        }
    }

    /** The whole job, as the command runs it, timed by stage. */
    private static void wholeRun(FileDiscovery.Found found, Path json, int round) throws IOException {
        long t0 = System.nanoTime();
        LoadResult loaded = DocumentLoader.create(Segmenter.english()).load(found.files());
        long t1 = System.nanoTime();
        Report report = new Engine(BuiltInChecks.all()).run(Corpus.of(loaded.documents()), loaded.failures(),
                RunSettings.defaults());
        long t2 = System.nanoTime();
        try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            new JsonRenderer().render(report, w);
        }
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "round %d: load %4.0f ms, checks %5.0f ms, json %4.0f ms, total %5.0f ms, %d findings%n",
                round, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t3 - t0), report.findings().size());
    }

    /** Each stage alone, on one thread. */
    private static void stagesAlone(FileDiscovery.Found found, Map<String, List<Double>> stages) {
        long t0 = System.nanoTime();
        List<Document> documents = DocumentLoader.create(Segmenter.english(), 50L << 20, Duration.ofSeconds(60), 1)
                .load(found.files()).documents();
        long t1 = System.nanoTime();
        Corpus corpus = Corpus.of(documents);
        corpus.terms();
        long t2 = System.nanoTime();
        corpus.phrases();
        long t3 = System.nanoTime();
        add(stages, "load", t1 - t0);
        add(stages, "term index", t2 - t1);
        add(stages, "phrase index", t3 - t2);
        RunSettings defaults = RunSettings.defaults();
        for (Check check : BuiltInChecks.all()) {
            String id = check.info().id();
            RunSettings one = new RunSettings(Set.of(id), defaults.severities(), defaults.options(), defaults.dialect(),
                    defaults.acceptedWords(), defaults.houseStyle(), List.of(), Set.of());
            long t = System.nanoTime();
            new Engine(BuiltInChecks.all(), 1).run(corpus, List.of(), one);
            add(stages, "check " + id, System.nanoTime() - t);
        }
    }

    private static void add(Map<String, List<Double>> stages, String stage, long nanos) {
        stages.computeIfAbsent(stage, k -> new ArrayList<>()).add(ms(nanos));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
