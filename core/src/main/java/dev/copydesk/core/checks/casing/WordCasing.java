package dev.copydesk.core.checks.casing;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.TermIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Single words written with different capitals: a name ({@code Syrian}) somewhere in lower case
 * ({@code syrian}) or with a shift slip ({@code DAmascus}), against the dominant form counted only
 * where a capital is evidence, or against the house style. A capitalised form of a lower-case word
 * ({@code the Bank}, {@code Ministry}) and an acronym against a word ({@code US}/{@code us}) are
 * never flagged. When the lower-case form is a word of its own ({@code turkey}, {@code news}) a single
 * word is no evidence: only a repeated name ({@link PhraseCasing}) or the house style flags it.
 * Occurrences already reported inside a name are skipped.
 */
final class WordCasing {
    private static final int MIN_EVIDENCE = 2;
    private static final double DICTIONARY_CONFIDENCE = 0.75;

    private final CasingData data;

    WordCasing(CasingData data) {
        this.data = data;
    }

    List<Finding> run(Corpus corpus, CheckContext context, Map<String, String> houseStyle, Set<Long> reported) {
        List<Finding> out = new ArrayList<>();
        List<TermIndex.Term> terms = new ArrayList<>(corpus.terms().terms());
        terms.sort(Comparator.comparing(TermIndex.Term::key));
        for (TermIndex.Term term : terms) {
            if (term.forms().size() < 2 && !houseStyle.containsKey(term.key())) {
                continue;
            }
            check(corpus, context, term, houseStyle.get(term.key()), out::add, reported);
        }
        return out;
    }

    private void check(Corpus corpus, CheckContext context, TermIndex.Term term, String house,
                       Consumer<Finding> out, Set<Long> reported) {
        String preferred = house != null ? house : dominant(term);
        boolean fromDictionary = false;
        if (house == null && (preferred == null || Casings.isLower(preferred))) {
            preferred = dictionaryForm(term);
            fromDictionary = preferred != null;
        }
        if (preferred == null || house == null && (!Casings.hasCapital(preferred) || data.brands().contains(term.key())
                && !data.brands().contains(preferred))) {
            return;
        }
        TermIndex.Form pref = term.forms().get(preferred);
        int evidence = pref == null ? 0 : pref.casingEvidence();
        List<Long> deviant = new ArrayList<>();
        for (TermIndex.Form form : term.forms().values()) {
            if (form.text().equals(preferred) || house == null && !isSlip(form.text(), preferred)) {
                continue;
            }
            for (long o : form.occurrences()) {
                if (!reported.contains(o) && !corpus.neutral(o)) {
                    deviant.add(o);
                }
            }
        }
        if (deviant.isEmpty()) {
            return;
        }
        double confidence;
        if (house != null) {
            confidence = 0.95;
        } else if (data.ambiguous(term.key())) {
            return;
        } else if (fromDictionary) {
            confidence = DICTIONARY_CONFIDENCE;
        } else {
            if (evidence < MIN_EVIDENCE || evidence <= deviant.size()) {
                return;
            }
            confidence = CasingFindings.fromCounts(evidence, deviant.size())
                    + (data.lexicon().knows(preferred) ? 0.03 : 0);
        }
        long[] occurrences = deviant.stream().mapToLong(Long::longValue).sorted().toArray();
        for (long o : occurrences) {
            reported.add(o);
        }
        out.accept(CasingFindings.of(corpus, context, term.key(), 1, term.forms(), preferred, occurrences,
                Math.min(0.98, confidence)));
    }

    /** A lower-case or shift-slip writing of a capitalised name. */
    private static boolean isSlip(String form, String preferred) {
        return Casings.isLower(form) || Casings.isBrokenCaps(form) && !Casings.isBrokenCaps(preferred);
    }

    /**
     * With no dominant capitalised form: the capitalised form the corpus uses (even at sentence
     * starts only) when the dictionary knows it and does not know the lower-case word; else null.
     */
    private String dictionaryForm(TermIndex.Term term) {
        if (data.lexicon().knows(term.key())) {
            return null;
        }
        return term.forms().keySet().stream()
                .filter(f -> Casings.hasCapital(f) && !Casings.isBrokenCaps(f) && data.lexicon().knows(f))
                .max(java.util.Comparator.comparingInt((String f) -> term.forms().get(f).count())
                        .thenComparing(java.util.Comparator.reverseOrder()))
                .orElse(null);
    }

    /** The form with the most occurrences where a capital is evidence; null on a tie. */
    private static String dominant(TermIndex.Term term) {
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        for (TermIndex.Form f : term.forms().values()) {
            int n = f.casingEvidence();
            if (n > bestCount) {
                best = f.text();
                bestCount = n;
                tie = false;
            } else if (n == bestCount && n > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
