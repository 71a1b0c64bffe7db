package dev.copydesk.bench.typo;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.checks.confusion.ConfusionCheck;
import dev.copydesk.core.checks.mechanics.MechanicsCheck;
import dev.copydesk.core.checks.typo.TypoCheck;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.load.DocumentLoader;
import dev.copydesk.core.load.FileDiscovery;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.DocumentFormat;
import dev.copydesk.core.model.SourceMap;
import dev.copydesk.core.segment.Segmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts typo, mechanics and confusion findings on text known to be correct, per 2,000 words: the correct
 * example sentences of LanguageTool's English rules ({@code grammar-examples.tsv}), and a folder
 * of copy (testdata/news) minus the findings its labels list.
 *
 * <p>Usage: {@code FalseAlarms EVAL_DIR NEWS_DIR LABELS_DIR}; prints every false alarm and the rates.
 */
public final class FalseAlarms {
    private FalseAlarms() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: FalseAlarms EVAL_DIR NEWS_DIR LABELS_DIR");
            System.exit(2);
        }
        Segmenter segmenter = Segmenter.english();
        Corpus sentences = Corpus.of(List.of(correctSentences(
                Path.of(args[0], "languagetool-en-resources", "grammar-examples.tsv"), segmenter)));
        report("languagetool correct examples", sentences, Set.of());
        var found = FileDiscovery.of(List.of(), List.of(), false).discover(List.of(Path.of(args[1])));
        Corpus news = Corpus.of(DocumentLoader.create(segmenter).load(found.files()).documents());
        Set<String> labelled = new HashSet<>();
        for (String file : List.of("typo", "mechanics")) {
            for (String line : Files.readAllLines(Path.of(args[2], file + ".tsv"), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                String check = f.length > 5 && !f[5].isBlank() ? f[5] : file;
                if (!line.startsWith("#") && f.length >= 4 && f[3].equals("flag")) {
                    labelled.add(check + "\t" + f[0] + "\t" + f[1] + "\t" + f[2]);
                }
            }
        }
        report("news minus labelled slips", news, labelled);
    }

    private static void report(String name, Corpus corpus, Set<String> labelled) {
        long words = corpus.wordCount();
        for (Check check : List.of(new TypoCheck(), new MechanicsCheck(), new ConfusionCheck())) {
            int alarms = 0;
            for (Finding f : check.run(corpus, CheckContext.defaults(check.info()))) {
                String docName = Path.of(f.location().documentId()).getFileName().toString();
                String id = f.checkId() + "\t" + docName + "\t" + (f.location().blockIndex() + 1) + "\t" + f.subject();
                if (!labelled.contains(id)) {
                    alarms++;
                    System.out.println("  " + f.checkId() + " " + f.severity().id() + " " + f.message() + " -> "
                            + f.suggestions() + " in: " + sentenceOf(f));
                }
            }
            System.out.printf("%-32s %-10s words=%d false alarms=%d per 2,000 words=%.2f%n", name,
                    check.info().id(), words, alarms, alarms * 2000.0 / words);
        }
    }

    private static String sentenceOf(Finding f) {
        return f.evidence() instanceof dev.copydesk.core.check.Evidence.InContext c ? c.sentence() : "";
    }

    private static Document correctSentences(Path tsv, Segmenter segmenter) throws IOException {
        List<Block> blocks = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 5 || !f[3].equals("correct")) {
                continue;
            }
            String s = f[4];
            if (s.length() > 1 && s.startsWith("\"") && s.endsWith("\"")) {
                s = s.substring(1, s.length() - 1).replace("\"\"", "\"");
            }
            blocks.add(segmenter.segment(BlockKind.PARAGRAPH, blocks.size(), s, SourceMap.NONE, 0));
        }
        return new Document("grammar-examples.tsv", DocumentFormat.TEXT, blocks);
    }
}
