package dev.copydesk.core.checks.casing;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.Lexicon;
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
 * capital changes its meaning ({@code Turkey}) caps the confidence at INFO. A name seen once in
 * each casing is flagged when the lowered word is a common word ({@code Social Democratic party}):
 * the form with more capitals is the name's.
 */
final class PhraseCasing {
    private static final int MIN_COUNT = 1;
    private static final double MEANINGFUL_CONFIDENCE = 0.6;

    private final Set<String> meaningful;
    private final Lexicon lexicon;

    PhraseCasing(Set<String> meaningful, Lexicon lexicon) {
        this.meaningful = meaningful;
        this.lexicon = lexicon;
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
            if (house == null && pref != null && onlyAsTitles(corpus, pref, phrase.words())) {
                continue;
            }
            int count = pref == null ? 0 : pref.count();
            List<Long> deviant = new ArrayList<>();
            for (TermIndex.Form form : phrase.forms().values()) {
                if (!form.text().equals(preferred) && lowersAName(form.text(), preferred, house != null)
                        && (house != null || !onlyTheFirstWordDiffers(form.text(), preferred)
                        || pref != null && pref.casingEvidence() > form.count())) {
                    for (long o : form.occurrences()) {
                        deviant.add(o);
                    }
                }
            }
            if (deviant.isEmpty() || house == null && (count < MIN_COUNT || count < deviant.size()
                    || count == deviant.size() && !lowersAWord(phrase.forms(), preferred))) {
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

    /**
     * The most frequent form; on a tie the one with more capitalised words (a name capitalises
     * its words: {@code Czech Republic} over {@code Czech republic}); null if that ties too.
     */
    private static String dominant(PhraseIndex.Phrase phrase) {
        String best = null;
        long bestScore = -1;
        boolean tie = false;
        for (TermIndex.Form f : phrase.forms().values()) {
            long score = f.count() * 100L + capitals(f.text());
            if (score > bestScore) {
                best = f.text();
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static int capitals(String form) {
        int n = 0;
        for (String w : form.split(" ")) {
            n += Casings.hasCapital(w) ? 1 : 0;
        }
        return n;
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

    /**
     * Whether two forms differ in their first word alone ({@code our Federal Government} against
     * {@code Our Federal Government}). A capital there is evidence only where the phrase does not
     * start a sentence, so such a form is flagged only when the preferred form is written so
     * mid-sentence more often than the deviant form is written at all: otherwise {@code Last May}
     * at a sentence start against {@code last May} made a finding.
     */
    private static boolean onlyTheFirstWordDiffers(String form, String preferred) {
        int space = form.indexOf(' ');
        return space > 0 && preferred.indexOf(' ') == space && form.substring(space).equals(preferred.substring(space));
    }

    /**
     * Whether a form is written only as a title: each of its occurrences is a block of its own
     * (an entry of a table of contents, a caption, a label: {@code Key Functions} linking to its
     * section). Titles capitalise their words by style, so such a form is no evidence that the
     * prose lowers a name ({@code Key functions need not depend ...} at a sentence start); a
     * heading's own words never reach the phrase index.
     */
    private static boolean onlyAsTitles(Corpus corpus, TermIndex.Form form, int words) {
        for (long o : form.occurrences()) {
            if (corpus.block(o).words().size() != words) {
                return false;
            }
        }
        return form.occurrences().length > 0;
    }

    private static void markReported(long[] occurrences, int words, Set<Long> reported) {
        for (long o : occurrences) {
            for (int k = 0; k < words; k++) {
                reported.add(o + k);
            }
        }
    }

    /**
     * On a tie, whether a deviant form lowers a common word ({@code party}, {@code republic}); a
     * lowered name ({@code hassan}) is left to the single-word rule, which has more evidence.
     */
    private boolean lowersAWord(Map<String, TermIndex.Form> forms, String preferred) {
        String[] p = preferred.split(" ");
        for (String form : forms.keySet()) {
            String[] f = form.split(" ");
            for (int k = 0; k < f.length && f.length == p.length; k++) {
                if (!f[k].equals(p[k]) && Casings.isLower(f[k]) && lexicon.knows(f[k])) {
                    return true;
                }
            }
        }
        return false;
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
