package dev.copydesk.core.checks.typo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Dictionary words within a few edits of a word (Damerau-Levenshtein, optimal string alignment:
 * a byte deleted, inserted, replaced, or two neighbours swapped), found in one walk of the
 * dictionary's automaton that keeps one row of the edit-distance table per depth and leaves a
 * branch as soon as every cell of its row is over the limit, or as soon as the letters the query
 * still has to match, and no arc below the branch carries, would take it over the limit (each
 * node knows the letters below it, {@link WordAutomaton#below}). The first letter of a dictionary
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
    /** Whether branches are left when the letters below them cannot serve the query (off only to check that rule). */
    private final boolean letterBound;
    /** For each letter bit of the query, the positions (bit k for byte k) that have it. */
    private final long[] positions = new long[WordAutomaton.LETTER_BITS];
    /** The query's distinct letter bits. */
    private final int[] queryBits = new int[WordAutomaton.LETTER_BITS];
    private int distinctBits;
    private byte[] query;
    private int limit;
    private List<Hit> found;

    /**
     * A dictionary word found by a search.
     *
     * @param word      as the dictionary writes it
     * @param frequency its frequency class, 0 (rare) to 25
     */
    record Hit(String word, int frequency) {
    }

    EditSearch(WordAutomaton words) {
        this(words, true);
    }

    /** A search that leaves branches by their letters ({@code letterBound}) or only by their rows. */
    EditSearch(WordAutomaton words, boolean letterBound) {
        this.words = words;
        this.letterBound = letterBound;
    }

    /**
     * The dictionary words at most {@code edits} edits from {@code word} (the word itself included
     * when it is one), in the automaton's order.
     */
    List<Hit> within(String word, int edits) {
        byte[] q = word.getBytes(StandardCharsets.UTF_8);
        if (q.length == 0 || q.length > MAX_BYTES) {
            return List.of();
        }
        query = q;
        limit = edits;
        found = new ArrayList<>();
        for (int k = 0; k < distinctBits; k++) {
            positions[queryBits[k]] = 0;
        }
        distinctBits = 0;
        for (int k = 0; k < q.length; k++) {
            int bit = WordAutomaton.letterBit(q[k]);
            if (positions[bit] == 0) {
                queryBits[distinctBits++] = bit;
            }
            positions[bit] |= 1L << k;
        }
        int[] first = rows[0];
        for (int j = 0; j <= q.length; j++) {
            first[j] = j;
        }
        walk(0, 0);
        List<Hit> out = found;
        found = null;
        return out;
    }

    /**
     * Visits the arcs of a node at a depth. Only the cells of a row within {@code limit} of its
     * diagonal are computed (a cell further off is always over the limit); the cells just outside
     * that band are set to {@code limit + 1}, which is all the next row needs to know of them.
     */
    private void walk(int node, int depth) {
        int n = query.length;
        int[] prev = rows[depth];
        int frequency = words.frequency[node];
        if (depth > 0 && frequency != WordAutomaton.NO_WORD && Math.abs(n - depth) <= limit && prev[n] <= limit) {
            found.add(new Hit(new String(path, 0, depth, StandardCharsets.UTF_8), frequency));
        }
        int d = depth + 1;
        if (d >= rows.length || d - limit > n) {
            return;
        }
        int[] row = rows[d];
        int[] before = depth > 0 ? rows[depth - 1] : null;
        int lo = Math.max(1, d - limit);
        int hi = Math.min(n, d + limit);
        int over = limit + 1;
        byte[] labels = words.labels;
        int[] targets = words.targets;
        for (int a = words.first[node], end = words.first[node + 1]; a < end; a++) {
            byte label = labels[a];
            if (!offered(label, depth == 0)) {
                continue;
            }
            row[0] = d;
            int best = d <= limit ? d : over;
            row[lo - 1] = lo > 1 ? over : d;
            for (int j = lo; j <= hi; j++) {
                byte typed = query[j - 1];
                int v = prev[j - 1] + (same(label, typed, depth == 0) ? 0 : 1);
                v = Math.min(v, Math.min(prev[j], row[j - 1]) + 1);
                if (before != null && j > 1 && label == query[j - 2] && same(path[depth - 1], typed, depth == 1)
                        && label != typed) {
                    v = Math.min(v, before[j - 2] + 1);
                }
                row[j] = v;
                best = Math.min(best, v);
            }
            if (hi < n) {
                row[hi + 1] = over;
            }
            if (best > limit) {
                continue;
            }
            int target = targets[a];
            if (letterBound && target >= 0 && bound(target, row, lo, hi, d) > limit) {
                continue;
            }
            path[depth] = label;
            if (best < limit) {
                if (target >= 0) {
                    walk(target, d);
                }
            } else {
                finishExactly(target, d, row, prev);
            }
        }
    }

    /**
     * A lower bound of the edits that any word through {@code node} needs, given the row of the
     * path to it: after a cell, each query letter that no arc below the node carries must be
     * deleted or replaced, one edit each, and no two share an edit. (An alignment that swaps the
     * path's last letter with the first one below the node passes through no cell of the row, but
     * costs at least the cell one to the right of where the swap starts, plus the letters after
     * it: the bound of that cell.)
     */
    private int bound(int node, int[] row, int lo, int hi, int d) {
        int below = words.below[node];
        long missing = 0;
        for (int k = 0; k < distinctBits; k++) {
            int bit = queryBits[k];
            if ((below & 1 << bit) == 0) {
                missing |= positions[bit];
            }
        }
        int least = d <= limit ? row[0] + Long.bitCount(missing) : Integer.MAX_VALUE;
        for (int j = lo; j <= hi; j++) {
            least = Math.min(least, row[j] + Long.bitCount(missing >>> j));
        }
        return least;
    }

    /**
     * With no edit left after a prefix, the rest of a word must be the rest of the query after
     * one of the cells at the limit, or, when the prefix's last letter can be the first half of a
     * swap that the row before paid for, the swapped letter and the query after it. Follows each
     * such rest through the automaton instead of walking every arc.
     */
    private void finishExactly(int node, int d, int[] row, int[] prev) {
        int n = query.length;
        for (int j = Math.max(0, d - limit), hi = Math.min(n, d + limit); j <= hi; j++) {
            if (row[j] == limit) {
                follow(node, d, j, -1);
            }
        }
        byte last = path[d - 1];
        for (int j = Math.max(2, d + 1 - limit), hi = Math.min(n, d + 1 + limit); j <= hi; j++) {
            if (prev[j - 2] < limit && same(last, query[j - 1], d == 1) && query[j - 2] != query[j - 1]) {
                follow(node, d, j, j - 2);
            }
        }
    }

    /**
     * Follows {@code query[swapped]} (when not -1) and then {@code query[from..]} from a node whose
     * path is {@code path[0..d)}, and adds the word it spells if it is one.
     */
    private void follow(int node, int d, int from, int swapped) {
        int n = query.length;
        int at = node;
        int length = d;
        if (swapped >= 0 && at >= 0) {
            at = step(at, query[swapped], length++);
        }
        for (int k = from; k < n && at >= 0; k++) {
            at = step(at, query[k], length++);
        }
        if (at >= 0 && words.frequency[at] != WordAutomaton.NO_WORD) {
            found.add(new Hit(new String(path, 0, length, StandardCharsets.UTF_8), words.frequency[at]));
        }
    }

    /** The node after an arc with this label, writing it to the path, or -1 if there is none or it is not offered. */
    private int step(int node, byte label, int depth) {
        if (!offered(label, false)) {
            return -1;
        }
        path[depth] = label;
        return words.child(node, label);
    }

    /**
     * Whether a word with this byte can be offered: lower-case letters and letters outside ASCII
     * anywhere, capitals only first, apostrophes and hyphens never first. Acronyms, camel case, digits, spaces and
     * abbreviations with dots are never a typo's correction.
     */
    private static boolean offered(byte label, boolean firstLetter) {
        boolean letter = label >= 'a' && label <= 'z' || label < 0;
        return firstLetter ? letter || label >= 'A' && label <= 'Z' : letter || label == '\'' || label == '-';
    }

    /** Equal bytes; at a word's first letter, equal ignoring ASCII case. */
    private static boolean same(byte dictionary, byte typed, boolean firstLetter) {
        return dictionary == typed || firstLetter && lowerAscii(dictionary) == lowerAscii(typed);
    }

    private static int lowerAscii(byte b) {
        return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }
}
