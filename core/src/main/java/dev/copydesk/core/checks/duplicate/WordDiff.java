package dev.copydesk.core.checks.duplicate;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import dev.copydesk.core.check.Evidence.DiffOp;
import dev.copydesk.core.check.Evidence.DiffToken;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A word alignment of a paragraph against the first of its group (java-diff-utils' Myers diff over
 * whitespace-separated words, two words equal when their normalised forms are), with the matched
 * word count the similarity is computed from.
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
        Patch<Word> patch = DiffUtils.diff(a, b, (x, y) -> x.key().equals(y.key()));
        Tokens out = new Tokens();
        int changedInOther = 0;
        int position = 0;
        for (AbstractDelta<Word> delta : patch.getDeltas()) {
            out.add(DiffOp.EQUAL, b.subList(position, delta.getTarget().getPosition()));
            out.add(DiffOp.DELETE, delta.getSource().getLines());
            out.add(DiffOp.INSERT, delta.getTarget().getLines());
            position = delta.getTarget().getPosition() + delta.getTarget().size();
            changedInOther += delta.getTarget().size();
        }
        out.add(DiffOp.EQUAL, b.subList(position, b.size()));
        return new WordDiff(out.tokens, b.size() - changedInOther, a.size(), b.size());
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
        private static final Pattern BREAK =
                Pattern.compile("\\s+|(?<=[.,;:!?”»)\\]])(?=\\p{L}{2})");

        static List<Word> split(String text) {
            List<Word> words = new ArrayList<>();
            for (String w : BREAK.split(text.strip())) {
                if (!w.isEmpty()) {
                    words.add(new Word(w, String.join(" ", WordHashes.words(w))));
                }
            }
            return words;
        }
    }

    private static final class Tokens {
        final List<DiffToken> tokens = new ArrayList<>();

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
