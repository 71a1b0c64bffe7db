package dev.copydesk.core.checks.typo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EditCostTest {
    @Test
    void aLetterOutsideAsciiCostsNothingForItselfAndOneForAnyOther() {
        assertThat(EditCost.substitution('\u00e9', '\u00e9')).isZero();
        assertThat(EditCost.substitution('\u00e9', 'e')).isEqualTo(1.0);
        assertThat(EditCost.substitution('\u2019', '\'')).isEqualTo(1.0);
        assertThat(EditCost.substitution('a', '\u00e0')).isEqualTo(1.0);
        assertThat(EditCost.between("caf\u00e9", "cafe")).isEqualTo(1.0);
    }

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

    @Test
    void theCappedCostIsTheFullCostWhenUnderTheCapAndOverTheCapOtherwise() {
        Random random = new Random(7);
        String letters = "aeiostnrcdlmpbhx";
        int under = 0;
        for (int k = 0; k < 20_000; k++) {
            String a = randomWord(random, letters);
            String b = random.nextBoolean() ? randomWord(random, letters) : slip(random, a, letters);
            double cap = random.nextInt(8) * 0.5;
            double full = EditCost.between(a, b);
            double capped = EditCost.atMost(a, b, cap);
            if (full <= cap) {
                assertThat(capped).as(a + " -> " + b + " cap " + cap).isEqualTo(full);
                under++;
            } else {
                assertThat(capped).as(a + " -> " + b + " cap " + cap).isGreaterThan(cap);
            }
        }
        assertThat(under).isGreaterThan(1_000);
    }

    @Test
    void theLetterBoundNeverRulesOutAWordWithinTheCapAndRulesOutMostDistantOnes() {
        Random random = new Random(11);
        String letters = "aeiostnrcdlmpbhxqwz";
        int ruledOut = 0;
        int far = 0;
        for (int k = 0; k < 20_000; k++) {
            String a = randomWord(random, letters);
            String b = random.nextBoolean() ? randomWord(random, letters) : slip(random, a, letters);
            double cap = 0.5 + random.nextInt(6) * 0.5;
            double full = EditCost.between(a, b);
            boolean over = new EditCost.Typed(a).surelyOver(b, cap);
            if (over) {
                assertThat(full).as(a + " -> " + b + " cap " + cap).isGreaterThan(cap);
                ruledOut++;
            }
            far += full > cap ? 1 : 0;
        }
        assertThat(ruledOut).isGreaterThan(far / 4);
    }

    private static String randomWord(Random random, String letters) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(18); i < n; i++) { // long enough for the band to cut
            sb.append(letters.charAt(random.nextInt(letters.length())));
        }
        return sb.toString();
    }

    /** The word with one to three random slips (swaps, doublings, drops, replacements). */
    private static String slip(Random random, String word, String letters) {
        StringBuilder sb = new StringBuilder(word);
        for (int s = 0, n = 1 + random.nextInt(3); s < n && sb.length() > 1; s++) {
            int i = random.nextInt(sb.length() - 1);
            switch (random.nextInt(4)) {
                case 0 -> {
                    char c = sb.charAt(i);
                    sb.setCharAt(i, sb.charAt(i + 1));
                    sb.setCharAt(i + 1, c);
                }
                case 1 -> sb.insert(i, sb.charAt(i));
                case 2 -> sb.deleteCharAt(i);
                default -> sb.setCharAt(i, letters.charAt(random.nextInt(letters.length())));
            }
        }
        return sb.toString();
    }
}
