package dev.copydesk.core.model;

/**
 * A sentence of a block: a span of the block's text and the range of its words in the block's
 * word list.
 *
 * @param start     offset of the sentence's first character in the block text
 * @param end       offset after its last character (trailing white space excluded)
 * @param firstWord index of its first word in {@link Block#words()}
 * @param wordCount how many words it holds
 */
public record Sentence(int start, int end, int firstWord, int wordCount) {
    public Sentence {
        if (start < 0 || end < start || firstWord < 0 || wordCount < 0) {
            throw new IllegalArgumentException("bad sentence " + start + ".." + end);
        }
    }
}
