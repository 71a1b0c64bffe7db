package dev.copydesk.core.segment;

import dev.copydesk.core.model.BlockWords;
import dev.copydesk.core.model.WordKind;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared string per distinct word text among the blocks one {@link Segmenter} makes. A corpus
 * has millions of words but tens of thousands of distinct texts; sharing them keeps memory growing
 * with the vocabulary, not with the word count, and spares the collector copying a string per
 * word. Thread-safe (documents are segmented in parallel). Past {@link #LIMIT} distinct texts new
 * ones are no longer pooled, so a long-lived segmenter cannot grow without bound. A word's kind
 * ({@link Tokenizer#classify}) depends on its text only, so it is worked out once per distinct text
 * and pooled with it, not once per occurrence.
 */
final class WordTexts {
    /** Distinct texts pooled at most. */
    static final int LIMIT = 1 << 20;

    /** Slots of each thread's cache of recent words (a power of two). */
    static final int RECENT = 4096;

    private final ConcurrentHashMap<String, String> texts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Text> words = new ConcurrentHashMap<>();
    private final ThreadLocal<Recent> recent = ThreadLocal.withInitial(Recent::new);

    /** A pooled word text and its kind. */
    record Text(String text, WordKind kind) {
    }

    /** The pooled text equal to {@code text} with its kind as {@link Tokenizer#classify} gives it. */
    Text word(String text) {
        Text seen = words.get(text);
        if (seen != null) {
            return seen;
        }
        Text made = new Text(text, Tokenizer.classify(text));
        if (words.size() >= LIMIT) {
            return made;
        }
        seen = words.putIfAbsent(text, made);
        return seen == null ? made : seen;
    }

    /** This thread's cache of recent words, for {@link Recent#word}; take it once per block. */
    Recent recent() {
        return recent.get();
    }

    /**
     * One thread's direct-mapped cache from the characters of a word to its pooled {@link Text}: most
     * tokens are words seen a moment ago ({@code the}, {@code of}, the story's names), and finding
     * them by their characters spares making a string per token only to throw it away. A miss goes
     * to the shared pool. It also holds the thread's word builder, so a block's words are gathered
     * in arrays that are reused, and only copied once, at their final size. Not thread-safe: each
     * thread has its own.
     */
    final class Recent {
        private final char[][] keys = new char[RECENT][];
        private final Text[] values = new Text[RECENT];
        /**
         * This thread's builder of a block's words, emptied after each block
         * ({@link BlockWords.Builder#buildAndClear}).
         */
        final BlockWords.Builder words = new BlockWords.Builder(1024);

        /** The pooled text of {@code chars[from, from + length)}, as {@link WordTexts#word(String)} gives it. */
        Text word(char[] chars, int from, int length) {
            int h = 0;
            for (int k = from; k < from + length; k++) {
                h = 31 * h + chars[k];
            }
            int slot = (h ^ (h >>> 16)) & (RECENT - 1);
            char[] key = keys[slot];
            if (key != null && key.length == length && Arrays.equals(key, 0, length, chars, from, from + length)) {
                return values[slot];
            }
            Text text = WordTexts.this.word(new String(chars, from, length));
            keys[slot] = Arrays.copyOfRange(chars, from, from + length);
            values[slot] = text;
            return text;
        }
    }

    /** The pooled string equal to {@code text} (the text itself the first time it is seen), for tokens other than words. */
    String shared(String text) {
        String seen = texts.get(text);
        if (seen != null) {
            return seen;
        }
        if (texts.size() >= LIMIT) {
            return text;
        }
        seen = texts.putIfAbsent(text, text);
        return seen == null ? text : seen;
    }
}
