package dev.copydesk.bench.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerbatimRunTest {
    @Test
    void findsTheLongestSharedRunIgnoringCasePunctuationAndHyphens() {
        VerbatimRun run = VerbatimRun.between(
                "Like divide and conquer, the solution to one sub-problem may not affect the others.",
                "In short: THE solution to one subproblem may not affect them, unlike divide and rule.");

        assertThat(run.words()).isEqualTo("the solution to one subproblem may not affect");
        assertThat(run.length()).isEqualTo(8);
        assertThat(run.isEvidence()).isFalse();
    }

    @Test
    void aRunOfTenWordsIsEvidenceOfCopying() {
        String passage = "it has been used in a wide variety of contexts ranging from marine biology";
        VerbatimRun run = VerbatimRun.between("Bayes: " + passage + ".", "As the notes say, " + passage + " and more.");

        assertThat(run.length()).isEqualTo(14);
        assertThat(run.isEvidence()).isTrue();
    }

    @Test
    void textsWithNoWordInCommonShareNothing() {
        assertThat(VerbatimRun.between("alpha beta", "gamma delta").length()).isZero();
        assertThat(VerbatimRun.between("", "gamma").words()).isEmpty();
    }
}
