package dev.copydesk.core.checks.confusion;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.Once;
import dev.copydesk.core.corpus.PhraseIndex;
import dev.copydesk.core.corpus.TextMemo;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockWords;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code confusion} check: phrases from a curated list of confusions ({@code baited breath},
 * {@code free reign}, {@code could of}), matched on consecutive words separated only by spaces,
 * each reported with the right phrase. Phrases are indexed by their first word, so a block costs
 * one hash lookup per word, and a block text repeated across the corpus is scanned once.
 */
public final class ConfusionCheck implements Check {
    private static final CheckInfo INFO = new CheckInfo("confusion",
            "Words and phrases confused with sound-alikes, such as 'baited breath' for 'bated breath'",
            Severity.WARNING, List.of());

    /** The listed phrases by their first word, read on first use (not while the command line starts). */
    private final Once<Map<String, List<ConfusedPhrase>>> byFirstWord = new Once<>(ConfusionCheck::index);

    /** A check over the shipped list of confusions. */
    public ConfusionCheck() {
    }

    private static Map<String, List<ConfusedPhrase>> index() {
        Map<String, List<ConfusedPhrase>> byFirstWord = new HashMap<>();
        for (ConfusedPhrase p : ConfusedPhrase.load()) {
            byFirstWord.computeIfAbsent(p.wrong().get(0), k -> new ArrayList<>()).add(p);
        }
        return byFirstWord;
    }

    @Override
    public void prepare(Dialect dialect) {
        byFirstWord.get();
    }

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> run(Corpus corpus, CheckContext context) {
        List<Finding> out = new ArrayList<>();
        // word texts are shared strings, so each distinct one is normalised once for the whole run
        Map<String, String> normalised = new HashMap<>();
        TextMemo<List<Match>> matchesOf = corpus.memo(); // the matches depend on the block's text alone
        Map<String, List<ConfusedPhrase>> byFirstWord = this.byFirstWord.get();
        for (Document document : corpus.documents()) {
            for (Block block : document.blocks()) {
                for (Match m : matchesOf.get(block, b -> matches(b, byFirstWord, normalised))) {
                    out.add(finding(document, block, m.first(), m.phrase()));
                }
            }
        }
        out.sort(Comparator.naturalOrder());
        return List.copyOf(out);
    }

    /** A listed phrase found at a word of a block. */
    private record Match(int first, ConfusedPhrase phrase) {
    }

    private static List<Match> matches(Block block, Map<String, List<ConfusedPhrase>> byFirstWord,
            Map<String, String> normalised) {
        List<Match> out = List.of();
        BlockWords words = block.words();
        for (int i = 0; i < words.size(); i++) {
            String first = normalised.computeIfAbsent(words.text(i), ConfusionCheck::norm);
            List<ConfusedPhrase> phrases = byFirstWord.get(first);
            for (int k = 0; phrases != null && k < phrases.size(); k++) { // no iterator per word
                ConfusedPhrase p = phrases.get(k);
                if (matches(block, i, p)) {
                    if (out.isEmpty()) {
                        out = new ArrayList<>();
                    }
                    out.add(new Match(i, p));
                }
            }
        }
        return out;
    }

    private static boolean matches(Block block, int first, ConfusedPhrase p) {
        BlockWords words = block.words();
        int n = p.wrong().size();
        if (first + n > words.size()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (!norm(words.text(first + k)).equals(p.wrong().get(k))
                    || k > 0 && !PhraseIndex.adjacent(block, first + k - 1, first + k)) {
                return false;
            }
        }
        return first + n >= words.size() || !p.unless().contains(norm(words.text(first + n)));
    }

    private static Finding finding(Document document, Block block, int first, ConfusedPhrase p) {
        Word a = block.words().get(first);
        Word b = block.words().get(first + p.wrong().size() - 1);
        String subject = block.text().substring(a.start(), b.end());
        Sentence sentence = block.sentenceAt(a.start());
        int from = Math.min(sentence.start(), a.start());
        int to = Math.max(sentence.end(), b.end());
        Evidence evidence = new Evidence.InContext(block.text().substring(from, to), a.start() - from,
                b.end() - from, 0);
        String right = a.isCapitalised() ? Character.toUpperCase(p.right().charAt(0)) + p.right().substring(1)
                : p.right();
        return new Finding("confusion", Severity.WARNING, 0.85, Location.of(document, block, a.start(), b.end()),
                "'" + subject + "' is a common confusion for '" + p.right() + "'", subject, List.of(right),
                List.of(), evidence, String.join(" ", p.wrong()) + "|" + context(block, first, p));
    }

    /** The words either side of the match, lower case: keeps two occurrences in one document apart. */
    private static String context(Block block, int first, ConfusedPhrase p) {
        BlockWords words = block.words();
        int last = first + p.wrong().size();
        return (first > 0 ? norm(words.text(first - 1)) : "") + " "
                + (last < words.size() ? norm(words.text(last)) : "");
    }

    private static String norm(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
