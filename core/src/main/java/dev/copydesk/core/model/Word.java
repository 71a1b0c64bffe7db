package dev.copydesk.core.model;

import java.util.Objects;

/**
 * A token of a block. {@code start}/{@code end} are offsets in the block's text; {@code text} is the
 * token with invisible characters (soft hyphen, zero-width space or joiner, BOM) removed, and
 * {@code invisible} remembers that some were there.
 *
 * @param text          the token's text without invisible characters
 * @param kind          what kind of token it is
 * @param start         offset of the first character in the block text
 * @param end           offset after the last character in the block text
 * @param sentence      index of the sentence in the block that holds the word
 * @param sentenceStart whether the word is the first word of its sentence
 * @param invisible     whether invisible characters were removed from the token
 */
public record Word(String text, WordKind kind, int start, int end, int sentence, boolean sentenceStart,
                   boolean invisible) {
    public Word {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** Whether the word begins with an upper-case letter. */
    public boolean isCapitalised() {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first < 128) { // the common case, without the character tables
            return first >= 'A' && first <= 'Z';
        }
        return Character.isUpperCase(text.codePointAt(0));
    }
}
