package dev.copydesk.core.checks.mechanics;

import dev.copydesk.core.model.Block;
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
    private static boolean repeated(List<Word> words, String text, int k, Word w) {
        if (k < 0 || k >= words.size()) {
            return false;
        }
        Word x = words.get(k);
        String between = x.end() <= w.start() ? text.substring(x.end(), w.start()) : text.substring(w.end(), x.start());
        return x.kind() == WordKind.WORD && x.text().equalsIgnoreCase(w.text()) && between.isBlank();
    }

    List<Slip> find(Block block) {
        List<Slip> out = new ArrayList<>();
        List<Word> words = block.words();
        String text = block.text();
        for (int i = 1; i < words.size(); i++) {
            Word a = words.get(i - 1);
            Word b = words.get(i);
            if (a.kind() != WordKind.WORD || b.kind() != WordKind.WORD || !a.text().equalsIgnoreCase(b.text())
                    || !text.substring(a.end(), b.start()).isBlank()) {
                continue;
            }
            String lower = a.text().toLowerCase(Locale.ROOT);
            boolean name = a.isCapitalised() && b.isCapitalised();
            boolean nameAfter = !a.isCapitalised() && b.isCapitalised() && !ARTICLES.contains(lower);
            if (grammatical.contains(lower) || name || nameAfter || repeated(words, text, i - 2, a)
                    || repeated(words, text, i + 1, b)) {
                continue;
            }
            out.add(new Slip("doubled-word", a.start(), b.end(), "Doubled word: '" + a.text() + " " + b.text() + "'",
                    a.text(), 0.95));
        }
        return out;
    }
}
