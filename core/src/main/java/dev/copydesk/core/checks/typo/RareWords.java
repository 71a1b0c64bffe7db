package dev.copydesk.core.checks.typo;

import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.corpus.WordList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Rare words the dictionary lacks but a larger maintained list has: the entries of SCOWL's
 * size-70 American list that {@code english-pos-dict}'s en-US dictionary has in no case
 * ({@code rare-words-en-US.txt}, made by the bench's {@code RareWords}): {@code fasces},
 * {@code puffery}, {@code meromorphic}, {@code munging}. Such a word is English, only rare, and
 * is reported at {@code info}, not as a typo. Kept as the file's bytes and the offsets of its
 * lines, searched by halves: no object per word. en-GB has no such list yet, so it is empty there.
 */
final class RareWords {
    static final String RESOURCE = "rare-words-en-US.txt";
    private static final RareWords NONE = new RareWords(new byte[0], new int[0], new int[0]);

    private final byte[] bytes;
    private final int[] starts;
    private final int[] ends;

    private RareWords(byte[] bytes, int[] starts, int[] ends) {
        this.bytes = bytes;
        this.starts = starts;
        this.ends = ends;
    }

    /** The list of a dialect (empty for en-GB). */
    static RareWords of(Dialect dialect) {
        if (dialect != Dialect.EN_US) {
            return NONE;
        }
        try {
            byte[] bytes = WordList.bytes(RareWords.class, RESOURCE);
            if (bytes == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a list of one word per line, sorted by their UTF-8 bytes, after {@code #} comment lines. */
    static RareWords parse(byte[] bytes) {
        int lines = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        int[] starts = new int[lines + 1];
        int[] ends = new int[lines + 1];
        int n = 0;
        for (int at = 0; at < bytes.length; ) {
            int end = at;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int e = end > at && bytes[end - 1] == '\r' ? end - 1 : end;
            if (e > at && bytes[at] != '#') {
                starts[n] = at;
                ends[n] = e;
                n++;
            }
            at = end + 1;
        }
        return new RareWords(bytes, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /** How many words the list has. */
    int size() {
        return starts.length;
    }

    /** Whether the list has the word as written. */
    boolean contains(String word) {
        if (starts.length == 0) {
            return false;
        }
        byte[] key = word.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Arrays.compareUnsigned(bytes, starts[mid], ends[mid], key, 0, key.length);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
