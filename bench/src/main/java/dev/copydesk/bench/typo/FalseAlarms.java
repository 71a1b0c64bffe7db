package dev.copydesk.bench.typo;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts typo, mechanics and confusion findings on text known to be correct, per 2,000 words: the correct
 * example sentences of LanguageTool's English rules ({@code grammar-examples.tsv}), and a folder
 * of copy (testdata/news) minus the findings its labels list.
 *
 * <p>Usage: {@code FalseAlarms EVAL_DIR NEWS_DIR LABELS_DIR}; prints every false alarm and the rates,
 * and for the LanguageTool examples an estimate of the true false-alarm rate of the typo and mechanics checks
 * from hand-labelled findings.
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
        estimate(sentences, sample());
        estimate(sentences, new MechanicsCheck(), mechanicsSample(),
                f -> f.message() + "\t" + prefix(sentenceOf(f)));
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

    /**
     * The false-alarm rate on the LanguageTool examples estimated from the hand-labelled sample
     * ({@code languagetool-typo-sample.tsv}): of the typo findings whose word was labelled, the share
     * labelled false, times all typo findings. Many "correct" examples contain real typos, so the
     * raw count overstates the rate.
     */
    private static void estimate(Corpus corpus, Map<String, String> verdicts) {
        TypoCheck typo = new TypoCheck();
        estimate(corpus, typo, verdicts, Finding::subject);
    }

    /**
     * The same for any check, its findings matched to a labelled list by {@code key}: of the
     * findings labelled, the share labelled false, times all findings, for all findings and for
     * the warnings alone.
     */
    private static void estimate(Corpus corpus, Check check, Map<String, String> verdicts,
                                 Function<Finding, String> key) {
        List<Finding> findings = check.run(corpus, CheckContext.defaults(check.info()));
        for (boolean warningsOnly : List.of(false, true)) {
            int total = 0;
            Map<String, Integer> matched = new TreeMap<>();
            for (Finding f : findings) {
                if (warningsOnly && f.severity() != Severity.WARNING) {
                    continue;
                }
                total++;
                String v = verdicts.get(key.apply(f));
                if (v != null) {
                    matched.merge(v, 1, Integer::sum);
                }
            }
            int n = matched.values().stream().mapToInt(Integer::intValue).sum();
            double falseShare = n == 0 ? 0 : matched.getOrDefault("false", 0) / (double) n;
            System.out.printf("languagetool %-9s %-13s findings=%d labelled in sample=%d %s -> estimated false "
                    + "alarms=%.0f per 2,000 words=%.2f%n", check.info().id(), warningsOnly ? "(warnings)" : "(all)",
                    total, n, matched,
                    total * falseShare, total * falseShare * 2000.0 / corpus.wordCount());
        }
    }

    /** The hand-labelled sample: word to verdict (typo, dialect or false). */
    private static Map<String, String> sample() throws IOException {
        return labels("languagetool-typo-sample.tsv", 1);
    }

    /**
     * The hand-labelled mechanics findings ({@code languagetool-mechanics-sample.tsv}): message and
     * the start of the sentence to verdict (slip, fragment or false).
     */
    private static Map<String, String> mechanicsSample() throws IOException {
        return labels("languagetool-mechanics-sample.tsv", 2);
    }

    /** A labels resource: its first {@code keys} columns (tab-joined) to the next one, {@code #} lines left out. */
    private static Map<String, String> labels(String resource, int keys) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (var in = FalseAlarms.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length > keys) {
                    out.put(String.join("\t", Arrays.copyOf(f, keys)), f[keys]);
                }
            }
        }
        return out;
    }

    /** The first 60 characters of a sentence, as the mechanics labels give it. */
    private static String prefix(String sentence) {
        return sentence.substring(0, Math.min(60, sentence.length()));
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
