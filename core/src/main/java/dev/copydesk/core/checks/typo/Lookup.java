package dev.copydesk.core.checks.typo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import morfologik.speller.Speller;

/**
 * One run's (or one thread's) view of a {@link SpellingDictionary}: membership, frequency and
 * candidate corrections, with the word-shape rules of English copy (curly apostrophes,
 * possessives, a capital at the start of a sentence). Not thread-safe.
 */
final class Lookup {
    /**
     * Contracted endings a known word may carry: {@code what'll}, {@code who've}, {@code they're},
     * {@code turn'd} (verse and older copy). The dictionary lists the common contractions whole;
     * these cover the rest.
     */
    private static final List<String> CLITICS = List.of("'ll", "'ve", "'re", "'d");

    private final SpellingDictionary dictionary;
    private final Speller speller;
    /** Made on first need: unpacking the automaton is most of a short run's typo start-up, and the other dialect's lookups never search. */
    private EditSearch search;
    private WordAutomaton automaton;
    private final Map<String, Boolean> known = new HashMap<>();
    private final Map<String, Integer> frequencies = new HashMap<>();

    Lookup(SpellingDictionary dictionary) {
        this.dictionary = dictionary;
        this.speller = dictionary.newSpeller(2);
    }

    private EditSearch search() {
        if (search == null) {
            search = dictionary.newEditSearch();
        }
        return search;
    }

    /** The word with its apostrophes straight: curly ({@code don’t}), or an acute accent typed for one ({@code don´t}). */
    static String plain(String word) {
        return word.replace('\u2019', '\'').replace('\u00B4', '\'');
    }

    /**
     * Whether the dictionary has the word as written, or lower-cased, or without a possessive or a
     * contracted ending ({@code 'll}, {@code 've}, {@code 're}, {@code 'd}).
     */
    boolean isKnown(String word) {
        return known.computeIfAbsent(word, this::lookUp);
    }

    private boolean lookUp(String raw) {
        String word = plain(raw);
        if (has(word)) {
            return true;
        }
        if (word.endsWith("'s") || word.endsWith("'S")) {
            return has(word.substring(0, word.length() - 2));
        }
        if (word.endsWith("'")) {
            return has(word.substring(0, word.length() - 1));
        }
        for (String clitic : CLITICS) {
            if (word.length() > clitic.length() + 1 && word.regionMatches(true, word.length() - clitic.length(),
                    clitic, 0, clitic.length())) {
                return has(word.substring(0, word.length() - clitic.length()));
            }
        }
        return false;
    }

    private boolean has(String word) {
        if (word.isEmpty()) {
            return false;
        }
        if (speller.isInDictionary(word)) {
            return true;
        }
        String lower = SpellingDictionary.lower(word);
        return !lower.equals(word) && Character.isUpperCase(word.codePointAt(0))
                && (speller.isInDictionary(lower) || speller.isInDictionary(SpellingDictionary.capitalise(lower)));
    }

    /**
     * Whether the dictionary has the word only in another casing ({@code damascus} for {@code Damascus}),
     * also with a possessive or plural {@code 's} ({@code suv's} for {@code SUV}).
     */
    boolean isKnownInOtherCase(String raw) {
        String word = plain(raw);
        if (word.length() > 3 && (word.endsWith("'s") || word.endsWith("'S"))) {
            word = word.substring(0, word.length() - 2);
        }
        String lower = SpellingDictionary.lower(word);
        return speller.isInDictionary(SpellingDictionary.capitalise(lower)) || speller.isInDictionary(lower)
                || speller.isInDictionary(word.toUpperCase(Locale.ROOT));
    }

    /** The dictionary's frequency class of a word, 0 (rare or absent) to 25 (most frequent). */
    int frequency(String word) {
        Integer f = frequencies.get(word);
        if (f == null) {
            f = lookUpFrequency(word);
            frequencies.put(word, f);
        }
        return f;
    }

    /**
     * A word's frequency class, or that of its lower case, read from the packed dictionary: slower
     * per word than {@link #frequency}, but it does not unpack the automaton, for the few words the
     * other dialect is asked about.
     */
    int packedFrequency(String word) {
        String w = plain(word);
        int f = speller.getFrequency(w);
        return f == 0 ? speller.getFrequency(SpellingDictionary.lower(w)) : f;
    }

    /**
     * A word's frequency class, or that of its lower case. Read from the unpacked automaton (as
     * {@link Speller#getFrequency} would give it): a sound-alike's is looked up for each word that
     * offers it, and walking the packed automaton was most of scoring one.
     */
    private int lookUpFrequency(String word) {
        WordAutomaton words = automaton();
        int f = words.frequencyOf(word);
        if (f == 0) {
            f = words.frequencyOf(SpellingDictionary.lower(word));
        }
        return f;
    }

    private WordAutomaton automaton() {
        if (automaton == null) {
            automaton = dictionary.wordAutomaton();
        }
        return automaton;
    }

    /** Dictionary words with a Double Metaphone primary code ({@link SpellingDictionary#soundAlikes}). */
    List<String> soundAlikes(String code) {
        return dictionary.soundAlikes(code);
    }

    /** Dictionary words whose code is a few edits from a code ({@link SpellingDictionary#nearSoundAlikes}). */
    List<String> nearSoundAlikes(String code, int edits) {
        return dictionary.nearSoundAlikes(code, edits);
    }

    /**
     * Dictionary words one edit away (a letter deleted, inserted, replaced, or two neighbours
     * swapped; the first letter in either case), found in one walk of the dictionary's automaton
     * ({@link EditSearch}). With {@code far}, the words up to two edits away, and the words one
     * edit from the word with one of the dictionary's phonetic replacement pairs applied
     * ({@code fone} -> {@code phone}). A curly apostrophe is searched as a straight one, as the
     * dictionary writes it.
     */
    List<String> candidates(String typed, boolean far) {
        String word = plain(typed);
        Set<String> out = new LinkedHashSet<>();
        add(search().within(word, far ? 2 : 1), out);
        if (far) {
            for (String variant : dictionary.replacementVariants(word)) {
                add(search().within(variant, 1), out);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Dictionary words up to three edits away: for long misspellings that nothing within two
     * edits explains ({@code unconisitional} for {@code unconstitutional}). The walk visits far
     * more of the automaton than a two-edit one; call it only for the few words that need it.
     */
    List<String> distantCandidates(String typed) {
        Set<String> out = new LinkedHashSet<>();
        add(search().within(plain(typed), 3), out);
        return new ArrayList<>(out);
    }

    /** Adds the words found, remembering their frequency class for {@link #frequency}. */
    private void add(List<EditSearch.Hit> hits, Set<String> out) {
        for (EditSearch.Hit h : hits) {
            out.add(h.word());
            if (h.frequency() > 0 || !Character.isUpperCase(h.word().charAt(0))) { // else its lower case may count
                frequencies.put(h.word(), h.frequency());
            }
        }
    }
}
