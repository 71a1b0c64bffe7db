package dev.copydesk.bench.duplicate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The longest run of words two texts share verbatim, after lower-casing, dropping punctuation and
 * joining hyphenated words ({@code sub-problem} = {@code subproblem}). It is the evaluation's
 * independent evidence of copying, used to audit labels, never by the check: a run of
 * {@link #EVIDENCE} words or more is not written twice by chance, and a near copy shares one with
 * its source. Quadratic in the texts' lengths, which is fine for answers of a few hundred words.
 *
 * @param length how many words the run has
 * @param words  the run itself
 */
record VerbatimRun(int length, String words) {
    /** A run this long is taken as proof that one text copied the other, or both a third. */
    static final int EVIDENCE = 10;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The longest shared run of two texts (the first one found when there are several). */
    static VerbatimRun between(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        int[] previous = new int[y.size() + 1];
        int[] current = new int[y.size() + 1];
        int best = 0;
        int end = 0;
        for (int i = 1; i <= x.size(); i++) {
            for (int j = 1; j <= y.size(); j++) {
                current[j] = x.get(i - 1).equals(y.get(j - 1)) ? previous[j - 1] + 1 : 0;
                if (current[j] > best) {
                    best = current[j];
                    end = i;
                }
            }
            int[] t = previous;
            previous = current;
            current = t;
            Arrays.fill(current, 0);
        }
        return new VerbatimRun(best, String.join(" ", x.subList(end - best, end)));
    }

    /** Whether the run is long enough to be evidence of copying. */
    boolean isEvidence() {
        return length >= EVIDENCE;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replaceAll("[-\u2010\u2011]", ""));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
