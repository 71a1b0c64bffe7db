package dev.copydesk.core.model;

import java.util.Arrays;

/**
 * Maps offsets in a block's text back to the source file: line and column (both 1-based) and the
 * character offset in the decoded file. A block is made of one or more source pieces (a line of a
 * hard-wrapped paragraph, a text node of Markdown); each piece is one segment, and offsets inside a
 * segment advance the column one by one. Formats without positions (those read through Tika) use
 * {@link #NONE}.
 */
public final class SourceMap {
    /** The map of a block whose source has no lines and columns. */
    public static final SourceMap NONE = new SourceMap(new int[0]);
    /** Ints per segment in {@link #segments}: block offset, source offset, line, column. */
    private static final int STRIDE = 4;

    /**
     * The segments, four ints each (block offset, source offset, line, column), in block offset
     * order: one array, as most blocks have a single segment and a corpus has tens of thousands.
     */
    private final int[] segments;

    private SourceMap(int[] segments) {
        this.segments = segments;
    }

    /** Whether this map knows lines and columns. */
    public boolean isPresent() {
        return segments.length > 0;
    }

    /** The 1-based line of a block offset, or 0 if unknown. */
    public int line(int blockOffset) {
        int i = segment(blockOffset);
        return i < 0 ? 0 : segments[i + 2];
    }

    /** The 1-based column of a block offset, or 0 if unknown. */
    public int column(int blockOffset) {
        int i = segment(blockOffset);
        return i < 0 ? 0 : segments[i + 3] + (blockOffset - segments[i]);
    }

    /** The character offset in the decoded source file of a block offset, or -1 if unknown. */
    public int sourceOffset(int blockOffset) {
        int i = segment(blockOffset);
        return i < 0 ? -1 : segments[i + 1] + (blockOffset - segments[i]);
    }

    /** Where in {@link #segments} the segment holding a block offset starts (the first if before all), or -1. */
    private int segment(int blockOffset) {
        int n = segments.length / STRIDE;
        if (n == 0) {
            return -1;
        }
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) { // the last segment starting at or before the offset
            int mid = (lo + hi + 1) >>> 1;
            if (segments[mid * STRIDE] <= blockOffset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo * STRIDE;
    }

    /** Starts a map; add segments in increasing block offset order. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the segments of one block. */
    public static final class Builder {
        private int[] segments = new int[STRIDE];
        private int size;

        /**
         * Records that the block text from {@code blockOffset} on comes from the source at
         * {@code sourceOffset}, which is at {@code line} and {@code column} (1-based).
         */
        public Builder segment(int blockOffset, int sourceOffset, int line, int column) {
            int last = (size - 1) * STRIDE;
            if (size > 0 && blockOffset < segments[last]) {
                throw new IllegalArgumentException("segments must be added in order");
            }
            if (size > 0 && blockOffset == segments[last]) {
                size--; // a later segment at the same offset replaces an empty one
            }
            if ((size + 1) * STRIDE > segments.length) {
                segments = Arrays.copyOf(segments, segments.length * 2);
            }
            int at = size * STRIDE;
            segments[at] = blockOffset;
            segments[at + 1] = sourceOffset;
            segments[at + 2] = line;
            segments[at + 3] = column;
            size++;
            return this;
        }

        public SourceMap build() {
            if (size == 0) {
                return NONE;
            }
            return new SourceMap(Arrays.copyOf(segments, size * STRIDE));
        }
    }
}
