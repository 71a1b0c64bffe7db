package dev.copydesk.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One block of a document as a reader sees it: a paragraph, heading, list item, table cell or
 * block quote, with its text segmented into sentences and words.
 *
 * @param kind      what the block is
 * @param index     0-based ordinal of the block in its document ("paragraph N" is index + 1)
 * @param text      the block's text, NFC-normalised, line breaks inside the block turned into spaces
 * @param sentences the sentences, in order
 * @param words     the tokens, in order, packed (a list of {@link Word}s that loops over every word
 *                  of a corpus can read by index without making one)
 * @param source    maps offsets in {@code text} back to lines and columns of the source file
 * @param page      1-based page number where the format has pages (PDF), else 0
 */
public record Block(BlockKind kind, int index, String text, List<Sentence> sentences, BlockWords words,
                    SourceMap source, int page) {
    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(source, "source");
        if (index < 0 || page < 0) {
            throw new IllegalArgumentException("negative index or page");
        }
    }

    /** A block of words given as a list (copied, packed). */
    public Block(BlockKind kind, int index, String text, List<Sentence> sentences, List<Word> words,
                 SourceMap source, int page) {
        this(kind, index, text, sentences, BlockWords.copyOf(words), source, page);
    }

    /** The text of a sentence of this block. */
    public String sentenceText(Sentence sentence) {
        return text.substring(sentence.start(), sentence.end());
    }

    /** The words of a sentence of this block. */
    public List<Word> wordsOf(Sentence sentence) {
        return words.subList(sentence.firstWord(), sentence.firstWord() + sentence.wordCount());
    }

    /** The sentence that contains a block offset (the last one if the offset is past the end). */
    public Sentence sentenceAt(int offset) {
        if (sentences.isEmpty()) {
            return new Sentence(0, text.length(), 0, words.size());
        }
        return sentences.get(sentenceIndexAt(offset));
    }

    /**
     * The index in {@link #sentences} of the sentence that contains a block offset (the last one if
     * the offset is past the end), or -1 if the block has no sentences.
     */
    public int sentenceIndexAt(int offset) {
        if (sentences.isEmpty()) {
            return -1;
        }
        int lo = 1; // binary search for the last sentence starting at or before the offset, else the first
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() > offset) {
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return lo - 1;
    }
}
