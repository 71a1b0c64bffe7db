package dev.copydesk.core.checks.duplicate;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * How much of the shorter of two word sequences aligns, in order, with the other: the words of the
 * longest common subsequence (java-diff-utils' Myers diff) that sit in aligned runs of at least
 * {@link #MIN_RUN} words, over the shorter length. Lone matching words ("the", "of") are not evidence
 * of copying; runs are. Sequences longer than
 * {@link #MAX_WORDS} are not aligned (coverage 0): Myers' cost grows with length times differences.
 */
final class WordAlignment {
    static final int MAX_WORDS = 5_000;
    static final int MIN_RUN = 2;

    private WordAlignment() {
    }

    static double coverage(long[] a, long[] b) {
        int shorter = Math.min(a.length, b.length);
        if (shorter == 0 || Math.max(a.length, b.length) > MAX_WORDS) {
            return 0.0;
        }
        int aligned = 0;
        int position = 0;
        for (AbstractDelta<Long> delta : DiffUtils.diff(boxed(a), boxed(b)).getDeltas()) {
            aligned += run(delta.getTarget().getPosition() - position);
            position = delta.getTarget().getPosition() + delta.getTarget().size();
        }
        aligned += run(b.length - position);
        return (double) aligned / shorter;
    }

    private static int run(int length) {
        return length >= MIN_RUN ? length : 0;
    }

    private static List<Long> boxed(long[] words) {
        List<Long> out = new ArrayList<>(words.length);
        for (long w : words) {
            out.add(w);
        }
        return out;
    }
}
