package dev.copydesk.core.segment;

import dev.copydesk.core.model.WordKind;
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

    private final ConcurrentHashMap<String, String> texts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Text> words = new ConcurrentHashMap<>();

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
