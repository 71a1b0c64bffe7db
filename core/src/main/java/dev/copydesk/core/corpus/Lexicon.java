package dev.copydesk.core.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * Read-only "is this an English word" lookups against the en-US and en-GB spelling dictionaries of
 * {@code org.languagetool:english-pos-dict} (morfologik FSAs, SCOWL/Hunspell-derived, LGPL-2.1).
 * Lookups are case-sensitive: {@code Damascus} is a word, {@code damascus} is not. The dictionaries
 * are loaded once, on first use, and never change; each instance has its own spellers.
 */
public final class Lexicon {
    private static final String PATH = "/org/languagetool/resource/en/hunspell/";

    private final List<Speller> spellers;

    private Lexicon(List<Speller> spellers) {
        this.spellers = spellers;
    }

    /** A lexicon over the US and British dictionaries. */
    public static Lexicon english() {
        return new Lexicon(Dictionaries.ALL.stream().map(d -> new Speller(d, 0)).toList());
    }

    /** Whether the word, exactly as written, is in either dictionary. */
    public synchronized boolean knows(String word) {
        for (Speller s : spellers) {
            if (!s.isMisspelled(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word in lower case is in either dictionary (a common word, not only a name). */
    public boolean knowsLowerCase(String word) {
        return knows(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The morfologik dictionary of a dialect ({@code en_US} or {@code en_GB}), read once per JVM and
     * shared: the typo check uses the same objects, so a run reads each dictionary once, not twice.
     *
     * @param name {@code en_US} or {@code en_GB}
     * @return the dictionary, immutable
     */
    public static Dictionary dictionary(String name) {
        return switch (name) {
            case "en_US" -> Dictionaries.ALL.get(0);
            case "en_GB" -> Dictionaries.ALL.get(1);
            default -> throw new IllegalArgumentException("no dictionary " + name);
        };
    }

    private static final class Dictionaries {
        static final List<Dictionary> ALL = List.of(read("en_US"), read("en_GB"));

        private static Dictionary read(String name) {
            URL url = Lexicon.class.getResource(PATH + name + ".dict");
            if (url == null) {
                throw new IllegalStateException("missing dictionary " + name);
            }
            try {
                return Dictionary.read(url);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
