package dev.copydesk.core.segment;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared string per distinct word text among the blocks one {@link Segmenter} makes. A corpus
 * has millions of words but tens of thousands of distinct texts; sharing them keeps memory growing
 * with the vocabulary, not with the word count, and spares the collector copying a string per
 * word. Thread-safe (documents are segmented in parallel). Past {@link #LIMIT} distinct texts new
 * ones are no longer pooled, so a long-lived segmenter cannot grow without bound.
 */
final class WordTexts {
    /** Distinct texts pooled at most. */
    static final int LIMIT = 1 << 20;

    private final ConcurrentHashMap<String, String> texts = new ConcurrentHashMap<>();

    /** The pooled string equal to {@code text} (the text itself the first time it is seen). */
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
