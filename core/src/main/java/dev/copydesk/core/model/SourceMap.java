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
    public static final SourceMap NONE = new SourceMap(new int[0], new int[0], new int[0], new int[0]);

    private final int[] blockOffsets;
    private final int[] sourceOffsets;
    private final int[] lines;
    private final int[] columns;

    private SourceMap(int[] blockOffsets, int[] sourceOffsets, int[] lines, int[] columns) {
        this.blockOffsets = blockOffsets;
        this.sourceOffsets = sourceOffsets;
        this.lines = lines;
        this.columns = columns;
    }

    /** Whether this map knows lines and columns. */
    public boolean isPresent() {
        return blockOffsets.length > 0;
    }

    /** The 1-based line of a block offset, or 0 if unknown. */
    public int line(int blockOffset) {
        int i = segment(blockOffset);
        return i < 0 ? 0 : lines[i];
    }

    /** The 1-based column of a block offset, or 0 if unknown. */
    public int column(int blockOffset) {
        int i = segment(blockOffset);
        return i < 0 ? 0 : columns[i] + (blockOffset - blockOffsets[i]);
    }

    /** The character offset in the decoded source file of a block offset, or -1 if unknown. */
    public int sourceOffset(int blockOffset) {
        int i = segment(blockOffset);
        return i < 0 ? -1 : sourceOffsets[i] + (blockOffset - blockOffsets[i]);
    }

    private int segment(int blockOffset) {
        if (blockOffsets.length == 0) {
            return -1;
        }
        int i = Arrays.binarySearch(blockOffsets, blockOffset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    /** Starts a map; add segments in increasing block offset order. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the segments of one block. */
    public static final class Builder {
        private int[] blockOffsets = new int[4];
        private int[] sourceOffsets = new int[4];
        private int[] lines = new int[4];
        private int[] columns = new int[4];
        private int size;

        /**
         * Records that the block text from {@code blockOffset} on comes from the source at
         * {@code sourceOffset}, which is at {@code line} and {@code column} (1-based).
         */
        public Builder segment(int blockOffset, int sourceOffset, int line, int column) {
            if (size > 0 && blockOffset < blockOffsets[size - 1]) {
                throw new IllegalArgumentException("segments must be added in order");
            }
            if (size > 0 && blockOffset == blockOffsets[size - 1]) {
                size--; // a later segment at the same offset replaces an empty one
            }
            if (size == blockOffsets.length) {
                int n = size * 2;
                blockOffsets = Arrays.copyOf(blockOffsets, n);
                sourceOffsets = Arrays.copyOf(sourceOffsets, n);
                lines = Arrays.copyOf(lines, n);
                columns = Arrays.copyOf(columns, n);
            }
            blockOffsets[size] = blockOffset;
            sourceOffsets[size] = sourceOffset;
            lines[size] = line;
            columns[size] = column;
            size++;
            return this;
        }

        public SourceMap build() {
            if (size == 0) {
                return NONE;
            }
            return new SourceMap(Arrays.copyOf(blockOffsets, size), Arrays.copyOf(sourceOffsets, size),
                    Arrays.copyOf(lines, size), Arrays.copyOf(columns, size));
        }
    }
}
