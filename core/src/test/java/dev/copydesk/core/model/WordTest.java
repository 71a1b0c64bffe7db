package dev.copydesk.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTest {

    private static Word word(String text) {
        return new Word(text, WordKind.WORD, 0, text.length(), 0, false, false);
    }

    @Test
    void isCapitalisedWhenItsFirstLetterIsUpperCaseInAnyScript() {
        assertThat(word("Syria").isCapitalised()).isTrue();
        assertThat(word("syria").isCapitalised()).isFalse();
        assertThat(word("2015").isCapitalised()).isFalse();
        assertThat(word("\u00c9lys\u00e9e").isCapitalised()).isTrue(); // Élysée
        assertThat(word("\u00e9t\u00e9").isCapitalised()).isFalse();
        assertThat(word("\u0394elta").isCapitalised()).isTrue(); // Greek capital delta
        assertThat(word("\uD835\uDC00bc").isCapitalised()).isTrue(); // mathematical bold capital A, a surrogate pair
        assertThat(word("").isCapitalised()).isFalse();
    }

    @Test
    void agreesWithTheCharacterTablesForEveryAsciiFirstLetter() {
        for (char c = 0; c < 128; c++) {
            assertThat(word(c + "x").isCapitalised()).as("%s", c).isEqualTo(Character.isUpperCase(c));
        }
    }

    @Test
    void keepsEveryKindAndBothFlagsAsGiven() {
        for (WordKind kind : WordKind.values()) {
            for (boolean start : new boolean[] {false, true}) {
                for (boolean invisible : new boolean[] {false, true}) {
                    Word w = new Word("x", kind, 3, 4, 2, start, invisible);
                    assertThat(w.kind()).isEqualTo(kind);
                    assertThat(w.sentenceStart()).isEqualTo(start);
                    assertThat(w.invisible()).isEqualTo(invisible);
                    assertThat(w).isEqualTo(new Word("x", kind, 3, 4, 2, start, invisible))
                            .hasSameHashCodeAs(new Word("x", kind, 3, 4, 2, start, invisible));
                }
            }
        }
        assertThat(new Word("x", WordKind.WORD, 3, 4, 2, true, false))
                .isNotEqualTo(new Word("x", WordKind.WORD, 3, 4, 2, false, false))
                .isNotEqualTo(new Word("y", WordKind.WORD, 3, 4, 2, true, false))
                .isNotEqualTo(new Word("x", WordKind.CODE, 3, 4, 2, true, false))
                .hasToString("Word[text=x, kind=WORD, start=3, end=4, sentence=2, sentenceStart=true, invisible=false]");
    }
}
