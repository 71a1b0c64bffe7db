package dev.copydesk.core.checks.typo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpusNamesTest {
    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
        "forcse, forces, true", // neighbours swapped
        "frocse, forces, false", // two swaps
        "occured, occurred, true", // one of a pair
        "occurrred, occurred, true", // one too many
        "accomodate, accommodate, true",
        "said, saud, false", // a vowel for a vowel: names are made of those (Saud)
        "homs, homes, false", // a letter left out that was not doubled
        "mike, mika, false",
        "abc, abc, false", // the same word is no slip
        "ab, abcd, false",
    })
    void aCloseSlipIsOneSwapOfNeighboursOrOneLetterDoubledOrUndoubled(String a, String b, boolean slip) {
        assertThat(CorpusNames.closeSlip(a, b)).isEqualTo(slip);
        assertThat(CorpusNames.closeSlip(b, a)).isEqualTo(slip);
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
        "hizbollah, hezbollah, true",
        "mohammad, mohammed, true",
        "hizbollah, hezbolah, false", // not one length
        "damsacus, damascus, false", // a swap
        "hizbullah, hezbollah, false", // two vowels
        "damascos, damascus, true",
        "damascus, damascus, false", // the same word
        "syrian, syrien, true",
        "syrian, syrinn, false", // a consonant
    })
    void aVowelForAVowelIsOneLetterChangedBetweenTwoVowels(String a, String b, boolean variant) {
        assertThat(CorpusNames.sameLetters(a, b)).isFalse();
        assertThat(CorpusNames.vowelForVowel(a, b)).isEqualTo(variant);
        assertThat(CorpusNames.vowelForVowel(b, a)).isEqualTo(variant);
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
        "viet-nam, vietnam, true",
        "south-west, southwest, true",
        "super-fund, superfund, true",
        "vietnam, vietnam, false", // no hyphen: the same word, or another
        "viet-nma, vietnam, false",
        "abdel-rhaman, abdel-rahman, false",
    })
    void wordsThatDifferOnlyInHyphensHaveTheSameLetters(String a, String b, boolean same) {
        assertThat(CorpusNames.sameLetters(a, b)).isEqualTo(same);
        assertThat(CorpusNames.sameLetters(b, a)).isEqualTo(same);
    }
}
