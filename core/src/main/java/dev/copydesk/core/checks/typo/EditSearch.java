package dev.copydesk.core.checks.typo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Dictionary words within a few edits of a word (Damerau-Levenshtein, optimal string alignment:
 * a byte deleted, inserted, replaced, or two neighbours swapped), found in one walk of the
 * dictionary's automaton that keeps one row of the edit-distance table per depth and leaves a
 * branch as soon as every cell of its row is over the limit. The first letter of a dictionary
 * word matches the typed one in either case, so {@code damscus} finds {@code Damascus}; only
 * words of letters, apostrophes and hyphens, capitalised or not, are offered (no acronyms, camel
 * case, digits or dots).
 *
 * <p>Distances are counted over UTF-8 bytes: the dictionary is UTF-8 and almost all English, so a
 * replaced accented letter counts as two edits. One instance per thread; not thread-safe.
 */
final class EditSearch {
    /** Words longer than this (in bytes) are not searched: nothing that long is a plausible typo. */
    static final int MAX_BYTES = 48;

    private final WordAutomaton words;
    private final int[][] rows = new int[MAX_BYTES + 4][MAX_BYTES + 1];
    private final byte[] path = new byte[MAX_BYTES + 4];
    private byte[] query;
    private int limit;
    private List<String> found;

    EditSearch(WordAutomaton words) {
        this.words = words;
    }

    /**
     * The dictionary words at most {@code edits} edits from {@code word} (the word itself included
     * when it is one), in the automaton's order.
     */
    List<String> within(String word, int edits) {
        byte[] q = word.getBytes(StandardCharsets.UTF_8);
        if (q.length == 0 || q.length > MAX_BYTES) {
            return List.of();
        }
        query = q;
        limit = edits;
        found = new ArrayList<>();
        int[] first = rows[0];
        for (int j = 0; j <= q.length; j++) {
            first[j] = j;
        }
        walk(0, 0);
        List<String> out = found;
        found = null;
        return out;
    }

    private void walk(int node, int depth) {
        int n = query.length;
        int[] prev = rows[depth];
        if (depth > 0 && words.ends[node] && prev[n] <= limit) {
            found.add(new String(path, 0, depth, StandardCharsets.UTF_8));
        }
        if (depth + 1 >= rows.length) {
            return;
        }
        int[] row = rows[depth + 1];
        byte[] labels = words.labels;
        int[] targets = words.targets;
        for (int a = words.first[node], end = words.first[node + 1]; a < end; a++) {
            byte label = labels[a];
            if (!offered(label, depth == 0)) {
                continue;
            }
            int best = row[0] = depth + 1;
            for (int j = 1; j <= n; j++) {
                byte typed = query[j - 1];
                int v = prev[j - 1] + (same(label, typed, depth == 0) ? 0 : 1);
                v = Math.min(v, Math.min(prev[j], row[j - 1]) + 1);
                if (depth > 0 && j > 1 && label == query[j - 2] && same(path[depth - 1], typed, depth == 1)
                        && label != typed) {
                    v = Math.min(v, rows[depth - 1][j - 2] + 1);
                }
                row[j] = v;
                best = Math.min(best, v);
            }
            if (best <= limit) {
                path[depth] = label;
                int target = targets[a];
                if (target >= 0) {
                    walk(target, depth + 1);
                }
            }
        }
    }

    /**
     * Whether a word with this byte can be offered: lower-case letters, apostrophes, hyphens and
     * letters outside ASCII anywhere, capitals only first. Acronyms, camel case, digits, spaces and
     * abbreviations with dots are never a typo's correction.
     */
    private static boolean offered(byte label, boolean firstLetter) {
        return label >= 'a' && label <= 'z' || label == '\'' || label == '-' || label < 0
                || firstLetter && label >= 'A' && label <= 'Z';
    }

    /** Equal bytes; at a word's first letter, equal ignoring ASCII case. */
    private static boolean same(byte dictionary, byte typed, boolean firstLetter) {
        return dictionary == typed || firstLetter && lowerAscii(dictionary) == lowerAscii(typed);
    }

    private static int lowerAscii(byte b) {
        return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }
}
