package dev.copydesk.core.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.RandomAccess;

/**
 * The words of a block, packed: their texts in one array and their offsets, sentence and flags in
 * another, three numbers a word. A corpus holds every word it reads (1.6 million in 10 MB of
 * text), and as {@link Word} objects they were more than half of its heap and most of what the
 * collector copied while documents loaded; packed, a word takes 16 bytes instead of 36.
 *
 * <p>As a {@code List<Word>} (what {@link Block#words()} returns) each {@link #get} makes a new
 * {@link Word}, equal to any other made for the same index; the loops that run for every word of
 * the corpus read the fields by index instead ({@link #text}, {@link #start}, ...), without making
 * one. Immutable and thread-safe.
 */
public final class BlockWords extends AbstractList<Word> implements RandomAccess {
    private static final BlockWords EMPTY = new BlockWords(new String[0], new int[0]);
    private static final WordKind[] KINDS = WordKind.values();
    /** Fields per word in {@link #data}: start, end, and the sentence above {@link Word}'s flag bits. */
    private static final int FIELDS = 3;
    private static final int BITS = 8;

    private final String[] texts;
    private final int[] data;

    private BlockWords(String[] texts, int[] data) {
        this.texts = texts;
        this.data = data;
    }

    /** An unmodifiable copy (null elements refused); a list of this class is returned as it is. */
    public static BlockWords copyOf(Collection<Word> words) {
        if (words instanceof BlockWords list) {
            return list;
        }
        if (words.isEmpty()) {
            return EMPTY;
        }
        Builder b = new Builder(words.size());
        for (Word w : words) {
            if (w == null) {
                throw new NullPointerException("null word");
            }
            b.add(w.text(), w.start(), w.end(), w.sentence(), w.bits());
        }
        return b.build();
    }

    @Override
    public Word get(int index) {
        int at = checked(index) * FIELDS;
        int meta = data[at + 2];
        return new Word(texts[index], data[at], data[at + 1], meta >>> BITS, (byte) meta);
    }

    @Override
    public int size() {
        return texts.length;
    }

    /** The text of word {@code i}, as {@link Word#text()}. */
    public String text(int i) {
        return texts[i];
    }

    /** Where word {@code i} starts in the block text, as {@link Word#start()}. */
    public int start(int i) {
        return data[i * FIELDS];
    }

    /** Where word {@code i} ends in the block text, as {@link Word#end()}. */
    public int end(int i) {
        return data[i * FIELDS + 1];
    }

    /** The sentence of word {@code i}, as {@link Word#sentence()}. */
    public int sentence(int i) {
        return data[i * FIELDS + 2] >>> BITS;
    }

    /** The kind of word {@code i}, as {@link Word#kind()}. */
    public WordKind kind(int i) {
        return KINDS[data[i * FIELDS + 2] & Word.KIND_MASK];
    }

    /** Whether word {@code i} starts its sentence, as {@link Word#sentenceStart()}. */
    public boolean sentenceStart(int i) {
        return (data[i * FIELDS + 2] & Word.SENTENCE_START) != 0;
    }

    /** Whether invisible characters were removed from word {@code i}, as {@link Word#invisible()}. */
    public boolean invisible(int i) {
        return (data[i * FIELDS + 2] & Word.INVISIBLE) != 0;
    }

    /** Whether word {@code i} begins with an upper-case letter, as {@link Word#isCapitalised()}. */
    public boolean isCapitalised(int i) {
        return Word.isCapitalised(texts[i]);
    }

    private int checked(int index) {
        if (index < 0 || index >= texts.length) {
            throw new IndexOutOfBoundsException("word " + index + " of " + texts.length);
        }
        return index;
    }

    /** Collects the words of one block in order, without making a {@link Word} for each. */
    public static final class Builder {
        private String[] texts;
        private int[] data;
        private int size;

        /** A builder with room for {@code expected} words (it grows past that). */
        public Builder(int expected) {
            int n = Math.max(expected, 4);
            texts = new String[n];
            data = new int[n * FIELDS];
        }

        /** Adds a word; the arguments are those of {@link Word#Word}. */
        public Builder add(String text, WordKind kind, int start, int end, int sentence, boolean sentenceStart,
                           boolean invisible) {
            return add(text, start, end, sentence, Word.bits(text, kind, start, end, sentenceStart, invisible));
        }

        private Builder add(String text, int start, int end, int sentence, byte bits) {
            if (sentence < 0 || sentence > (Integer.MAX_VALUE >>> BITS)) {
                throw new IllegalArgumentException("sentence index out of range: " + sentence);
            }
            if (size == texts.length) {
                texts = Arrays.copyOf(texts, size * 2);
                data = Arrays.copyOf(data, size * 2 * FIELDS);
            }
            texts[size] = text;
            int at = size * FIELDS;
            data[at] = start;
            data[at + 1] = end;
            data[at + 2] = sentence << BITS | (bits & 0xFF);
            size++;
            return this;
        }

        /** The number of words added so far. */
        public int size() {
            return size;
        }

        /**
         * The words added, in arrays of their own, and the builder emptied (its arrays kept) for
         * another block's words: one builder can serve every block a thread tokenises.
         */
        public BlockWords buildAndClear() {
            BlockWords out = size == 0 ? EMPTY
                    : new BlockWords(Arrays.copyOf(texts, size), Arrays.copyOf(data, size * FIELDS));
            size = 0;
            return out;
        }

        /** Drops the words added so far (a block whose tokenising failed leaves none behind). */
        public void clear() {
            size = 0;
        }

        /** The words added, trimmed to size; the builder is not to be used after. */
        public BlockWords build() {
            if (size == 0) {
                return EMPTY;
            }
            return new BlockWords(size == texts.length ? texts : Arrays.copyOf(texts, size),
                    data.length == size * FIELDS ? data : Arrays.copyOf(data, size * FIELDS));
        }
    }
}
