package dev.copydesk.core.checks.duplicate;

import java.util.Arrays;

/**
 * Banded locality-sensitive hashing over MinHash band keys. For each band, the (key, paragraph)
 * pairs are packed into longs and sorted, so paragraphs with the same key sit next to each other;
 * each run of equal keys is a bucket whose members become candidate pairs. Work is one sort per band
 * plus the pairs inside buckets: a bucket larger than {@code maxBucket} (text shared by very many
 * paragraphs, which exact grouping and the other bands already cover) is skipped, so the candidate
 * count stays near-linear in the number of paragraphs.
 */
final class LshIndex {
    /** Receives the candidate pairs of one band, each packed as {@code a << 32 | b}. */
    interface PairSink {
        void accept(long[] pairs, int count);
    }

    private final int bands;
    private final int maxBucket;

    LshIndex(int bands, int maxBucket) {
        this.bands = bands;
        this.maxBucket = maxBucket;
    }

    /**
     * Emits the candidate pairs of {@code count} items whose band keys are {@code keys[item * bands + band]}.
     * The same pair may be emitted once per band it collides in; within a band, {@code a < b}.
     */
    void candidates(long[] keys, int count, PairSink sink) {
        if (count < 2) {
            return;
        }
        int idBits = 32 - Integer.numberOfLeadingZeros(count - 1);
        long idMask = (1L << idBits) - 1;
        long[] packed = new long[count];
        for (int band = 0; band < bands; band++) {
            for (int item = 0; item < count; item++) {
                packed[item] = (keys[item * bands + band] & ~idMask) | item;
            }
            Arrays.parallelSort(packed);
            emitBuckets(packed, idMask, sink);
        }
    }

    private void emitBuckets(long[] packed, long idMask, PairSink sink) {
        long[] pairs = new long[1024];
        int count = 0;
        int start = 0;
        for (int i = 1; i <= packed.length; i++) {
            if (i < packed.length && (packed[i] & ~idMask) == (packed[start] & ~idMask)) {
                continue;
            }
            int size = i - start;
            if (size >= 2 && size <= maxBucket) {
                for (int a = start; a < i; a++) {
                    for (int b = a + 1; b < i; b++) {
                        if (count == pairs.length) {
                            pairs = Arrays.copyOf(pairs, count * 2);
                        }
                        pairs[count++] = (packed[a] & idMask) << 32 | (packed[b] & idMask);
                    }
                }
            }
            start = i;
        }
        sink.accept(pairs, count);
    }
}
