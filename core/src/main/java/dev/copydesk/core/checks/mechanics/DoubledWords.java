package dev.copydesk.core.checks.mechanics;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockWords;
import dev.copydesk.core.model.Word;
import dev.copydesk.core.model.WordKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds a word written twice in a row with only white space between ({@code the the}). Words
 * whose doubling is grammatical ({@code had had}, {@code that that}; resource
 * {@code legit-doubles.txt}), doubled capitalised words that are names ({@code Bora Bora}), a small
 * word before its capitalised twin that starts a name ({@code how long Long Island is}) and a word
 * said three times or more ({@code please please please}, {@code six six six}: emphasis or a count,
 * not a slip of the keyboard) are left alone.
 */
final class DoubledWords {
    /** Before its capitalised twin an article is still a slip ({@code the The}): a name does not start there. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private final Set<String> grammatical;

    private DoubledWords(Set<String> grammatical) {
        this.grammatical = grammatical;
    }

    static DoubledWords load() {
        Set<String> words = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                DoubledWords.class.getResourceAsStream("legit-doubles.txt"), "legit-doubles.txt"),
                StandardCharsets.UTF_8))) {
            r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DoubledWords(Set.copyOf(words));
    }

    /** Whether the word at {@code k} repeats {@code w} (same text, any case) with only white space between. */
    private static boolean repeated(BlockWords words, String text, int k, int w) {
        if (k < 0 || k >= words.size()) {
            return false;
        }
        String between = words.end(k) <= words.start(w) ? text.substring(words.end(k), words.start(w))
                : text.substring(words.end(w), words.start(k));
        return words.kind(k) == WordKind.WORD && words.text(k).equalsIgnoreCase(words.text(w)) && between.isBlank();
    }

    List<Slip> find(Block block) {
        List<Slip> out = new ArrayList<>();
        BlockWords words = block.words();
        String text = block.text();
        for (int i = 1; i < words.size(); i++) {
            if (words.kind(i - 1) != WordKind.WORD || words.kind(i) != WordKind.WORD
                    || !words.text(i - 1).equalsIgnoreCase(words.text(i))
                    || !text.substring(words.end(i - 1), words.start(i)).isBlank()) {
                continue;
            }
            Word a = words.get(i - 1);
            Word b = words.get(i);
            String lower = a.text().toLowerCase(Locale.ROOT);
            boolean name = a.isCapitalised() && b.isCapitalised();
            boolean nameAfter = !a.isCapitalised() && b.isCapitalised() && !ARTICLES.contains(lower);
            if (grammatical.contains(lower) || name || nameAfter || repeated(words, text, i - 2, i - 1)
                    || repeated(words, text, i + 1, i)) {
                continue;
            }
            out.add(new Slip("doubled-word", a.start(), b.end(), "Doubled word: '" + a.text() + " " + b.text() + "'",
                    a.text(), 0.95));
        }
        return out;
    }
}
