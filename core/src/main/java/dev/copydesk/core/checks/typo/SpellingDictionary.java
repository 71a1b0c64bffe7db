package dev.copydesk.core.checks.typo;

import dev.copydesk.core.check.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * A morfologik spelling dictionary of one dialect, from {@code org.languagetool:english-pos-dict}
 * (SCOWL/Hunspell-derived word lists with a frequency class 0..25 per word). Immutable and shared
 * between runs; each run asks for its own {@link Speller}, which is not thread-safe.
 */
final class SpellingDictionary {
    private static final String ROOT = "/org/languagetool/resource/en/hunspell/";

    private final Dictionary dictionary;
    private final Dialect dialect;

    private SpellingDictionary(Dictionary dictionary, Dialect dialect) {
        this.dictionary = dictionary;
        this.dialect = dialect;
    }

    static SpellingDictionary load(Dialect dialect) {
        String file = switch (dialect) {
            case EN_US -> "en_US.dict";
            case EN_GB -> "en_GB.dict";
        };
        URL url = SpellingDictionary.class.getResource(ROOT + file);
        if (url == null) {
            throw new IllegalStateException("dictionary not on the class path: " + ROOT + file);
        }
        try {
            return new SpellingDictionary(Dictionary.read(url), dialect);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + file, e);
        }
    }

    Dialect dialect() {
        return dialect;
    }

    /** A new speller over this dictionary, finding candidates up to two edits away. */
    Speller newSpeller() {
        return new Speller(dictionary, 2);
    }

    /** The word with its first letter in upper case. */
    static String capitalise(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(word, Character.charCount(first), word.length()).toString();
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
