package dev.copydesk.core.model;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * The words of a block: an unmodifiable list over an array. Every block's list is of this one
 * class (where {@code List.copyOf} gives one of two, by length), so the checks' loops over
 * {@code block.words()}, which run for every word of the corpus, call one known class.
 */
final class BlockWords extends AbstractList<Word> implements RandomAccess {
    private static final BlockWords EMPTY = new BlockWords(new Word[0]);

    private final Word[] words;

    private BlockWords(Word[] words) {
        this.words = words;
    }

    /** An unmodifiable copy (null elements refused); a list of this class is returned as it is. */
    static List<Word> copyOf(Collection<Word> words) {
        if (words instanceof BlockWords list) {
            return list;
        }
        if (words.isEmpty()) {
            return EMPTY;
        }
        Word[] array = words.toArray(new Word[0]);
        for (Word w : array) {
            if (w == null) {
                throw new NullPointerException("null word");
            }
        }
        return new BlockWords(array);
    }

    @Override
    public Word get(int index) {
        return words[index];
    }

    @Override
    public int size() {
        return words.length;
    }
}
