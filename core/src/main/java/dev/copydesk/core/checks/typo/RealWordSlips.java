package dev.copydesk.core.checks.typo;

import dev.copydesk.core.check.Severity;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.Occurrence;
import dev.copydesk.core.corpus.TermIndex;
import dev.copydesk.core.corpus.TermIndex.Form;
import dev.copydesk.core.model.Word;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Real-word slips that the corpus gives away: a dictionary word one swap of neighbours or one
 * doubled or undoubled letter from another ({@code Toady} and {@code Today}, {@code three} and
 * {@code there}, {@code Untied} and {@code United}) is reported where it stands between the same
 * two words as the other does at least {@code minCount} times and {@code ratio} times as often as
 * it does itself ({@code World Toady News} beside five hundred {@code World Today News}). No
 * dictionary can tell such a slip, and a word alone proves nothing, so only the same
 * neighbours on both sides count, and only between words of both dialects ({@code theatre} and
 * {@code theater} are spellings, not slips). Its cost is one pass over the occurrences of the few
 * forms that have such a neighbour, and of those neighbours.
 */
final class RealWordSlips {
    private static final int MIN_LENGTH = 4;
    /**
     * How many times the magnet ratio a real-word slip's correction must outnumber it between the
     * same words: both are words, so a word used a few times where another is used more is as
     * likely meant ({@code the framers of} 4 times beside {@code the farmers of} 12 times, in
     * the State of the Union addresses), and it takes more evidence than a non-word's magnet.
     */
    private static final int RATIO_FACTOR = 2;

    private final Corpus corpus;
    private final CorpusNames names;
    private final Predicate<String> inBothDialects;
    private final int minCount;
    private final int ratio;
    /** The neighbours around each close word's occurrences, counted once however many forms it is close to. */
    private final Map<TermIndex.Term, Map<String, Integer>> around = new IdentityHashMap<>();

    /**
     * The slips of one corpus.
     *
     * @param inBothDialects whether both dialects' dictionaries have a word
     * @param ratio          the corpus magnets' ratio; a slip needs {@link #RATIO_FACTOR} times it
     */
    RealWordSlips(Corpus corpus, CorpusNames names, Predicate<String> inBothDialects, int minCount, int ratio) {
        this.corpus = corpus;
        this.names = names;
        this.inBothDialects = inBothDialects;
        this.minCount = minCount;
        this.ratio = RATIO_FACTOR * ratio;
    }

    /**
     * A verdict for each occurrence of a form that is a slip where it stands, in the order of the
     * occurrences, or an empty map.
     */
    SortedMap<Long, WordJudge.Verdict> of(Form form) {
        String text = form.text();
        if (text.length() < MIN_LENGTH || !plain(text)) {
            return Collections.emptySortedMap();
        }
        List<String> close = names.closeWords(text);
        if (close.isEmpty() || !inBothDialects.test(text)) {
            return Collections.emptySortedMap();
        }
        SortedMap<Long, WordJudge.Verdict> out = new TreeMap<>();
        String[] contexts = null;
        Map<String, Integer> own = null;
        for (String other : close) {
            TermIndex.Term term = corpus.terms().termOf(other);
            if (term == null || !inBothDialects.test(other)) {
                continue;
            }
            if (contexts == null) {
                contexts = contextsOf(form.occurrences());
                own = count(contexts, new HashMap<>());
            }
            Map<String, Integer> theirs = around.computeIfAbsent(term, this::aroundTerm);
            String correction = casedLike(text, other);
            for (int k = 0; k < contexts.length; k++) {
                String context = contexts[k];
                int n = context == null ? 0 : theirs.getOrDefault(context, 0);
                long occurrence = form.occurrences()[k];
                if (n >= Math.max(minCount, ratio * own.getOrDefault(context, 0)) && !out.containsKey(occurrence)) {
                    out.put(occurrence, new WordJudge.Verdict(Severity.WARNING, 0.85,
                            "the corpus has '" + correction + "' between the same words " + n + " times",
                            List.of(correction), true));
                }
            }
        }
        return out;
    }

    /**
     * The correction cased like the typed word: capitalised for a capitalised one ({@code Toady},
     * {@code Today}), in lower case for a lower-case one unless only its capitalised form is a word
     * ({@code three}, {@code there}, though {@code There} starts more sentences).
     */
    private String casedLike(String typed, String correction) {
        if (Character.isUpperCase(typed.codePointAt(0))) {
            return SpellingDictionary.capitalise(correction);
        }
        String lower = SpellingDictionary.lower(correction);
        return inBothDialects.test(lower) ? lower : correction;
    }

    /** How often each pair of neighbours stands around the occurrences of a term, in all its forms. */
    private Map<String, Integer> aroundTerm(TermIndex.Term term) {
        Map<String, Integer> counts = new HashMap<>();
        for (Form f : term.forms().values()) {
            count(contextsOf(f.occurrences()), counts);
        }
        return counts;
    }

    /** The pair of neighbours around each of some occurrences ({@link #context}), in their order. */
    private String[] contextsOf(long[] occurrences) {
        String[] out = new String[occurrences.length];
        for (int k = 0; k < occurrences.length; k++) {
            out[k] = context(occurrences[k]);
        }
        return out;
    }

    /** Adds how often each pair of neighbours occurs among some to {@code counts}, block ends (nulls) left out. */
    private static Map<String, Integer> count(String[] contexts, Map<String, Integer> counts) {
        for (String context : contexts) {
            if (context != null) {
                counts.merge(context, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The words before and after an occurrence, in lower case, or null at either end of its block. */
    private String context(long occurrence) {
        List<Word> words = corpus.block(occurrence).words();
        int i = Occurrence.word(occurrence);
        if (i == 0 || i + 1 >= words.size()) {
            return null;
        }
        return SpellingDictionary.lower(words.get(i - 1).text()) + '\u0001'
                + SpellingDictionary.lower(words.get(i + 1).text());
    }

    /** Whether a word is all lower case, or capitalised with the rest in lower case, and ASCII letters only. */
    private static boolean plain(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || i == 0 && c >= 'A' && c <= 'Z';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
