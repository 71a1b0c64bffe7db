package dev.copydesk.core.checks.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.Evidence.DiffOp;
import dev.copydesk.core.check.Evidence.DiffToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The word alignment is a shortest edit script whichever words the two paragraphs share at their
 * ends: its matched count is the longest common subsequence, its tokens spell out both texts, and
 * each change reads as the words deleted, then those inserted.
 */
class WordDiffAlignmentTest {

    @Test
    void matchesTheLongestCommonSubsequenceAndSpellsOutBothTexts() {
        LongStream.range(0, 300).forEach(WordDiffAlignmentTest::matchesTheLongestCommonSubsequenceAndSpellsOutBothTexts);
    }

    private static void matchesTheLongestCommonSubsequenceAndSpellsOutBothTexts(long seed) {
        Random random = new Random(seed);
        List<String> first = words(random, random.nextInt(41));
        List<String> other = edited(random, first, 10);
        if (random.nextBoolean()) {
            other.add(0, "Meanwhile");
        }
        WordDiff diff = WordDiff.of(String.join(" ", first), String.join(" ", other));

        assertThat(diff.matched()).as("seed %d", seed).isEqualTo(longestCommonSubsequence(first, other));
        assertThat(spelt(diff.tokens(), DiffOp.INSERT)).as("seed %d", seed).isEqualTo(String.join(" ", first));
        assertThat(spelt(diff.tokens(), DiffOp.DELETE)).as("seed %d", seed).isEqualTo(String.join(" ", other));
        for (int i = 1; i < diff.tokens().size(); i++) { // runs merged, a change's deletion first
            DiffOp before = diff.tokens().get(i - 1).op();
            DiffOp after = diff.tokens().get(i).op();
            assertThat(after).as("token %d of %s", i, diff.tokens()).isNotEqualTo(before);
            assertThat(before == DiffOp.INSERT && after == DiffOp.DELETE).as("insertion before a deletion in %s",
                    diff.tokens()).isFalse();
        }
    }

    /**
     * Past {@link WordDiff#SEARCHED} words the alignment is anchored on word triples: the tokens
     * still spell out both texts, the matched count never exceeds the longest common subsequence,
     * and for a light edit it stays close to it.
     */
    @Test
    void aLongAlignmentSpellsOutBothTextsAndMatchesNearlyAllItCould() {
        LongStream.range(0, 10).forEach(WordDiffAlignmentTest::aLongAlignmentSpellsOutBothTextsAndMatchesNearlyAllItCould);
    }

    private static void aLongAlignmentSpellsOutBothTextsAndMatchesNearlyAllItCould(long seed) {
        Random random = new Random(seed);
        String[] vocabulary = new String[400];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = "w" + i;
        }
        List<String> first = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            first.add(vocabulary[random.nextInt(vocabulary.length)]);
        }
        List<String> other = edited(random, first, 20);
        WordDiff diff = WordDiff.of(String.join(" ", first), String.join(" ", other));

        assertThat(spelt(diff.tokens(), DiffOp.INSERT)).as("seed %d", seed).isEqualTo(String.join(" ", first));
        assertThat(spelt(diff.tokens(), DiffOp.DELETE)).as("seed %d", seed).isEqualTo(String.join(" ", other));
        int lcs = longestCommonSubsequence(first, other);
        assertThat(diff.matched()).as("seed %d", seed).isLessThanOrEqualTo(lcs)
                .isGreaterThanOrEqualTo((int) (0.95 * lcs));
    }

    @Test
    void alignsAnEditBetweenSharedEndsAtItsPlace() {
        WordDiff diff = WordDiff.of("the rebels took the city on Sunday", "the rebels seized the city on Sunday");

        assertThat(diff.tokens()).containsExactly(
                new DiffToken(DiffOp.EQUAL, "the rebels"),
                new DiffToken(DiffOp.DELETE, "took"),
                new DiffToken(DiffOp.INSERT, "seized"),
                new DiffToken(DiffOp.EQUAL, "the city on Sunday"));
        assertThat(diff.matched()).isEqualTo(6);
    }

    @Test
    void alignsAParagraphThatOnlyGainedWordsAtItsEnds() {
        WordDiff diff = WordDiff.of("the city fell", "Reports say the city fell overnight");

        assertThat(diff.tokens()).containsExactly(
                new DiffToken(DiffOp.INSERT, "Reports say"),
                new DiffToken(DiffOp.EQUAL, "the city fell"),
                new DiffToken(DiffOp.INSERT, "overnight"));
        assertThat(diff.similarity()).isEqualTo(2.0 * 3 / (3 + 6));
    }

    /** Words from a small vocabulary, so that repeats (the hard case for an alignment) are common. */
    private static List<String> words(Random random, int length) {
        String[] vocabulary = {"the", "city", "rebels", "of", "Aleppo", "fell", "on", "Sunday", "and"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            out.add(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return out;
    }

    /** An edit: about one word in {@code oneIn} dropped, one replaced and one added before, anywhere. */
    private static List<String> edited(Random random, List<String> first, int oneIn) {
        List<String> out = new ArrayList<>();
        for (String w : first) {
            int roll = random.nextInt(oneIn);
            if (roll == 0) {
                continue;
            }
            if (roll == 1) {
                out.add("new");
            }
            out.add(roll == 2 ? "other" : w);
        }
        return out;
    }

    private static int longestCommonSubsequence(List<String> a, List<String> b) {
        int[] next = new int[b.size() + 1];
        int[] row = new int[b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                row[j] = a.get(i).equals(b.get(j)) ? next[j + 1] + 1 : Math.max(next[j], row[j + 1]);
            }
            int[] t = next;
            next = row;
            row = t;
        }
        return next[0];
    }

    /** The text the tokens spell out without the given operation's tokens. */
    private static String spelt(List<DiffToken> tokens, DiffOp without) {
        List<String> parts = new ArrayList<>();
        for (DiffToken t : tokens) {
            if (t.op() != without) {
                parts.add(t.text());
            }
        }
        return String.join(" ", parts);
    }
}
