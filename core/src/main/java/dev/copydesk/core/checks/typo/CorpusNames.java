package dev.copydesk.core.checks.typo;

import dev.copydesk.core.corpus.TermIndex.Form;
import dev.copydesk.core.corpus.TermIndex.Term;
import dev.copydesk.core.corpus.TermIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the corpus says about words the dictionary lacks. A word written with a capital in the
 * middle of a sentence is used as a name; a name that is frequent in the corpus is a magnet for
 * its rare misspellings ({@code Damscus} beside ten {@code Damascus}). Frequent terms are indexed
 * by their single-deletion variants, so finding the magnet of a word costs a few hash lookups,
 * never a comparison with every term.
 */
final class CorpusNames {
    private static final int MIN_LENGTH = 4;

    private final TermIndex terms;
    private final int minCount;
    private final int ratio;
    private final Map<String, List<Term>> byDeletion = new HashMap<>();

    CorpusNames(TermIndex terms, int minCount, int ratio) {
        this.terms = terms;
        this.minCount = minCount;
        this.ratio = ratio;
        for (Term t : terms.terms()) {
            if (isName(t) && t.key().length() >= MIN_LENGTH) {
                for (String v : deletions(t.key())) {
                    byDeletion.computeIfAbsent(v, k -> new ArrayList<>(1)).add(t);
                }
            }
        }
    }

    /**
     * Whether a term is a frequent name: written capitalised in the middle of a sentence at least
     * {@code minCount} times, and more often so than in lower case.
     */
    private boolean isName(Term t) {
        int capital = 0;
        int lower = 0;
        for (Form f : t.forms().values()) {
            if (Character.isUpperCase(f.text().codePointAt(0))) {
                capital += f.casingEvidence();
            } else {
                lower += f.count();
            }
        }
        return capital >= minCount && capital > lower;
    }

    /** Whether the term of a word is written capitalised mid-sentence somewhere in the corpus. */
    boolean usedAsName(String word) {
        Term t = terms.termOf(word);
        if (t == null) {
            return false;
        }
        for (Form f : t.forms().values()) {
            if (Character.isUpperCase(f.text().codePointAt(0)) && f.casingEvidence() > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The most frequent form of a corpus name (written capitalised mid-sentence at least
     * {@code minCount} times) within one edit of the word and at least
     * {@code ratio} times as frequent, or null.
     */
    String magnetOf(String word) {
        String key = TermIndex.key(word);
        Term self = terms.term(key);
        int own = self == null ? 1 : self.count();
        Term best = null;
        for (String v : deletions(key)) {
            for (Term t : byDeletion.getOrDefault(v, List.of())) {
                if (!t.key().equals(key) && t.count() >= Math.max(minCount, own * ratio)
                        && EditCost.atMost(key, t.key(), 1.0) <= 1.0
                        && (best == null || t.count() > best.count()
                        || t.count() == best.count() && t.key().compareTo(best.key()) < 0)) {
                    best = t;
                }
            }
        }
        return best == null ? null : dominantForm(best);
    }

    private static String dominantForm(Term t) {
        Form best = null;
        for (Form f : t.forms().values()) {
            if (best == null || f.count() > best.count()) {
                best = f;
            }
        }
        return best.text();
    }

    /** The word itself and every string one deletion away from it. */
    private static List<String> deletions(String key) {
        List<String> out = new ArrayList<>(key.length() + 1);
        out.add(key);
        for (int i = 0; i < key.length(); i++) {
            out.add(key.substring(0, i) + key.substring(i + 1));
        }
        return out;
    }
}
