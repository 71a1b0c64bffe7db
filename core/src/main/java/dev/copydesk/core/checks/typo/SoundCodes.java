package dev.copydesk.core.checks.typo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The distinct sound codes of a dictionary (Double Metaphone, see {@link SoundIndex}), sorted, and
 * a search for the codes a few edits from a given one: a depth-first walk of the implicit trie of
 * the sorted array (the codes that share a prefix are a contiguous range, whose ends are worked out
 * once, with the codes) that keeps one row of the edit-distance table (optimal string alignment)
 * per depth and leaves a range as soon as every cell of its row is over the limit. Finds the sound-alikes of a misspelling whose own code is a
 * little off ({@code aratictature}, {@code ARTKTTR}, for {@code architecture}, {@code ARKTKTR}).
 * Immutable and thread-safe; each search allocates its own rows.
 */
final class SoundCodes {
    private final String[] codes;
    private final int longest;
    /** The codes' characters, read in the search's inner loops without {@code String.charAt}'s checks. */
    private final char[][] chars;
    /**
     * {@code runEnd[d][i]}: the end (exclusive) of the run of codes from {@code i} that share the
     * first {@code d + 1} characters of code {@code i} (when it has that many): where the walk's
     * branch for that prefix ends, looked up instead of searched for.
     */
    private final int[][] runEnd;

    /**
     * The distinct codes of a collection, sorted (cheaply when they come sorted already, as the
     * keys of the index {@link SoundIndex#read} reads do).
     */
    SoundCodes(Collection<String> codes) {
        this.codes = sortedDistinct(codes.toArray(String[]::new));
        this.chars = new char[this.codes.length][];
        for (int i = 0; i < this.codes.length; i++) {
            chars[i] = this.codes[i].toCharArray();
        }
        int max = 0;
        for (String c : this.codes) {
            max = Math.max(max, c.length());
        }
        this.longest = max;
        this.runEnd = runEnds(chars, max);
    }

    private static int[][] runEnds(char[][] chars, int longest) {
        int n = chars.length;
        int[] common = new int[n]; // common[i]: the length of the prefix codes i and i + 1 share
        for (int i = 0; i + 1 < n; i++) {
            char[] a = chars[i];
            char[] b = chars[i + 1];
            int k = 0;
            while (k < a.length && k < b.length && a[k] == b[k]) {
                k++;
            }
            common[i] = k;
        }
        int[][] ends = new int[longest][n];
        for (int d = 0; d < longest; d++) {
            int[] end = ends[d];
            for (int i = n - 1; i >= 0; i--) {
                end[i] = i + 1 < n && common[i] > d ? end[i + 1] : i + 1;
            }
        }
        return ends;
    }

    private static String[] sortedDistinct(String[] codes) {
        for (int i = 1; i < codes.length; i++) {
            if (codes[i - 1].compareTo(codes[i]) >= 0) {
                return new TreeSet<>(Arrays.asList(codes)).toArray(String[]::new);
            }
        }
        return codes;
    }

    /** How many distinct codes there are. */
    int size() {
        return codes.length;
    }

    /** The codes at most {@code edits} edits from {@code code} (itself included when present), sorted. */
    List<String> within(String code, int edits) {
        List<String> out = new ArrayList<>();
        if (code.isEmpty() || codes.length == 0) {
            return out;
        }
        int n = code.length();
        char[] typed = code.toCharArray();
        int[][] rows = new int[longest + 2][n + 1];
        for (int j = 0; j <= n; j++) {
            rows[0][j] = j;
        }
        walk(typed, edits, rows, 0, 0, codes.length, out);
        return out;
    }

    /**
     * Visits the codes in {@code [from, to)}, which all share their first {@code depth} characters
     * and whose edit-distance row at that depth is {@code rows[depth]}.
     */
    private void walk(char[] code, int edits, int[][] rows, int depth, int from, int to, List<String> out) {
        int n = code.length;
        int start = from;
        if (chars[start].length == depth) { // the prefix itself is a code, sorted first
            if (depth > 0 && rows[depth][n] <= edits) {
                out.add(codes[start]);
            }
            start++;
        }
        int[] prev = rows[depth];
        int[] row = rows[depth + 1];
        int[] before = depth > 0 ? rows[depth - 1] : null;
        while (start < to) {
            char label = chars[start][depth];
            int end = runEnd[depth][start];
            row[0] = depth + 1;
            int best = row[0];
            for (int j = 1; j <= n; j++) {
                char typed = code[j - 1];
                int v = prev[j - 1] + (label == typed ? 0 : 1);
                v = Math.min(v, Math.min(prev[j], row[j - 1]) + 1);
                if (before != null && j > 1 && label == code[j - 2]
                        && chars[start][depth - 1] == typed && label != typed) {
                    v = Math.min(v, before[j - 2] + 1);
                }
                row[j] = v;
                best = Math.min(best, v);
            }
            if (best <= edits) {
                walk(code, edits, rows, depth + 1, start, end, out);
            }
            start = end;
        }
    }
}
