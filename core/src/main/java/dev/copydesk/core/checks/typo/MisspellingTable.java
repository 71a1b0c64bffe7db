package dev.copydesk.core.checks.typo;

import dev.copydesk.core.corpus.WordList;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A list of misspellings ({@code misspelling<TAB>corrections} per line, {@code #} comments) kept as
 * the one string it was read into, with a hash table of where each line starts: what a map from
 * the lower-case misspelling to its corrections would give, without a key and a value string for
 * each of the general list's 89,000 lines. Made into such a map, the list was a quarter of what a
 * run on five articles allocated (27 of 107 MB, enough to cost it a collection), and held 445,000
 * more objects and 8.5 MB more heap than the table does.
 *
 * <p>A line whose misspelling is not already lower-case ASCII (125 of the general list's) is kept
 * in a small map under its lower-case form. Where two lines have the same lower-case misspelling,
 * the later one wins, as it would in a map filled in order. A line with a character beyond Latin-1
 * (9 of the general list's: {@code сontain} with a Cyrillic {@code с}) is kept apart, in a map of
 * its own, so that the string stays one byte a character: one such line in it would make the whole
 * string two bytes a character, 3.8 MB instead of 1.9 MB, and reading it allocated 13 MB instead of
 * 7 (a run on five articles allocates ~120 MB, about what fits before its first collection).
 * Immutable and thread-safe.
 */
final class MisspellingTable {
    private final String all;
    /** Open addressing: the start of a line plus one, 0 for an empty slot. */
    private final int[] slots;
    private final int mask;
    /** Lines whose misspelling changes when lower-cased (or is not ASCII): the lower-case form to the line's start. */
    private final Map<String, Integer> others;
    /** Lines with a character beyond Latin-1, not in {@link #all}: the lower-case misspelling to its corrections. */
    private final Map<String, String> wide;

    private MisspellingTable(String all, int[] slots, Map<String, Integer> others, Map<String, String> wide) {
        this.all = all;
        this.slots = slots;
        this.mask = slots.length - 1;
        this.others = others;
        this.wide = wide;
    }

    /** Reads a resource of this package. */
    static MisspellingTable read(String resource) {
        return of(WordList.required(MisspellingTable.class, resource));
    }

    /** The table of a list's text in UTF-8, its lines with a character beyond Latin-1 kept apart. */
    static MisspellingTable of(byte[] utf8) {
        int n = utf8.length;
        byte[] narrow = null; // the lines without such a character, once one is met
        int kept = 0;
        StringBuilder wide = new StringBuilder();
        for (int line = 0; line < n; ) {
            int end = line;
            boolean beyondLatin1 = false;
            while (end < n && utf8[end] != '\n') {
                beyondLatin1 |= (utf8[end] & 0xFF) >= 0xC4; // the lead byte of U+0100 and above
                end++;
            }
            int next = Math.min(n, end + 1);
            if (beyondLatin1) {
                if (narrow == null) {
                    narrow = new byte[n];
                    System.arraycopy(utf8, 0, narrow, 0, line);
                    kept = line;
                }
                wide.append(new String(utf8, line, next - line, StandardCharsets.UTF_8));
            } else if (narrow != null) {
                System.arraycopy(utf8, line, narrow, kept, next - line);
                kept += next - line;
            }
            line = next;
        }
        String all = narrow == null ? new String(utf8, StandardCharsets.UTF_8)
                : new String(narrow, 0, kept, StandardCharsets.UTF_8);
        String lines = wide.toString();
        Map<String, String> apart = new HashMap<>();
        forEachLine(lines, (line, tab) -> apart.put(SpellingDictionary.lower(lines.substring(line, tab)),
                valueAt(lines, tab)));
        return of(all, apart);
    }

    /** The table of a list's text. */
    static MisspellingTable of(String all) {
        return of(all, Map.of());
    }

    private static MisspellingTable of(String all, Map<String, String> wide) {
        int lines = 1;
        for (int i = all.indexOf('\n'); i >= 0; i = all.indexOf('\n', i + 1)) {
            lines++;
        }
        int[] slots = new int[Integer.highestOneBit(lines) << 2]; // at most half full
        Map<String, Integer> others = new HashMap<>();
        MisspellingTable table = new MisspellingTable(all, slots, others, wide);
        forEachLine(all, (line, tab) -> {
            if (lowerAscii(all, line, tab)) {
                table.put(line, tab);
            } else {
                others.put(SpellingDictionary.lower(all.substring(line, tab)), line);
            }
        });
        return table;
    }

    /** What {@link #forEachLine} calls for a line: where it starts and where its tab is. */
    @FunctionalInterface
    private interface LineVisitor {
        void visit(int line, int tab);
    }

    /** Each line of a list that has a misspelling and a tab, and is not a comment, in order. */
    private static void forEachLine(String all, LineVisitor visitor) {
        int n = all.length();
        for (int i = 0; i < n; ) {
            int nl = all.indexOf('\n', i);
            int end = nl < 0 ? n : nl;
            int tab = all.indexOf('\t', i);
            if (all.charAt(i) != '#' && tab > i && tab < end) {
                visitor.visit(i, tab);
            }
            i = end + 1;
        }
    }

    /**
     * The whole list as a map from the lower-case misspelling to its corrections as written, filled
     * in the list's order (for learning from every line, {@link ChannelModel#learn}; a run looks
     * words up in the table instead).
     */
    Map<String, String> toMap() {
        Map<String, String> map = new HashMap<>(180_000);
        forEachLine(all, (line, tab) -> map.put(SpellingDictionary.lower(all.substring(line, tab)), valueAt(all, tab)));
        map.putAll(wide);
        return Collections.unmodifiableMap(map);
    }

    /** Whether every character of {@code text[from, to)} is ASCII and not a capital. */
    private static boolean lowerAscii(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c >= 128 || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private void put(int line, int tab) {
        int h = 0;
        for (int k = line; k < tab; k++) {
            h = 31 * h + all.charAt(k); // String.hashCode of the misspelling
        }
        for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
            if (slots[s] == 0 || keyEquals(slots[s] - 1, all, line, tab - line)) {
                slots[s] = line + 1; // a later line with the same misspelling wins
                return;
            }
        }
    }

    /** Whether the misspelling of the line starting at {@code line} is {@code text[from, from + length)}. */
    private boolean keyEquals(int line, String text, int from, int length) {
        int tab = all.indexOf('\t', line);
        return tab - line == length && all.regionMatches(line, text, from, length);
    }

    /** Where the line of a lower-case misspelling starts, or -1. */
    private int lineOf(String lowerCase) {
        int found = -1;
        for (int s = spread(lowerCase.hashCode()) & mask; slots[s] != 0; s = (s + 1) & mask) {
            if (keyEquals(slots[s] - 1, lowerCase, 0, lowerCase.length())) {
                found = slots[s] - 1;
                break;
            }
        }
        Integer other = others.isEmpty() ? null : others.get(lowerCase);
        return other != null && other > found ? other : found;
    }

    /** The corrections of a lower-case misspelling as written ({@code a|b}), or null if it is not listed. */
    String get(String lowerCase) {
        String apart = wide.isEmpty() ? null : wide.get(lowerCase);
        if (apart != null) {
            return apart;
        }
        int line = lineOf(lowerCase);
        if (line < 0) {
            return null;
        }
        return valueAt(all, all.indexOf('\t', line));
    }

    /** The corrections after the tab at {@code tab}, to the end of its line (a CR before the LF left out). */
    private static String valueAt(String text, int tab) {
        int nl = text.indexOf('\n', tab);
        int end = nl < 0 ? text.length() : nl;
        int stop = end > tab + 1 && text.charAt(end - 1) == '\r' ? end - 1 : end;
        return text.substring(tab + 1, stop);
    }

    /** Whether a lower-case misspelling is listed. */
    boolean containsKey(String lowerCase) {
        return !wide.isEmpty() && wide.containsKey(lowerCase) || lineOf(lowerCase) >= 0;
    }

    /** Whether the table's text is kept one byte a character (no character beyond Latin-1 in it). */
    boolean compact() {
        return all.chars().allMatch(c -> c <= 0xFF);
    }
}
