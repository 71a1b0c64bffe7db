package dev.copydesk.core.checks.duplicate;

import java.util.Arrays;

/** A growable array of item pairs, each packed as {@code a << 32 | b}: the candidate lists of the indexes. */
final class PackedPairs {
    long[] pairs;
    int count;

    PackedPairs(int capacity) {
        pairs = new long[Math.max(16, capacity)];
    }

    void add(int a, int b) {
        if (count == pairs.length) {
            pairs = Arrays.copyOf(pairs, count * 2);
        }
        pairs[count++] = (long) a << 32 | b;
    }
}
