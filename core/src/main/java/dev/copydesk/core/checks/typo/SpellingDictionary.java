package dev.copydesk.core.checks.typo;

import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.corpus.Lexicon;
import dev.copydesk.core.corpus.Once;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import morfologik.fsa.FSA;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * A morfologik spelling dictionary of one dialect, from {@code org.languagetool:english-pos-dict}
 * (SCOWL/Hunspell-derived word lists with a frequency class 0..25 per word). Shared between runs
 * and thread-safe (its sound index is built once, under a lock); each run asks for its own
 * {@link Speller}, which is not thread-safe.
 */
final class SpellingDictionary {

    private final Dictionary dictionary;
    private final Dialect dialect;
    /** Each made on first need, under its own lock, so that two threads can make the two at once. */
    private final Once<WordAutomaton> words;
    private final Once<Map<String, List<String>>> bySound;
    private final Once<SoundCodes> codes;

    private SpellingDictionary(Dictionary dictionary, Dialect dialect) {
        this.dictionary = dictionary;
        this.dialect = dialect;
        this.words = new Once<>(() -> WordAutomaton.of(dictionary.fsa, dictionary.metadata.getSeparator()));
        this.bySound = new Once<>(() -> {
            Map<String, List<String>> shipped = SoundIndex.shipped(dialect);
            return shipped != null ? shipped : computeSoundIndex();
        });
        this.codes = new Once<>(() -> new SoundCodes(bySound.get().keySet()));
    }

    static SpellingDictionary load(Dialect dialect) {
        return new SpellingDictionary(Lexicon.dictionary(switch (dialect) {
            case EN_US -> "en_US";
            case EN_GB -> "en_GB";
        }), dialect);
    }

    Dialect dialect() {
        return dialect;
    }

    /** A new search of this dictionary for the words a few edits from a word (one per thread). */
    EditSearch newEditSearch() {
        return new EditSearch(wordAutomaton());
    }

    /** Reads the sound index and its codes now rather than on first need. */
    void prepareSounds() {
        soundCodes();
    }

    /** The dictionary's words unpacked for walking (made on first need; shared, thread-safe). */
    WordAutomaton wordAutomaton() {
        return words.get();
    }

    /**
     * The word with one of the dictionary's phonetic replacement pairs applied at one place
     * ({@code f} -> {@code ph}, {@code shun} -> {@code tion}), each distinct variant once, in the
     * order of the pairs and then of the places.
     */
    List<String> replacementVariants(String word) {
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> pair : dictionary.metadata.getReplacementPairs().entrySet()) {
            String from = pair.getKey();
            for (int at = word.indexOf(from); at >= 0; at = word.indexOf(from, at + 1)) {
                for (String to : pair.getValue()) {
                    out.add(word.substring(0, at) + to + word.substring(at + from.length()));
                }
            }
        }
        out.remove(word);
        return new ArrayList<>(out);
    }

    /** A new speller over this dictionary, finding candidates up to {@code edits} edits away. */
    Speller newSpeller(int edits) {
        return new Speller(dictionary, edits);
    }

    /**
     * The words whose Double Metaphone primary code (max. 8 characters) is {@code code}: candidates
     * for misspellings too far from the intended word for edit-distance search ({@code occusionaly}
     * for {@code occasionally}). The index ({@link SoundIndex}) is read on first use from the
     * resource the build made, or computed if the build skipped that step; runs that never need it
     * never pay for it.
     */
    List<String> soundAlikes(String code) {
        return code.isEmpty() ? List.of() : soundIndex().getOrDefault(code, List.of());
    }

    /**
     * The words whose code is one to {@code edits} edits from {@code code} (not the code itself),
     * grouped by code in the codes' order ({@link SoundCodes}).
     */
    List<String> nearSoundAlikes(String code, int edits) {
        Map<String, List<String>> index = soundIndex();
        List<String> out = new ArrayList<>();
        for (String near : soundCodes().within(code, edits)) {
            if (!near.equals(code)) {
                out.addAll(index.get(near));
            }
        }
        return out;
    }

    private Map<String, List<String>> soundIndex() {
        return bySound.get();
    }

    private SoundCodes soundCodes() {
        return codes.get();
    }

    /** Computes the sound index from the dictionary (what the build stores in a resource). */
    Map<String, List<String>> computeSoundIndex() {
        return SoundIndex.compute(words());
    }

    /** The dictionary's words of two characters or more that start with a letter, in its order. */
    List<String> words() {
        List<String> words = new ArrayList<>(400_000);
        char separator = (char) dictionary.metadata.getSeparator();
        for (ByteBuffer entry : dictionary.fsa) {
            String s = StandardCharsets.UTF_8.decode(entry).toString();
            int cut = s.lastIndexOf(separator);
            String word = cut > 0 ? s.substring(0, cut) : s;
            if (word.length() > 1 && Character.isLetter(word.charAt(0))) {
                words.add(word);
            }
        }
        return words;
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
