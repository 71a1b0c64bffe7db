package dev.copydesk.core.checks.casing;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.PhraseIndex;
import dev.copydesk.core.corpus.TermIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Multi-word names with a word lower-cased ({@code Syrian Observatory for Human rights},
 * {@code World Today news}) against the dominant form of the name or the house style. The deviant
 * form must keep a capital (an all-lower-case {@code human rights} is the common phrase). Runs
 * before the single-word rule, which skips the occurrences reported here; a lowered word whose
 * capital changes its meaning ({@code Turkey}) caps the confidence at INFO.
 */
final class PhraseCasing {
    private static final int MIN_COUNT = 2;
    private static final double MEANINGFUL_CONFIDENCE = 0.6;

    private final Set<String> meaningful;

    PhraseCasing(Set<String> meaningful) {
        this.meaningful = meaningful;
    }

    List<Finding> run(Corpus corpus, CheckContext context, Map<String, String> houseStyle, Set<Long> reported) {
        List<Finding> out = new ArrayList<>();
        for (PhraseIndex.Phrase phrase : corpus.phrases().phrases()) {
            String house = houseStyle.get(phrase.key());
            String preferred = house != null ? house : dominant(phrase);
            if (preferred == null) {
                continue;
            }
            TermIndex.Form pref = phrase.forms().get(preferred);
            int count = pref == null ? 0 : pref.count();
            List<Long> deviant = new ArrayList<>();
            for (TermIndex.Form form : phrase.forms().values()) {
                if (!form.text().equals(preferred) && lowersAName(form.text(), preferred, house != null)) {
                    for (long o : form.occurrences()) {
                        deviant.add(o);
                    }
                }
            }
            if (deviant.isEmpty() || house == null && (count < MIN_COUNT || count <= deviant.size())) {
                continue;
            }
            long[] occurrences = deviant.stream().mapToLong(Long::longValue).sorted().toArray();
            markReported(occurrences, phrase.words(), reported);
            double confidence = house != null ? 0.95 : CasingFindings.fromCounts(count, deviant.size());
            if (house == null && lowersMeaningful(phrase.forms(), preferred)) {
                confidence = Math.min(confidence, MEANINGFUL_CONFIDENCE);
            }
            out.add(CasingFindings.of(corpus, context, phrase.key(), phrase.words(), phrase.forms(), preferred,
                    occurrences, confidence));
        }
        return out;
    }

    /** The most frequent form, or null on a tie. */
    private static String dominant(PhraseIndex.Phrase phrase) {
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        for (TermIndex.Form f : phrase.forms().values()) {
            if (f.count() > bestCount) {
                best = f.text();
                bestCount = f.count();
                tie = false;
            } else if (f.count() == bestCount) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** Whether the form writes in lower case a word the preferred form capitalises, keeping a capital elsewhere. */
    private static boolean lowersAName(String form, String preferred, boolean houseStyle) {
        String[] f = form.split(" ");
        String[] p = preferred.split(" ");
        if (f.length != p.length) {
            return false;
        }
        boolean lowered = false;
        boolean keepsCapital = false;
        for (int k = 0; k < f.length; k++) {
            lowered |= !f[k].equals(p[k]) && (Casings.isLower(f[k]) || houseStyle) && !Casings.isLower(p[k]);
            keepsCapital |= Casings.hasCapital(f[k]);
        }
        return lowered && keepsCapital;
    }

    private static void markReported(long[] occurrences, int words, Set<Long> reported) {
        for (long o : occurrences) {
            for (int k = 0; k < words; k++) {
                reported.add(o + k);
            }
        }
    }

    /** Whether a deviant form lowers a word whose capital changes its meaning ({@code Turkey}). */
    private boolean lowersMeaningful(Map<String, TermIndex.Form> forms, String preferred) {
        String[] p = preferred.split(" ");
        for (String form : forms.keySet()) {
            String[] f = form.split(" ");
            for (int k = 0; k < f.length && f.length == p.length; k++) {
                if (!f[k].equals(p[k]) && meaningful.contains(f[k])) {
                    return true;
                }
            }
        }
        return false;
    }
}
