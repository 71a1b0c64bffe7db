package dev.copydesk.core.checks.duplicate;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import dev.copydesk.core.check.Evidence.DiffOp;
import dev.copydesk.core.check.Evidence.DiffToken;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word alignment of a paragraph against the first of its group (java-diff-utils' linear-space
 * Myers diff over whitespace-separated words, two words equal when their normalised forms are;
 * anchored on unique word triples past {@link #SEARCHED} words), with the matched word count the
 * similarity is computed from.
 *
 * @param tokens  the diff, runs of one operation merged, in reading order
 * @param matched words aligned between the two
 * @param first   words in the first paragraph
 * @param other   words in the other paragraph
 */
record WordDiff(List<DiffToken> tokens, int matched, int first, int other) {
    /** Words in all (both sides, after their shared ends) up to which the alignment is the shortest one. */
    static final int SEARCHED = 4_000;
    /** Words in an anchor of a long alignment. */
    private static final int ANCHOR = 3;

    /** Aligns {@code other} against {@code first}. */
    static WordDiff of(String first, String other) {
        return of(Word.split(first), Word.split(other));
    }

    /** Aligns the words of {@code other} against those of {@code first} (both from {@link Word#split}). */
    static WordDiff of(List<Word> a, List<Word> b) {
        // Most members of a group are copies or light edits: the words they share at both ends are
        // aligned here, and the search runs on what lies between. An alignment that takes in the
        // longest common prefix and suffix is always among the shortest edit scripts, so the
        // matched count, and with it every similarity, is that of a search over all the words.
        // The search is the linear-space Myers of java-diff-utils: the other one keeps a node per
        // step, and a rewrite of a long paragraph takes thousands.
        int n = a.size();
        int m = b.size();
        int prefix = 0;
        while (prefix < n && prefix < m && sameWord(a.get(prefix), b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && sameWord(a.get(n - 1 - suffix), b.get(m - 1 - suffix))) {
            suffix++;
        }
        List<Change> changes = new ArrayList<>();
        align(a, prefix, n - suffix, b, prefix, m - suffix, changes);
        Tokens out = new Tokens();
        List<Word> deleted = new ArrayList<>();
        List<Word> inserted = new ArrayList<>();
        int changedInOther = 0;
        int position = 0;
        for (Change c : changes) {
            if (c.bFrom() > position) { // words in common since the last change: it is complete
                out.change(deleted, inserted);
                out.add(DiffOp.EQUAL, b.subList(position, c.bFrom()));
            }
            deleted.addAll(a.subList(c.aFrom(), c.aFrom() + c.aLength()));
            inserted.addAll(b.subList(c.bFrom(), c.bFrom() + c.bLength()));
            position = c.bFrom() + c.bLength();
            changedInOther += c.bLength();
        }
        out.change(deleted, inserted);
        out.add(DiffOp.EQUAL, b.subList(position, b.size()));
        return new WordDiff(out.tokens, b.size() - changedInOther, a.size(), b.size());
    }

    /** Words {@code aFrom..} of the first replaced by words {@code bFrom..} of the other (either may be none). */
    private record Change(int aFrom, int aLength, int bFrom, int bLength) {
    }

    /**
     * Adds, in order, the changes that turn {@code a[aFrom, aTo)} into {@code b[bFrom, bTo)}. Up
     * to {@link #SEARCHED} words in all, the shortest edit script (Myers). Beyond, where Myers'
     * time (words times edits) would run to minutes on two long rewritten paragraphs, the word
     * triples that occur once in each side and in the same order anchor the alignment (as
     * patience diff anchors on unique lines), and the stretches between them are aligned the same
     * way; a stretch with no anchor is replaced whole. Not always the shortest script then, but
     * near-linear.
     */
    private static void align(List<Word> a, int aFrom, int aTo, List<Word> b, int bFrom, int bTo, List<Change> out) {
        if (aTo - aFrom + bTo - bFrom <= SEARCHED) {
            Patch<Word> patch = DiffUtils.diff(a.subList(aFrom, aTo), b.subList(bFrom, bTo),
                    new MyersDiffWithLinearSpace<Word>(WordDiff::sameWord));
            for (AbstractDelta<Word> d : patch.getDeltas()) {
                out.add(new Change(aFrom + d.getSource().getPosition(), d.getSource().size(),
                        bFrom + d.getTarget().getPosition(), d.getTarget().size()));
            }
            return;
        }
        int[][] anchors = anchors(a, aFrom, aTo, b, bFrom, bTo);
        if (anchors.length == 0) {
            out.add(new Change(aFrom, aTo - aFrom, bFrom, bTo - bFrom));
            return;
        }
        int ai = aFrom;
        int bi = bFrom;
        for (int[] anchor : anchors) {
            alignStretch(a, ai, anchor[0], b, bi, anchor[1], out);
            ai = anchor[0] + ANCHOR;
            bi = anchor[1] + ANCHOR;
        }
        alignStretch(a, ai, aTo, b, bi, bTo, out);
    }

    private static void alignStretch(List<Word> a, int aFrom, int aTo, List<Word> b, int bFrom, int bTo,
                                     List<Change> out) {
        if (aFrom < aTo || bFrom < bTo) {
            align(a, aFrom, aTo, b, bFrom, bTo, out);
        }
    }

    /**
     * Starts (in a, in b) of word triples found exactly once on each side, increasing on both
     * sides (the longest such chain) and not overlapping.
     */
    private static int[][] anchors(List<Word> a, int aFrom, int aTo, List<Word> b, int bFrom, int bTo) {
        Map<String, Integer> inA = triples(a, aFrom, aTo);
        Map<String, Integer> inB = triples(b, bFrom, bTo);
        List<int[]> pairs = new ArrayList<>();
        for (int i = aFrom; i + ANCHOR <= aTo; i++) {
            String t = triple(a, i);
            Integer j = inB.get(t);
            if (inA.get(t) == i && j != null && j >= 0) { // once in a (here) and once in b
                pairs.add(new int[] {i, j});
            }
        }
        // longest chain increasing in b (pairs are already increasing in a): patience sorting
        int[] tails = new int[pairs.size()];
        int[] previous = new int[pairs.size()];
        int length = 0;
        for (int k = 0; k < pairs.size(); k++) {
            int j = pairs.get(k)[1];
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs.get(tails[mid])[1] < j) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[k] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = k;
            length = Math.max(length, lo + 1);
        }
        List<int[]> chain = new ArrayList<>(length);
        for (int k = length > 0 ? tails[length - 1] : -1; k >= 0; k = previous[k]) {
            chain.add(pairs.get(k)); // last first
        }
        Collections.reverse(chain);
        List<int[]> kept = new ArrayList<>();
        for (int[] p : chain) {
            int[] last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last == null || p[0] >= last[0] + ANCHOR && p[1] >= last[1] + ANCHOR) {
                kept.add(p);
            }
        }
        return kept.toArray(int[][]::new);
    }

    /** Each word triple of a stretch with where it starts, or -1 when it occurs more than once. */
    private static Map<String, Integer> triples(List<Word> words, int from, int to) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = from; i + ANCHOR <= to; i++) {
            out.merge(triple(words, i), i, (x, y) -> -1);
        }
        return out;
    }

    private static String triple(List<Word> words, int at) {
        return words.get(at).key() + '\u0001' + words.get(at + 1).key() + '\u0001' + words.get(at + 2).key();
    }

    private static boolean sameWord(Word x, Word y) {
        return x.key().equals(y.key());
    }

    /** Dice similarity of the alignment: twice the matched words over both lengths. */
    double similarity() {
        return first + other == 0 ? 1.0 : 2.0 * matched / (first + other);
    }

    /** Matched words over the shorter paragraph's length. */
    double coverage() {
        int shorter = Math.min(first, other);
        return shorter == 0 ? 0.0 : (double) matched / shorter;
    }

    /** Shorter length over longer length. */
    double lengthRatio() {
        int longer = Math.max(first, other);
        return longer == 0 ? 1.0 : (double) Math.min(first, other) / longer;
    }

    /**
     * A word as written and its normalised form; empty normalised forms (a lone dash) still align.
     * Words are split at whitespace and where a letter follows punctuation without a space
     * ({@code fire,hayat}, {@code offensive.”Our}), so a missing space does not hide two words.
     */
    record Word(String text, String key) {

        /**
         * The words of a text: runs between ASCII whitespace (the text stripped first), each also broken
         * after closing punctuation ({@code .,;:!?”»)]}) that is followed by two letters. One pass, no
         * regular expression: the report splits every member of every group.
         */
        static List<Word> split(String text) {
            String t = text.strip();
            List<Word> words = new ArrayList<>();
            int n = t.length();
            int start = 0;
            int i = 0;
            while (i < n) {
                char c = t.charAt(i);
                if (isSpace(c)) {
                    add(words, t, start, i);
                    start = i + 1;
                    i++;
                } else if (isClosing(c) && lettersFollow(t, i + 1)) {
                    add(words, t, start, i + 1);
                    start = i + 1;
                    i++;
                } else {
                    i++;
                }
            }
            add(words, t, start, n);
            return words;
        }

        private static void add(List<Word> words, String t, int from, int to) {
            if (to > from) {
                String w = t.substring(from, to);
                words.add(new Word(w, WordHashes.key(w)));
            }
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
        }

        private static boolean isClosing(char c) {
            return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\u201d'
                    || c == '\u00bb' || c == ')' || c == ']';
        }

        private static boolean lettersFollow(String t, int at) {
            if (at >= t.length()) {
                return false;
            }
            int first = t.codePointAt(at);
            int next = at + Character.charCount(first);
            return Character.isLetter(first) && next < t.length() && Character.isLetter(t.codePointAt(next));
        }
    }

    private static final class Tokens {
        final List<DiffToken> tokens = new ArrayList<>();

        /**
         * A change between two runs of common words, its deleted words before its inserted ones
         * (the search may give them as separate deltas, in either order); both lists are emptied.
         */
        void change(List<Word> deleted, List<Word> inserted) {
            add(DiffOp.DELETE, deleted);
            add(DiffOp.INSERT, inserted);
            deleted.clear();
            inserted.clear();
        }

        void add(DiffOp op, List<Word> words) {
            if (words.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder();
            for (Word w : words) {
                text.append(text.isEmpty() ? "" : " ").append(w.text());
            }
            tokens.add(new DiffToken(op, text.toString()));
        }
    }
}
