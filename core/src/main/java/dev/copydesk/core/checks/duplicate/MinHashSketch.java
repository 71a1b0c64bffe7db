package dev.copydesk.core.checks.duplicate;

import java.util.Arrays;

/**
 * One-permutation MinHash (Li, Owen and Zhang 2012) with optimal densification (Shrivastava 2017):
 * each shingle is hashed once and kept if it is the smallest of its bin, so a signature of
 * {@code bands * rows} values costs one hash per shingle, not one per shingle and value. Empty bins
 * borrow the value of a bin chosen by a fixed hash sequence, which keeps the collision probability of
 * every bin equal to the Jaccard similarity. The signature is folded into one key per band.
 */
final class MinHashSketch {
    private static final long EMPTY = -1;
    private static final long BORROWED = 1L << 40;

    private final int bands;
    private final int rows;

    MinHashSketch(int bands, int rows) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be positive");
        }
        this.bands = bands;
        this.rows = rows;
    }

    int bands() {
        return bands;
    }

    /** The band keys of a shingle set (one key per band); equal sets, equal keys. */
    long[] bandKeys(int[] shingles) {
        int bins = bands * rows;
        long[] values = new long[bins];
        Arrays.fill(values, EMPTY);
        for (int s : shingles) {
            long h = Mix.mix64(s);
            int bin = (int) Long.remainderUnsigned(h >>> 32, bins);
            long value = h & 0xffffffffL;
            if (values[bin] == EMPTY || value < values[bin]) {
                values[bin] = value;
            }
        }
        densify(values);
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long k = b;
            for (int r = 0; r < rows; r++) {
                k = Mix.mix64(k * 31 + values[b * rows + r]);
            }
            keys[b] = k;
        }
        return keys;
    }

    private static void densify(long[] values) {
        int bins = values.length;
        for (int bin = 0; bin < bins; bin++) {
            if (values[bin] != EMPTY) {
                continue;
            }
            long probe = bin;
            for (int attempt = 1; attempt <= 64 * bins; attempt++) {
                probe = Mix.mix64(probe * 0x632be59bd9b4e019L + attempt);
                int from = (int) Long.remainderUnsigned(probe, bins);
                if (values[from] != EMPTY && values[from] < BORROWED) {
                    values[bin] = values[from] | BORROWED;
                    break;
                }
            }
        }
    }
}
