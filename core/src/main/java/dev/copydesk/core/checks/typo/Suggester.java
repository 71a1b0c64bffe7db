package dev.copydesk.core.checks.typo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Ranks corrections of a misspelt word with a noisy-channel score: how likely the intended word
 * is (the dictionary's frequency class) plus how likely the slip is ({@link EditCost}), with
 * bonuses when both sound alike (Double Metaphone, primary code), share their first or last
 * letter, and for each letter the candidate has beyond the typed word (people drop letters more
 * than they add them); see {@link Weights}. A sound-alike is charged at most 2.25 for its spelling,
 * as Aspell weighs the distance of the sounds beside that of the letters. Candidates costlier than
 * max(3, 0.5 per letter) are not offered, sound-alikes up to 1 more. The best {@link #RESCORED}
 * by that score are then scored again with part of the rules' edit cost replaced by a
 * {@link ChannelModel} learnt from the list of misspellings (slips people actually make, such as
 * {@code ie} for {@code ei} or {@code f} for {@code ph}). The
 * corrections a maintained list of common misspellings gives come first, in the
 * list's order. Candidates come from the list of misspellings; the dictionary's words one edit
 * away, and two edits away when nothing is near; the words with the same sound code (codes of two
 * letters or more); when the best is still far, the words whose code is one or two edits from
 * the typed word's ({@link SoundCodes}); and, for long lower-case words with nothing near, the
 * words three edits away; a wide search ({@link #suggest(String, boolean)}) lowers "near" and
 * "far" so that only a doubled letter stops it. The weights were tuned on the development half of
 * the evaluation sets only. Caches per word; not thread-safe.
 */
final class Suggester {
    private static final double LISTED = 100;
    private static final double MIN_COST_CAP = 3;
    private static final double COST_CAP_PER_LETTER = 0.5;
    /** Codes shorter than this (one letter: {@code teh}, T) are shared by too many words to be worth scoring. */
    private static final int MIN_SAME_CODE = 2;
    private static final int MIN_FUZZY_CODE = 3;
    private static final int SHORT_CODE = 4;
    /** Lower-case words at least this long are also searched three edits deep when nothing is near. */
    private static final int MIN_DISTANT = 8;
    static final int MAX_CACHED = 200_000;
    /** How many of the best candidates by the rules are scored again with the channel model. */
    static final int RESCORED = 20;
    /**
     * The {@link Weights#near} and {@link Weights#far} of a wide search: only a doubled or undoubled
     * letter (0.45) is close enough to stop the two- and three-edit searches, and anything beyond
     * a swap or a vowel (0.6) sends the search to nearby sound codes. Tuned on the development halves.
     */
    static final double WIDE_NEAR = 0.45;
    static final double WIDE_FAR = 0.6;
    /** Marks a wide ranking in the shared cache (no typed word has this character). */
    private static final char WIDE_KEY = '\u0001';

    private final Lookup lookup;
    private final KnownMisspellings known;
    private final DoubleMetaphone metaphone = new DoubleMetaphone();
    private final Map<String, List<Suggestion>> cache;
    private final Map<String, String> sounds = new HashMap<>();
    private final Weights weights;
    private final ChannelModel.Scorer channel;
    /** The work of the last ranking, for another ranking of the same word (the wide one after the narrow). */
    private Memo last;

    /**
     * The weights of the score (tuned on the development half of the evaluation sets, see
     * {@code SpellingEvaluation}).
     *
     * @param frequency         per frequency class (0-25) of the candidate
     * @param sameSound         when the candidate's Double Metaphone primary code is the typed word's
     * @param sameFirst         when the first letters agree
     * @param sameLast          when the last letters agree
     * @param longer            per letter the candidate has beyond the typed word's length
     * @param properNoun        taken off a capitalised candidate of a lower-case typed word
     * @param apostropheOrSpace taken off a candidate with an apostrophe or a space
     * @param near              the best edit cost above which two-edit candidates are sought
     * @param far               the best edit cost above which words of nearby sound codes are sought
     * @param ruleCost          how much of the rules' edit cost still counts when the best
     *                          candidates are scored again with the learnt {@link ChannelModel}
     * @param channel           the weight of the channel model's cost (a natural logarithm) then
     * @param soundCap          how much costlier than the others a candidate with the typed word's
     *                          sound code may be and still be offered
     * @param soundClip         the most a candidate with the typed word's sound code is charged for
     *                          its spelling: a word spelt by ear ({@code beauro} for {@code bureau},
     *                          {@code hifine} for {@code hyphen}) is many letters but one sound away
     */
    record Weights(double frequency, double sameSound, double sameFirst, double sameLast, double longer,
                   double properNoun, double apostropheOrSpace, double near, double far,
                   double ruleCost, double channel, double soundCap, double soundClip) {
        static final Weights TUNED = new Weights(0.13, 0.8, 0.45, 0.2, 0.3, 0.8, 0.3, 0.7, 1.2, 0.7, 0.15, 1, 2.25);
    }

    /**
     * A suggester.
     *
     * @param cache rankings already made with the same dictionary and list, shared between runs
     *              (thread-safe map; filled up to {@link #MAX_CACHED} entries)
     */
    Suggester(Lookup lookup, KnownMisspellings known, Map<String, List<Suggestion>> cache) {
        this(lookup, known, cache, Weights.TUNED);
    }

    /** A suggester with other weights (for tuning them). */
    Suggester(Lookup lookup, KnownMisspellings known, Map<String, List<Suggestion>> cache, Weights weights) {
        this.weights = weights;
        this.channel = ChannelModel.shipped().new Scorer();
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
        return suggest(typed, false);
    }

    /**
     * Corrections, best first, cased like the typed word.
     *
     * @param wide whether to search further (two and three edits, nearby sound codes) even when a
     *             candidate a swap or a vowel away was found: several times slower, so only for a
     *             word reported as unknown to the dictionary, whose corrections an editor reads
     */
    List<Suggestion> suggest(String typed, boolean wide) {
        String key = wide ? WIDE_KEY + typed : typed;
        List<Suggestion> ranked = cache.get(key);
        if (ranked == null) {
            ranked = rank(typed, wide ? WIDE_NEAR : weights.near(), wide ? WIDE_FAR : weights.far());
            if (cache.size() < MAX_CACHED) {
                cache.put(key, ranked);
            }
        }
        return ranked;
    }

    private List<Suggestion> rank(String typed, double near, double far) {
        String lower = SpellingDictionary.lower(typed);
        String sound = soundOf(lower);
        Memo memo = last != null && last.typed.equals(typed) ? last : new Memo(typed);
        last = memo;
        Ranking ranking = new Ranking(typed, lower, sound, memo);
        ranking.addAll(known.corrections(lower));
        ranking.addAll(memo.candidates(0, () -> candidates(typed, lower, false)));
        if (ranking.bestCost > near) {
            ranking.addAll(memo.candidates(1, () -> candidates(typed, lower, true)));
        }
        if (sound.length() >= MIN_SAME_CODE) {
            ranking.addAll(lookup.soundAlikes(sound), Boolean.TRUE);
        }
        if (ranking.bestCost > far && sound.length() >= MIN_FUZZY_CODE) {
            ranking.addAll(memo.candidates(2, () -> lookup.nearSoundAlikes(sound, sound.length() > SHORT_CODE ? 2 : 1)),
                    Boolean.FALSE);
        }
        if (ranking.bestCost > near && lower.length() >= MIN_DISTANT && lower.equals(typed)) {
            ranking.addAll(memo.candidates(3, () -> lookup.distantCandidates(lower)));
        }
        List<Scored> scored = ranking.sorted();
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

    /**
     * What ranking one typed word found, kept so that a second ranking of it (a wide search after
     * the narrow one, {@link WordJudge}) only does the work the first did not: the candidate
     * searches, each candidate's score and its channel-model cost are the same in both, as each
     * depends only on the typed word and the candidate. Which searches run, and so which
     * candidates a ranking holds, still follows that ranking's own thresholds.
     */
    private static final class Memo {
        /** Marks a candidate scored as too far to offer. */
        private static final Scored TOO_FAR = new Scored("", 0, 0, 0, false);

        private final String typed;
        /** The lists of the searches, by {@link #candidates}'s number. */
        private final List<List<String>> searches = new ArrayList<>(Collections.nCopies(4, null));
        /** Scores by candidate, one map for each way of giving its sound: worked out, alike, not alike. */
        private final List<Map<String, Scored>> scores = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        private final Map<String, Double> channelCosts = new HashMap<>();

        Memo(String typed) {
            this.typed = typed;
        }

        /** Search {@code which}'s candidates, searched on first need. */
        List<String> candidates(int which, Supplier<List<String>> search) {
            List<String> found = searches.get(which);
            if (found == null) {
                found = search.get();
                searches.set(which, found);
            }
            return found;
        }

        Map<String, Scored> scores(Boolean sameSound) {
            return scores.get(sameSound == null ? 0 : sameSound ? 1 : 2);
        }
    }

    /** The candidates of one typed word, each scored once however many times it is offered. */
    private final class Ranking {
        private final String typed;
        private final String lower;
        private final String sound;
        private final double costCap;
        private final EditCost.Typed ready;
        /** What the list of misspellings gives for the typed word, looked up once for all candidates. */
        private final List<String> listed;
        private final Map<String, Scored> scored = new HashMap<>();
        private final Memo memo;
        private double bestCost = Double.MAX_VALUE;

        Ranking(String typed, String lower, String sound, Memo memo) {
            this.memo = memo;
            this.typed = typed;
            this.lower = lower;
            this.sound = sound;
            this.costCap = Math.max(MIN_COST_CAP, COST_CAP_PER_LETTER * lower.length());
            this.ready = new EditCost.Typed(lower);
            this.listed = known.corrections(lower);
        }

        void addAll(List<String> candidates) {
            addAll(candidates, null);
        }

        /**
         * Scores candidates not scored yet.
         *
         * @param sameSound whether they all have the typed word's sound code, or null to work it out
         */
        void addAll(List<String> candidates, Boolean sameSound) {
            Map<String, Scored> earlier = memo.scores(sameSound);
            for (String c : candidates) {
                if (c.isEmpty() || scored.containsKey(c)) {
                    continue;
                }
                String candLower = SpellingDictionary.lower(c);
                if (!candLower.equals(lower)) {
                    Scored s = earlier.get(c);
                    if (s == null) {
                        s = score(typed, lower, ready, listed, sound, sameSound, c, candLower, costCap);
                        earlier.put(c, s == null ? Memo.TOO_FAR : s);
                    } else if (s == Memo.TOO_FAR) {
                        s = null;
                    }
                    if (s != null) {
                        scored.put(c, s);
                        bestCost = Math.min(bestCost, s.cost);
                    }
                }
            }
        }

        /**
         * The candidates best first: all ranked by the rules' score, then the best
         * {@link #RESCORED} of them again with the learnt channel model (its cost is too slow to
         * work out for every candidate of every word, and it only reorders the head of the list).
         */
        List<Scored> sorted() {
            Comparator<Scored> order = Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.word);
            List<Scored> out = new ArrayList<>(scored.values());
            out.sort(order);
            int head = Math.min(RESCORED, out.size());
            for (int i = 0; i < head; i++) {
                Scored s = out.get(i);
                if (!s.listed) {
                    double cost = memo.channelCosts.computeIfAbsent(s.word,
                            w -> channel.cost(lower, SpellingDictionary.lower(w)));
                    out.set(i, s.rescored(weights.ruleCost(), weights.channel(), cost));
                }
            }
            out.subList(0, head).sort(order);
            return out;
        }
    }

    /** A candidate's score, or null when it is too far from the typed word to be offered. */
    private Scored score(String typed, String lower, EditCost.Typed ready, List<String> corrections, String sound,
                         Boolean sameSound, String candidate, String candLower, double costCap) {
        int listed = listedAt(corrections, candidate);
        if (listed >= 0) { // the maintained list's order, best first; its own casing before another
            double casing = corrections.get(listed).equals(candidate) ? 0 : 0.5;
            double cost = EditCost.between(lower, candLower);
            return new Scored(candidate, LISTED - listed - casing, cost, cost, true);
        }
        Weights w = weights;
        boolean alike = sameSound != null ? sameSound : !sound.isEmpty() && sound.equals(soundOf(candLower));
        double cap = alike ? costCap + w.soundCap() : costCap;
        double cost = EditCost.atMost(ready, candLower, cap);
        if (cost > cap) {
            return null;
        }
        double charged = alike ? Math.min(cost, w.soundClip()) : cost;
        double score = -charged + w.frequency() * lookup.frequency(candidate);
        if (alike) {
            score += w.sameSound();
        }
        if (candLower.charAt(0) == lower.charAt(0)) {
            score += w.sameFirst();
        }
        if (candLower.charAt(candLower.length() - 1) == lower.charAt(lower.length() - 1)) {
            score += w.sameLast();
        }
        score += w.longer() * Math.max(0, candLower.length() - lower.length());
        boolean typedLower = !Character.isUpperCase(typed.codePointAt(0));
        if (typedLower && Character.isUpperCase(candidate.codePointAt(0))) {
            score -= w.properNoun();
        }
        if (candidate.indexOf(' ') >= 0 || candidate.indexOf('\'') >= 0) {
            score -= w.apostropheOrSpace();
        }
        return new Scored(candidate, score, cost, charged, false);
    }

    /** The Double Metaphone code of a lower-case word ("" if none), remembered for this suggester's life. */
    private String soundOf(String lowerCaseWord) {
        return sounds.computeIfAbsent(lowerCaseWord, w -> {
            String code = metaphone.doubleMetaphone(w);
            return code == null ? "" : code;
        });
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

    /**
     * A scored candidate.
     *
     * @param cost    its edit cost from the typed word (what the finding reports)
     * @param charged the part of that cost the score counts (less for a sound-alike, see {@link Weights#soundClip})
     */
    private record Scored(String word, double score, double cost, double charged, boolean listed) {

        /** This candidate scored again with the learnt channel model in place of part of the rules' cost. */
        Scored rescored(double ruleCost, double channelWeight, double channelCost) {
            double rescored = score + (1 - ruleCost) * charged - channelWeight * channelCost;
            return new Scored(word, rescored, cost, charged, listed);
        }
    }
}
