package dev.copydesk.core.checks.typo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Ranks corrections of a misspelt word with a noisy-channel score: how likely the intended word
 * is (the dictionary's frequency class) plus how likely the slip is ({@link EditCost}), with a
 * bonus when both sound alike (Double Metaphone, primary code). The corrections a maintained list
 * of common misspellings gives come first, in the list's order. Candidates come from the dictionary's edit-distance search,
 * from the list of misspellings and, when nothing close turns up, from the words that sound
 * alike. The weights were tuned on Norvig's development set (spell-testset1) only. Caches per
 * word; not thread-safe.
 */
final class Suggester {
    private static final double FREQUENCY_WEIGHT = 0.1;
    private static final double PHONETIC_BONUS = 0.3;
    private static final double LISTED = 100;
    private static final double PROPER_NOUN_PENALTY = 0.8;
    private static final double FAR = 1.2;
    private static final double NEAR = 0.7;
    static final int MAX_CACHED = 200_000;

    private final Lookup lookup;
    private final KnownMisspellings known;
    private final DoubleMetaphone metaphone = new DoubleMetaphone();
    private final Map<String, List<Suggestion>> cache;
    private final Map<String, String> sounds = new HashMap<>();

    /**
     * A suggester.
     *
     * @param cache rankings already made with the same dictionary and list, shared between runs
     *              (thread-safe map; filled up to {@link #MAX_CACHED} entries)
     */
    Suggester(Lookup lookup, KnownMisspellings known, Map<String, List<Suggestion>> cache) {
        this.lookup = lookup;
        this.known = known;
        this.cache = cache;
        metaphone.setMaxCodeLen(8);
    }

    /**
     * A ranked correction.
     *
     * @param word the correction, cased like the typed word
     * @param cost its edit cost from the typed word
     */
    record Suggestion(String word, double cost) {
    }

    /** Corrections, best first, cased like the typed word. */
    List<Suggestion> suggest(String typed) {
        List<Suggestion> ranked = cache.get(typed);
        if (ranked == null) {
            ranked = rank(typed);
            if (cache.size() < MAX_CACHED) {
                cache.put(typed, ranked);
            }
        }
        return ranked;
    }

    private List<Suggestion> rank(String typed) {
        String lower = SpellingDictionary.lower(typed);
        Ranking ranking = new Ranking(typed, lower, metaphone.doubleMetaphone(lower));
        ranking.addAll(known.corrections(lower));
        ranking.addAll(candidates(typed, lower, false));
        List<Scored> scored = ranking.sorted();
        if (scored.isEmpty() || scored.get(0).cost > NEAR) {
            ranking.addAll(candidates(typed, lower, true));
            scored = ranking.sorted();
        }
        if (scored.isEmpty() || scored.get(0).cost > FAR) {
            ranking.addAll(lookup.soundAlikes(lower, metaphone, false));
            scored = ranking.sorted();
        }
        if (scored.isEmpty() || scored.get(0).cost > FAR) {
            ranking.addAll(lookup.soundAlikes(lower, metaphone, true));
            scored = ranking.sorted();
        }
        List<Suggestion> out = new ArrayList<>(scored.size());
        for (Scored s : scored) {
            out.add(new Suggestion(caseLike(typed, s.word), s.cost));
        }
        return List.copyOf(out);
    }

    private List<String> candidates(String typed, String lower, boolean far) {
        List<String> out = new ArrayList<>(lookup.candidates(lower, far));
        if (!lower.equals(typed) && !typed.equals(SpellingDictionary.capitalise(lower))) { // the search ignores the first letter's case
            out.addAll(lookup.candidates(typed, far));
        }
        return out;
    }

    /** The candidates of one typed word, each scored once however many times it is offered. */
    private final class Ranking {
        private final String typed;
        private final String lower;
        private final String sound;
        private final Map<String, Scored> scored = new HashMap<>();

        Ranking(String typed, String lower, String sound) {
            this.typed = typed;
            this.lower = lower;
            this.sound = sound;
        }

        void addAll(List<String> candidates) {
            for (String c : candidates) {
                if (!c.isEmpty() && !scored.containsKey(c) && !SpellingDictionary.lower(c).equals(lower)) {
                    scored.put(c, score(typed, lower, sound, c));
                }
            }
        }

        List<Scored> sorted() {
            List<Scored> out = new ArrayList<>(scored.values());
            out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.word));
            return out;
        }
    }

    private Scored score(String typed, String lower, String sound, String candidate) {
        String candLower = SpellingDictionary.lower(candidate);
        double cost = EditCost.between(lower, candLower);
        double score = -cost + FREQUENCY_WEIGHT * lookup.frequency(candidate);
        if (sound != null && sound.equals(soundOf(candLower))) {
            score += PHONETIC_BONUS;
        }
        int listed = listedAt(known.corrections(lower), candidate);
        if (listed >= 0) {
            return new Scored(candidate, LISTED - listed, cost); // the maintained list's order, best first
        }
        boolean typedLower = !Character.isUpperCase(typed.codePointAt(0));
        if (typedLower && Character.isUpperCase(candidate.codePointAt(0))) {
            score -= PROPER_NOUN_PENALTY;
        }
        if (candidate.indexOf(' ') >= 0 || candidate.indexOf('\'') >= 0) {
            score -= 0.3;
        }
        return new Scored(candidate, score, cost);
    }

    /** The Double Metaphone code of a lower-case word, remembered for this suggester's life. */
    private String soundOf(String lowerCaseWord) {
        return sounds.computeIfAbsent(lowerCaseWord, metaphone::doubleMetaphone);
    }

    /** Where the list of misspellings puts a candidate among its corrections, or -1. */
    private static int listedAt(List<String> corrections, String candidate) {
        for (int i = 0; i < corrections.size(); i++) {
            if (corrections.get(i).equalsIgnoreCase(candidate)) {
                return i;
            }
        }
        return -1;
    }

    private static String caseLike(String typed, String candidate) {
        if (Character.isUpperCase(typed.codePointAt(0)) && !Character.isUpperCase(candidate.codePointAt(0))) {
            return SpellingDictionary.capitalise(candidate);
        }
        return candidate;
    }

    private record Scored(String word, double score, double cost) {
    }
}
