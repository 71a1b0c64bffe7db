package dev.copydesk.bench;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.checks.BuiltInChecks;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.model.Document;
import java.util.List;
import java.util.Locale;

/**
 * End-to-end harness for the corpus index (term index and phrase index) at scale: generates
 * {@code documents} one-paragraph documents of {@code words} words over a Zipf-like vocabulary with
 * names in two casings, then times {@link Corpus#of} (one warm-up, then three timed runs) and prints
 * documents, words, distinct terms, milliseconds and words per second; then times the casing check
 * once on the last corpus.
 *
 * <p>Usage: {@code TermIndexBench [documents=100000] [words=60]}
 */
public final class TermIndexBench {
    private static final int VOCABULARY = 200_000;

    private TermIndexBench() {
    }

    public static void main(String[] args) {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        long t0 = System.nanoTime();
        List<Document> docs = SyntheticText.documents(documents, words, TermIndexBench::zipfWord, 42);
        System.out.printf(Locale.ROOT, "generated %d documents in %d ms, heap %d MiB%n", documents,
                (System.nanoTime() - t0) / 1_000_000, SyntheticText.usedMiB());
        Corpus.of(docs.subList(0, Math.min(docs.size(), 10_000)));
        Corpus corpus = null;
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            long cpu = SyntheticText.cpuNanos();
            corpus = Corpus.of(docs);
            long ms = (System.nanoTime() - start) / 1_000_000;
            long cpuMs = (SyntheticText.cpuNanos() - cpu) / 1_000_000;
            System.out.printf(Locale.ROOT, "run %d: %d documents, %d words, %d terms, %d names: %d ms (%d ms of CPU),"
                    + " %.0f words/s of CPU, heap %d MiB%n", run, documents, corpus.wordCount(), corpus.terms().size(),
                    corpus.phrases().names().size(), ms, cpuMs, corpus.wordCount() * 1000.0 / Math.max(1, cpuMs),
                    SyntheticText.usedMiB());
        }
        Check casing = BuiltInChecks.byId("casing").orElseThrow();
        long start = System.nanoTime();
        long cpu = SyntheticText.cpuNanos();
        List<Finding> findings = casing.run(corpus, CheckContext.defaults(casing.info()));
        System.out.printf(Locale.ROOT, "casing check: %d findings in %d ms (%d ms of CPU)%n", findings.size(),
                (System.nanoTime() - start) / 1_000_000, (SyntheticText.cpuNanos() - cpu) / 1_000_000);
    }

    /** A word drawn so that low ranks are frequent; one in 50 is a name, one in 20 of those in lower case. */
    private static String zipfWord(int random) {
        double u = (random % 1_000_000) / 1_000_000.0;
        int rank = (int) Math.min(VOCABULARY - 1, Math.exp(u * Math.log(VOCABULARY)));
        String w = SyntheticText.word(rank);
        boolean name = rank % 50 == 0;
        return name && random % 20 != 0 ? SyntheticText.capitalised(w) : w;
    }
}
