package dev.copydesk.core.checks.typo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditCostTest {
    @Test
    void swappedNeighboursCostLessThanTwoEdits() {
        assertThat(EditCost.between("teh", "the")).isLessThan(1.0);
    }

    @Test
    void adjacentKeysCostLessThanDistantKeys() {
        assertThat(EditCost.adjacent('s', 'd')).isTrue();
        assertThat(EditCost.adjacent('q', 'a')).isTrue();
        assertThat(EditCost.adjacent('q', 'm')).isFalse();
        assertThat(EditCost.between("fpr", "for")).isLessThan(EditCost.between("fzr", "for"));
    }

    @Test
    void aDroppedDoubleLetterIsCheap() {
        assertThat(EditCost.between("comitee", "committee")).isLessThan(1.0);
    }

    @Test
    void identicalWordsCostNothingAndCostIsSymmetricForPlainSubstitutions() {
        assertThat(EditCost.between("syria", "syria")).isZero();
        assertThat(EditCost.between("cat", "cot")).isEqualTo(EditCost.between("cot", "cat"));
    }
}
