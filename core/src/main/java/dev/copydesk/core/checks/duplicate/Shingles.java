package dev.copydesk.core.checks.duplicate;

import java.util.Arrays;

/**
 * Word shingles as sorted, distinct 32-bit hashes, and the exact overlap of two such sets.
 * A paragraph shorter than the shingle size is one shingle of all its words.
 */
final class Shingles {
    private Shingles() {
    }

    /** The distinct hashes of the {@code size}-word shingles of a word sequence, sorted. */
    static int[] of(long[] words, int size) {
        if (words.length == 0) {
            return new int[0];
        }
        int count = Math.max(1, words.length - size + 1);
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            long h = 0x9e3779b97f4a7c15L;
            for (int j = i; j < Math.min(words.length, i + size); j++) {
                h = Mix.mix64(h ^ words[j]);
            }
            out[i] = (int) (h ^ (h >>> 32));
        }
        Arrays.sort(out);
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[n++] = out[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** How many hashes two sorted distinct sets share. */
    static int overlap(int[] a, int[] b) {
        return overlap(a, b, 0);
    }

    /**
     * How many hashes two sorted distinct sets share, or some smaller count below {@code need} as soon
     * as the rest of the sets cannot bring it up to {@code need} (most candidate pairs stop early).
     * The merge step is written without data-dependent branches, which mispredict on random hashes.
     */
    static int overlap(int[] a, int[] b, int need) {
        int i = 0;
        int j = 0;
        int shared = 0;
        int na = a.length;
        int nb = b.length;
        while (i < na && j < nb) {
            int x = a[i];
            int y = b[j];
            shared += x == y ? 1 : 0;
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
            if (shared + Math.min(na - i, nb - j) < need) {
                return shared;
            }
        }
        return shared;
    }
}
