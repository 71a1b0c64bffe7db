package dev.copydesk.bench.typo;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.checks.mechanics.MechanicsCheck;
import dev.copydesk.core.checks.typo.TypoCheck;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.load.DocumentLoader;
import dev.copydesk.core.load.FileDiscovery;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.DocumentFormat;
import dev.copydesk.core.model.SourceMap;
import dev.copydesk.core.segment.Segmenter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * End-to-end throughput of the typo and mechanics checks after start-up: loads a folder of text
 * (e.g. the 10.8 MB corpus of {@code make-bigcorpus.sh}), builds the corpus, runs both checks once
 * to warm up and then {@code RUNS} timed times, and prints MB/s and words/s of the checks alone
 * (loading, segmenting and indexing are timed separately); then times the typo check {@code RUNS}
 * times more with a new instance each time (no rankings cached, dictionaries re-read, JIT warm),
 * the figure least disturbed by other load on the machine, and then with the mechanics check after
 * it (new instances of both): the throughput of spelling plus mechanics that no cache flatters. Give
 * {@code RUNS} of 10 or more: the JIT is not done with the ranking code after 3. Also prints the time to read each
 * morfologik dictionary, and the first-use cost of the typo check (both dictionaries, the list of
 * misspellings and the spellers) on a one-word corpus.
 *
 * <p>Usage: {@code SpellingThroughput CORPUS_DIR [RUNS]}.
 */
public final class SpellingThroughput {
    private SpellingThroughput() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SpellingThroughput CORPUS_DIR [RUNS]");
            System.exit(2);
        }
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (String dialect : List.of("en_US", "en_GB")) {
            long d0 = System.nanoTime();
            morfologik.stemming.Dictionary.read(SpellingThroughput.class.getResource(
                    "/org/languagetool/resource/en/hunspell/" + dialect + ".dict"));
            System.out.printf("dictionary %s read: %.0f ms%n", dialect, (System.nanoTime() - d0) / 1e6);
        }
        TypoCheck typo = new TypoCheck();
        Document one = new Document("one.txt", DocumentFormat.TEXT,
                List.of(Segmenter.english().segment(BlockKind.PARAGRAPH, 0, "Start.", SourceMap.NONE, 0)));
        long t0 = System.nanoTime();
        typo.run(Corpus.of(List.of(one)), CheckContext.defaults(typo.info()));
        System.out.printf("typo first use after that (both dictionaries, misspellings list, spellers): %.0f ms%n",
                (System.nanoTime() - t0) / 1e6);

        long t1 = System.nanoTime();
        var found = FileDiscovery.of(List.of(), List.of(), false).discover(List.of(Path.of(args[0])));
        List<Document> documents = DocumentLoader.create(Segmenter.english()).load(found.files()).documents();
        Corpus corpus = Corpus.of(documents);
        long chars = documents.stream().mapToLong(Document::charCount).sum();
        System.out.printf("load + segment + index: %d documents, %.1f MB, %d words in %.1f s%n", documents.size(),
                chars / 1e6, corpus.wordCount(), (System.nanoTime() - t1) / 1e9);

        List<Check> checks = List.of(typo, new MechanicsCheck());
        for (int r = 0; r <= runs; r++) {
            StringBuilder each = new StringBuilder();
            long start = System.nanoTime();
            int findings = 0;
            for (Check c : checks) {
                long t = System.nanoTime();
                findings += c.run(corpus, CheckContext.defaults(c.info())).size();
                each.append(String.format(" %s %.2f s", c.info().id(), (System.nanoTime() - t) / 1e9));
            }
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: typo + mechanics %.2f s (%s), %.1f MB/s, %.0f words/s, %d findings%n",
                    r == 0 ? "cold" : "warm run " + r, s, each.toString().strip(), chars / 1e6 / s,
                    corpus.wordCount() / s, findings);
        }
        double fastest = Double.MAX_VALUE;
        double fastestBoth = Double.MAX_VALUE;
        for (int r = 1; r <= runs; r++) {
            TypoCheck fresh = new TypoCheck();
            MechanicsCheck mechanics = new MechanicsCheck();
            long t = System.nanoTime();
            fresh.run(corpus, CheckContext.defaults(fresh.info()));
            fastest = Math.min(fastest, (System.nanoTime() - t) / 1e9);
            mechanics.run(corpus, CheckContext.defaults(mechanics.info()));
            fastestBoth = Math.min(fastestBoth, (System.nanoTime() - t) / 1e9);
        }
        if (runs > 0) {
            System.out.printf("typo with a new check instance (nothing cached) on a warm JVM, fastest of %d: %.2f s%n",
                    runs, fastest);
            System.out.printf("typo + mechanics, new instances (nothing cached), warm JVM, fastest of %d: %.2f s, "
                    + "%.1f MB/s, %.0f words/s%n", runs, fastestBoth, chars / 1e6 / fastestBoth,
                    corpus.wordCount() / fastestBoth);
        }
    }
}
