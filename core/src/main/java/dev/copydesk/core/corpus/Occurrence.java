package dev.copydesk.core.corpus;

/**
 * Packs the position of a word in the corpus (document, block, word index) into one {@code long},
 * so that the term index holds millions of occurrences without an object each.
 */
public final class Occurrence {
    private static final int WORD_BITS = 21;
    private static final int BLOCK_BITS = 20;
    private static final long WORD_MASK = (1L << WORD_BITS) - 1;
    private static final long BLOCK_MASK = (1L << BLOCK_BITS) - 1;

    /** The highest block index a position can hold. */
    public static final int MAX_BLOCK = (int) BLOCK_MASK;
    /** The highest word index a position can hold. */
    public static final int MAX_WORD = (int) WORD_MASK;

    private Occurrence() {
    }

    /** Packs a position. */
    public static long of(int document, int block, int word) {
        if (document < 0 || block < 0 || word < 0 || block > BLOCK_MASK || word > WORD_MASK) {
            throw new IllegalArgumentException("position out of range: " + document + "/" + block + "/" + word);
        }
        return ((long) document << (WORD_BITS + BLOCK_BITS)) | ((long) block << WORD_BITS) | word;
    }

    /** The document index of a packed position. */
    public static int document(long occurrence) {
        return (int) (occurrence >>> (WORD_BITS + BLOCK_BITS));
    }

    /** The block index of a packed position. */
    public static int block(long occurrence) {
        return (int) ((occurrence >>> WORD_BITS) & BLOCK_MASK);
    }

    /** The word index of a packed position. */
    public static int word(long occurrence) {
        return (int) (occurrence & WORD_MASK);
    }
}
