package dev.copydesk.core.checks.duplicate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Normalised words of a text as 64-bit hashes: runs of letters and digits, lower-cased, so case,
 * whitespace, punctuation and quote styles do not matter. Works on any script; allocates no strings.
 */
final class WordHashes {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private WordHashes() {
    }

    /**
     * The hashes of the normalised words of a text, in order. ASCII, most of any text, takes a
     * path of its own: letters, digits and lower-casing by ranges, not character tables.
     */
    static long[] of(String text) {
        char[] cs = text.toCharArray(); // indexed directly: String.charAt checks its index per call
        long[] out = new long[Math.max(4, cs.length / 6)];
        int n = 0;
        long h = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i < cs.length; ) {
            char c = cs[i];
            int cp;
            boolean wordChar;
            if (c < 128) {
                i++;
                wordChar = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
                cp = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
            } else {
                cp = Character.codePointAt(cs, i);
                i += Character.charCount(cp);
                wordChar = Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK && inWord;
                cp = Character.toLowerCase(cp);
            }
            if (wordChar) {
                h = (h ^ cp) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                out = append(out, n++, h);
                h = FNV_OFFSET;
                inWord = false;
            }
        }
        if (inWord) {
            out = append(out, n++, h);
        }
        return Arrays.copyOf(out, n);
    }

    /** The normalised words of a text as strings (for tests and display). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    && !word.isEmpty()) {
                word.appendCodePoint(Character.toLowerCase(cp));
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * The normalised words of a text joined by single spaces, as {@code String.join(" ", words(text))}
     * gives them, made without the list: the report keys every word of every member of a group.
     * A word of small ASCII letters and digits, most words, is its own key.
     */
    static String key(String text) {
        int n = text.length();
        boolean plain = n > 0;
        for (int i = 0; i < n && plain; i++) {
            char c = text.charAt(i);
            plain = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        }
        if (plain) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        boolean inWord = false;
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK && inWord) {
                if (!inWord && !out.isEmpty()) {
                    out.append(' ');
                }
                out.appendCodePoint(Character.toLowerCase(cp));
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return out.toString();
    }

    /** A 64-bit hash of a whole word sequence: equal sequences, equal keys. */
    static long sequenceKey(long[] words) {
        long h = FNV_OFFSET ^ words.length;
        for (long w : words) {
            h = Mix.mix64(h + w);
        }
        return h;
    }

    private static long[] append(long[] out, int n, long h) {
        long[] target = n == out.length ? Arrays.copyOf(out, out.length * 2) : out;
        target[n] = h;
        return target;
    }
}
