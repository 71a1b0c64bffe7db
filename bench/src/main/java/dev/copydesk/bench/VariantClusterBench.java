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
 * End-to-end harness for the variant check on a large vocabulary: a corpus in which (nearly) every
 * word is a distinct term (by default 1,000,000: half capitalised names, half common words, with
 * one in a thousand respelled by a doubled or swapped vowel), then times the whole check (candidate
 * collection, keyed buckets, guards, findings): one warm-up on a tenth, then two timed runs.
 *
 * <p>Usage: {@code VariantClusterBench [distinctTerms=1000000]}
 */
public final class VariantClusterBench {
    private static final int WORDS_PER_DOCUMENT = 500;

    private VariantClusterBench() {
    }

    public static void main(String[] args) {
        int terms = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Check check = BuiltInChecks.byId("variant").orElseThrow();
        CheckContext context = CheckContext.defaults(check.info());
        Corpus warm = corpus(terms / 10);
        check.run(warm, context);
        Corpus corpus = corpus(terms);
        System.out.printf(Locale.ROOT, "corpus: %d words, %d distinct terms, %d names, heap %d MiB%n",
                corpus.wordCount(), corpus.terms().size(), corpus.phrases().names().size(), SyntheticText.usedMiB());
        for (int run = 1; run <= 2; run++) {
            long start = System.nanoTime();
            long cpu = SyntheticText.cpuNanos();
            List<Finding> findings = check.run(corpus, context);
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(Locale.ROOT, "run %d: %d distinct terms clustered in %d ms (%d ms of CPU), %d findings%n",
                    run, corpus.terms().size(), ms, (SyntheticText.cpuNanos() - cpu) / 1_000_000, findings.size());
        }
    }

    private static Corpus corpus(int terms) {
        int documents = Math.max(1, terms / WORDS_PER_DOCUMENT);
        int[] next = {0};
        List<Document> docs = SyntheticText.documents(documents, WORDS_PER_DOCUMENT, r -> term(next[0]++), 7);
        return Corpus.of(docs);
    }

    private static String term(int n) {
        String w = SyntheticText.word(n + 1_000L);
        if (n % 1000 == 999) {
            w = w.replaceFirst("a", "aa");
        }
        return n % 2 == 0 ? SyntheticText.capitalised(w) : w;
    }
}
