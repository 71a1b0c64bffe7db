package dev.copydesk.core.checks.typo;

import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.corpus.WordList;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Rare words the dictionary lacks but a larger maintained list has: the entries of SCOWL's
 * size-70 list of the dialect (American, British) that {@code english-pos-dict}'s dictionary of
 * it has in no case ({@code rare-words-en-US.txt}, {@code rare-words-en-GB.txt}, made by the
 * bench's {@code RareWords}): {@code fasces},
 * {@code puffery}, {@code meromorphic}, {@code munging}. Such a word is English, only rare, and
 * is reported at {@code info}, not as a typo. Kept as the file's bytes, searched by halves
 * in place: nothing parsed at start-up, no object per word.
 */
final class RareWords {
    static final String RESOURCE = "rare-words-en-US.txt";
    static final String RESOURCE_GB = "rare-words-en-GB.txt";

    private final byte[] bytes;
    /** Where the words start, after the comment lines. */
    private final int first;

    private RareWords(byte[] bytes, int first) {
        this.bytes = bytes;
        this.first = first;
    }

    /** The list of a dialect. */
    static RareWords of(Dialect dialect) {
        return parse(WordList.required(RareWords.class, dialect == Dialect.EN_GB ? RESOURCE_GB : RESOURCE));
    }

    /**
     * A list of one word per line (LF or CRLF), sorted by their UTF-8 bytes, after {@code #}
     * comment lines. Nothing is parsed: a search reads the lines it lands on.
     */
    static RareWords parse(byte[] bytes) {
        int at = 0;
        while (at < bytes.length && bytes[at] == '#') {
            while (at < bytes.length && bytes[at] != '\n') {
                at++;
            }
            at++;
        }
        return new RareWords(bytes, Math.min(at, bytes.length));
    }

    /** How many words the list has (counted on each call). */
    int size() {
        int n = 0;
        for (int at = first; at < bytes.length; ) {
            int end = lineEnd(at);
            n += contentEnd(at, end) > at ? 1 : 0;
            at = end + 1;
        }
        return n;
    }

    /** Whether the list has the word as written. */
    boolean contains(String word) {
        byte[] key = word.getBytes(StandardCharsets.UTF_8);
        if (key.length == 0) {
            return false;
        }
        int lo = first; // the first byte of a line not yet ruled out
        int hi = bytes.length; // one past the last byte of the lines not yet ruled out
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int start = mid;
            while (start > lo && bytes[start - 1] != '\n') {
                start--;
            }
            int end = lineEnd(start);
            int c = Arrays.compareUnsigned(bytes, start, contentEnd(start, end), key, 0, key.length);
            if (c == 0) {
                return true;
            }
            if (c < 0) {
                lo = end + 1;
            } else {
                hi = start;
            }
        }
        return false;
    }

    /** Where the line starting at {@code at} ends: its line feed, or the end of the bytes. */
    private int lineEnd(int at) {
        int end = at;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        return end;
    }

    /** The end of a line's word, before a carriage return. */
    private int contentEnd(int start, int end) {
        return end > start && bytes[end - 1] == '\r' ? end - 1 : end;
    }
}
