package dev.copydesk.core.checks.casing;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.TermIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
        folded(corpus.terms()).forEach((key, forms) -> {
            if (forms.size() >= 2 || houseStyle.containsKey(key)) {
                check(corpus, context, new Term(key, forms), houseStyle.get(key), out::add, reported);
            }
        });
        return out;
    }

    /** A word with its forms, possessives folded in. */
    private record Term(String key, Map<String, TermIndex.Form> forms) {
    }

    /**
     * The terms keyed without a possessive ending, so {@code thuringia’s} is compared with
     * {@code Thuringia}; sorted by key.
     */
    private static Map<String, Map<String, TermIndex.Form>> folded(TermIndex index) {
        Map<String, Map<String, List<TermIndex.Form>>> parts = new TreeMap<>();
        for (TermIndex.Term t : index.terms()) {
            Map<String, List<TermIndex.Form>> forms = parts.computeIfAbsent(Casings.withoutPossessive(t.key()),
                    k -> new TreeMap<>());
            t.forms().values().forEach(f -> forms.computeIfAbsent(Casings.withoutPossessive(f.text()), k -> new ArrayList<>())
                    .add(f));
        }
        Map<String, Map<String, TermIndex.Form>> out = new TreeMap<>();
        parts.forEach((key, forms) -> {
            Map<String, TermIndex.Form> merged = new TreeMap<>();
            forms.forEach((text, list) -> merged.put(text, merge(text, list)));
            out.put(key, merged);
        });
        return out;
    }

    private static TermIndex.Form merge(String text, List<TermIndex.Form> forms) {
        if (forms.size() == 1 && forms.get(0).text().equals(text)) {
            return forms.get(0);
        }
        long[] occurrences = forms.stream().flatMapToLong(f -> Arrays.stream(f.occurrences())).sorted().toArray();
        return new TermIndex.Form(text, occurrences.length, forms.stream().mapToInt(TermIndex.Form::neutralCount).sum(),
                occurrences);
    }

    private void check(Corpus corpus, CheckContext context, Term term, String house,
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
    private String dictionaryForm(Term term) {
        if (data.lexicon().knows(term.key())) {
            return null;
        }
        return term.forms().keySet().stream()
                .filter(f -> Casings.hasCapital(f) && !Casings.isBrokenCaps(f) && data.lexicon().knows(f))
                .max(Comparator.comparingInt((String f) -> term.forms().get(f).count())
                        .thenComparing(Comparator.reverseOrder()))
                .orElse(null);
    }

    /** The form with the most occurrences where a capital is evidence; null on a tie. */
    private static String dominant(Term term) {
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
