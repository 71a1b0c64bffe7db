package dev.copydesk.core.checks.casing;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Related;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.Occurrence;
import dev.copydesk.core.corpus.TermIndex;
import dev.copydesk.core.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a term with a preferred form and its deviant occurrences into one finding. */
final class CasingFindings {
    /** Below this confidence a finding is reported at INFO. */
    static final double CONFIDENT = 0.7;

    private CasingFindings() {
    }

    /**
     * One finding for a term or name, located at the first deviant occurrence.
     *
     * @param words      how many words the term has (1 for a word)
     * @param forms      every form of the term
     * @param preferred  the form to use
     * @param deviant    packed occurrences written against the preferred form, in corpus order
     */
    static Finding of(Corpus corpus, CheckContext context, String key, int words, Map<String, TermIndex.Form> forms,
                      String preferred, long[] deviant, double confidence) {
        Location first = corpus.location(deviant[0], words);
        String subject = text(corpus, deviant[0], words);
        List<Related> related = new ArrayList<>();
        for (int i = 1; i < deviant.length; i++) {
            related.add(new Related(corpus.location(deviant[i], words), text(corpus, deviant[i], words),
                    "also written against '" + preferred + "'"));
        }
        List<Evidence.FormCount> counts = new ArrayList<>();
        TermIndex.Form pref = forms.get(preferred);
        counts.add(count(corpus, preferred, pref == null ? new long[0] : pref.occurrences(), words));
        forms.forEach((text, form) -> {
            if (!text.equals(preferred)) {
                counts.add(count(corpus, text, form.occurrences(), words));
            }
        });
        int preferredCount = pref == null ? 0 : pref.count();
        String message = "Inconsistent casing: '" + subject + "' (elsewhere '" + preferred + "', " + preferredCount
                + " to " + deviant.length + ")";
        return new Finding(context.info().id(), severity(context, confidence), confidence, first, message, subject,
                List.of(suggestion(subject, preferred, corpus.positions(deviant[0]).neutral(Occurrence.word(deviant[0])))),
                related, new Evidence.Forms("casing", preferred, counts), key);
    }

    /**
     * The preferred form as a replacement for the subject: where the subject starts a sentence (or
     * another place where a capital says nothing), with its capital first letter kept, so
     * {@code This nation} there becomes {@code This Nation}, not {@code this Nation}.
     */
    static String suggestion(String subject, String preferred, boolean neutral) {
        return neutral && !subject.isEmpty() && !preferred.isEmpty() && Character.isUpperCase(subject.codePointAt(0))
                && Character.isLowerCase(preferred.codePointAt(0)) ? Casings.capitalise(preferred) : preferred;
    }

    static Severity severity(CheckContext context, double confidence) {
        return confidence >= CONFIDENT ? context.info().defaultSeverity() : Severity.INFO;
    }

    private static Evidence.FormCount count(Corpus corpus, String form, long[] occurrences, int words) {
        return new Evidence.FormCount(form, occurrences.length, corpus.documentIds(occurrences),
                corpus.locations(occurrences, words));
    }

    /** The words at an occurrence as written, joined by single spaces. */
    static String text(Corpus corpus, long occurrence, int words) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < words; k++) {
            sb.append(k > 0 ? " " : "").append(corpus.word(occurrence + k).text());
        }
        return sb.toString();
    }

    /** Confidence from how far the preferred form outnumbers the deviant ones. */
    static double fromCounts(int preferred, int deviant) {
        double ratio = preferred / (double) (preferred + deviant);
        return Math.min(0.95, 0.5 + 0.45 * ratio);
    }
}
