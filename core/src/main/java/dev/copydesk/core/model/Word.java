package dev.copydesk.core.model;

import java.util.Objects;

/**
 * A token of a block. {@code start}/{@code end} are offsets in the block's text; {@code text} is the
 * token with invisible characters (soft hyphen, zero-width space or joiner, BOM) removed, and
 * {@code invisible} remembers that some were there.
 *
 * <p>A value class with the accessors, equality and string form of a record of its seven
 * components; its kind and both flags are kept in one byte. A block keeps its words packed
 * ({@link BlockWords}) and makes a word when one is asked for, so two equal words need not be the
 * same object.
 */
public final class Word {
    private static final WordKind[] KINDS = WordKind.values();
    static final int SENTENCE_START = 1 << 6;
    static final int INVISIBLE = 1 << 7;
    static final int KIND_MASK = SENTENCE_START - 1;

    private final String text;
    private final int start;
    private final int end;
    private final int sentence;
    /** The kind's ordinal in the low six bits, then {@link #SENTENCE_START} and {@link #INVISIBLE}. */
    private final byte bits;

    /**
     * A word.
     *
     * @param text          the token's text without invisible characters
     * @param kind          what kind of token it is
     * @param start         offset of the first character in the block text
     * @param end           offset after the last character in the block text
     * @param sentence      index of the sentence in the block that holds the word
     * @param sentenceStart whether the word is the first word of its sentence
     * @param invisible     whether invisible characters were removed from the token
     */
    public Word(String text, WordKind kind, int start, int end, int sentence, boolean sentenceStart,
                boolean invisible) {
        this(text, start, end, sentence, bits(text, kind, start, end, sentenceStart, invisible));
    }

    /** A word from fields already checked, its kind and flags packed by {@link #bits}. */
    Word(String text, int start, int end, int sentence, byte bits) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.sentence = sentence;
        this.bits = bits;
    }

    /** Checks a word's fields and packs its kind and flags into one byte. */
    static byte bits(String text, WordKind kind, int start, int end, boolean sentenceStart, boolean invisible) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        return (byte) (kind.ordinal() | (sentenceStart ? SENTENCE_START : 0) | (invisible ? INVISIBLE : 0));
    }

    /** The packed kind and flags. */
    byte bits() {
        return bits;
    }

    /** The token's text without invisible characters. */
    public String text() {
        return text;
    }

    /** What kind of token it is. */
    public WordKind kind() {
        return KINDS[bits & KIND_MASK];
    }

    /** Offset of the first character in the block text. */
    public int start() {
        return start;
    }

    /** Offset after the last character in the block text. */
    public int end() {
        return end;
    }

    /** Index of the sentence in the block that holds the word. */
    public int sentence() {
        return sentence;
    }

    /** Whether the word is the first word of its sentence. */
    public boolean sentenceStart() {
        return (bits & SENTENCE_START) != 0;
    }

    /** Whether invisible characters were removed from the token. */
    public boolean invisible() {
        return (bits & INVISIBLE) != 0;
    }

    /** Whether the word begins with an upper-case letter. */
    public boolean isCapitalised() {
        return isCapitalised(text);
    }

    /** Whether a word's text begins with an upper-case letter. */
    static boolean isCapitalised(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first < 128) { // the common case, without the character tables
            return first >= 'A' && first <= 'Z';
        }
        return Character.isUpperCase(text.codePointAt(0));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Word w && start == w.start && end == w.end && sentence == w.sentence && bits == w.bits
                && text.equals(w.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, kind(), start, end, sentence, sentenceStart(), invisible());
    }

    @Override
    public String toString() {
        return "Word[text=" + text + ", kind=" + kind() + ", start=" + start + ", end=" + end + ", sentence="
                + sentence + ", sentenceStart=" + sentenceStart() + ", invisible=" + invisible() + "]";
    }
}
