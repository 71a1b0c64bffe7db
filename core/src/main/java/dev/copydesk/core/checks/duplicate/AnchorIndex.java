package dev.copydesk.core.checks.duplicate;

import java.util.Arrays;

/**
 * An exact index over a deterministic sample of the shingles (anchors), beside LSH: a shingle is an
 * anchor when its mixed hash is in the lowest 1/{@code sample} of the range, so two paragraphs that share a stretch
 * of text share its anchors whatever else differs (MinHash, by contrast, only sees a few minimum
 * values and can miss a pair whose overall Jaccard is low although a long passage is copied). The
 * (anchor, paragraph) postings are packed into longs and sorted once; every pair of paragraphs in a
 * run of equal anchors is a candidate. Anchors with more than {@code maxPostings} paragraphs are
 * common phrases and skipped, so the pairs stay near-linear in the number of paragraphs; a pair
 * must share at least {@code minShared} anchors to be emitted, each pair once.
 */
final class AnchorIndex {
    private final long threshold;
    private final int maxPostings;
    private final int minShared;

    AnchorIndex(int sample, int maxPostings, int minShared) {
        if (sample < 1 || maxPostings < 2 || minShared < 1) {
            throw new IllegalArgumentException("anchor index: out of range");
        }
        this.threshold = (1L << 32) / sample;
        this.maxPostings = maxPostings;
        this.minShared = minShared;
    }

    /** Whether a shingle hash is an anchor: its mixed value falls in the lowest 1/{@code sample} of the range. */
    boolean isAnchor(int shingle) {
        return (Mix.mix64(shingle ^ 0x5bd1e995L) & 0xffffffffL) < threshold;
    }

    /**
     * The candidate pairs among {@code sets} (sorted shingle hashes, one array per item), packed as
     * {@code a << 32 | b} with {@code a < b}, sorted and distinct.
     */
    long[] candidates(int[][] sets) {
        int postings = 0;
        for (int[] set : sets) {
            for (int s : set) {
                postings += isAnchor(s) ? 1 : 0;
            }
        }
        long[] packed = new long[postings];
        int n = 0;
        for (int item = 0; item < sets.length; item++) {
            for (int s : sets[item]) {
                if (isAnchor(s)) {
                    packed[n++] = (long) s << 32 | item;
                }
            }
        }
        Arrays.parallelSort(packed);
        PackedPairs found = new PackedPairs(postings);
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i < n && (int) (packed[i] >>> 32) == (int) (packed[start] >>> 32)) {
                continue;
            }
            int size = i - start;
            if (size >= 2 && size <= maxPostings) {
                for (int a = start; a < i; a++) {
                    for (int b = a + 1; b < i; b++) {
                        found.add((int) packed[a], (int) packed[b]);
                    }
                }
            }
            start = i;
        }
        long[] pairs = found.pairs;
        int count = found.count;
        Arrays.parallelSort(pairs, 0, count);
        int kept = 0;
        for (int i = 0; i < count; ) {
            int j = i;
            while (j < count && pairs[j] == pairs[i]) {
                j++;
            }
            if (j - i >= minShared) {
                pairs[kept++] = pairs[i];
            }
            i = j;
        }
        return Arrays.copyOf(pairs, kept);
    }
}
