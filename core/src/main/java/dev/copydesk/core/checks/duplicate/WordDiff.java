package dev.copydesk.core.checks.duplicate;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import dev.copydesk.core.check.Evidence.DiffOp;
import dev.copydesk.core.check.Evidence.DiffToken;
import java.util.ArrayList;
import java.util.List;

/**
 * A word alignment of a paragraph against the first of its group (java-diff-utils' linear-space
 * Myers diff over whitespace-separated words, two words equal when their normalised forms are),
 * with the matched word count the similarity is computed from.
 *
 * @param tokens  the diff, runs of one operation merged, in reading order
 * @param matched words aligned between the two
 * @param first   words in the first paragraph
 * @param other   words in the other paragraph
 */
record WordDiff(List<DiffToken> tokens, int matched, int first, int other) {

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
        Patch<Word> patch = DiffUtils.diff(a.subList(prefix, n - suffix), b.subList(prefix, m - suffix),
                new MyersDiffWithLinearSpace<Word>(WordDiff::sameWord));
        Tokens out = new Tokens();
        List<Word> deleted = new ArrayList<>();
        List<Word> inserted = new ArrayList<>();
        int changedInOther = 0;
        int position = 0;
        for (AbstractDelta<Word> delta : patch.getDeltas()) {
            int at = prefix + delta.getTarget().getPosition();
            if (at > position) { // words in common since the last change: it is complete
                out.change(deleted, inserted);
                out.add(DiffOp.EQUAL, b.subList(position, at));
            }
            deleted.addAll(delta.getSource().getLines());
            inserted.addAll(delta.getTarget().getLines());
            position = at + delta.getTarget().size();
            changedInOther += delta.getTarget().size();
        }
        out.change(deleted, inserted);
        out.add(DiffOp.EQUAL, b.subList(position, b.size()));
        return new WordDiff(out.tokens, b.size() - changedInOther, a.size(), b.size());
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
