package dev.copydesk.core.checks.duplicate;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Banded locality-sensitive hashing over MinHash band keys. For each band, the (key, paragraph)
 * pairs are packed into longs and sorted, so paragraphs with the same key sit next to each other;
 * each run of equal keys is a bucket whose members become candidate pairs.
 *
 * <p>A bucket of at most {@code maxBucket} members yields all its pairs. A larger bucket is either
 * a paragraph copied into many places or a value many unrelated paragraphs happen to share (a common
 * phrase). Comparing all its pairs would be quadratic and skipping it would split the copies into
 * many groups, so it is treated as a star: a hub (the first member, or failing that the second or
 * third) is verified against a couple of other members, and when one of them matches, the hub is
 * paired with every member; when none does the bucket is skipped. Work stays linear in the bucket
 * size, so the candidate count stays near-linear in the number of paragraphs.
 */
final class LshIndex {
    /** How many members of a large bucket are tried as its hub. */
    static final int HUBS = 3;

    /** Receives the candidate pairs of one band, each packed as {@code a << 32 | b} with {@code a < b}. */
    interface PairSink {
        void accept(long[] pairs, int count);
    }

    /** Whether two items are the same text: asked of a few members of a large bucket, from several threads. */
    interface PairTest {
        boolean same(int a, int b);
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
     * {@code probe} decides whether a large bucket is paired through a hub (see the class comment).
     */
    void candidates(long[] keys, int count, PairTest probe, PairSink sink) {
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
            emitBuckets(packed, idMask, probe, sink);
        }
    }

    private void emitBuckets(long[] packed, long idMask, PairTest probe, PairSink sink) {
        PackedPairs pairs = new PackedPairs(1024);
        PackedPairs large = new PackedPairs(16);
        int start = 0;
        for (int i = 1; i <= packed.length; i++) {
            if (i < packed.length && (packed[i] & ~idMask) == (packed[start] & ~idMask)) {
                continue;
            }
            int size = i - start;
            if (size >= 2 && size <= maxBucket) {
                for (int a = start; a < i; a++) {
                    for (int b = a + 1; b < i; b++) {
                        pairs.add((int) (packed[a] & idMask), (int) (packed[b] & idMask));
                    }
                }
            } else if (size > maxBucket) {
                large.add(start, i);
            }
            start = i;
        }
        // the probes of the large buckets are independent: run them in parallel, then emit in bucket order
        int[] hubs = IntStream.range(0, large.count).parallel()
                .map(b -> hub(packed, (int) (large.pairs[b] >>> 32), (int) large.pairs[b], idMask, probe))
                .toArray();
        for (int b = 0; b < large.count; b++) {
            if (hubs[b] >= 0) {
                star(packed, (int) (large.pairs[b] >>> 32), (int) large.pairs[b], hubs[b], idMask, pairs);
            }
        }
        sink.accept(pairs.pairs, pairs.count);
    }

    /** The position of the first of a few hub candidates of {@code packed[start, end)} that matches a probe, or -1. */
    private static int hub(long[] packed, int start, int end, long idMask, PairTest probe) {
        int size = end - start;
        for (int h = 0; h < HUBS; h++) {
            int hub = (int) (packed[start + h] & idMask);
            int[] probes = {start + (h + 1 + size) / 2, end - 1 - h};
            for (int p : probes) {
                if (p != start + h && probe.same(hub, (int) (packed[p] & idMask))) {
                    return start + h;
                }
            }
        }
        return -1;
    }

    /** Pairs every member of {@code packed[start, end)} with the one at {@code hubAt}. */
    private static void star(long[] packed, int start, int end, int hubAt, long idMask, PackedPairs pairs) {
        int hub = (int) (packed[hubAt] & idMask);
        for (int m = start; m < end; m++) {
            int other = (int) (packed[m] & idMask);
            if (other != hub) {
                pairs.add(Math.min(hub, other), Math.max(hub, other));
            }
        }
    }
}
