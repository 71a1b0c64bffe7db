package dev.copydesk.core.checks.typo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.Dialect;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Aspell-style misspellings (from the development half of the Aspell test kernel and Mitton's
 * sets) that the ranking must get right: each reaches its intended word through one of the kinds
 * of candidate the suggester adds beyond one- and two-edit search, or through the bonuses.
 */
class SuggestionRankingTest {
    private static final TypoCheck CHECK = new TypoCheck();
    private static Map<String, List<String>> corrected;

    @BeforeAll
    static void correctAll() {
        corrected = CHECK.correct(List.of("teh", "goverment", "recieve", "aratictature", "unfortunently",
                "occusionaly", "enligtment", "bigginging", "cicle", "hystrical", "amourfous", "gaurd",
                "aricticure", "commerciasl", "simplye", "ohter", "initized", "redign", "splened", "throut", "hifine",
                "Accosinly", "beauro", "theridically"),
                Dialect.EN_US);
    }

    @ParameterizedTest(name = "{0} -> {1} first")
    @CsvSource({
        "teh, the", // the list of misspellings
        "goverment, government", // a dropped letter
        "recieve, receive", // i before e
        "aratictature, architecture", // its sound code is two edits from the intended word's
        "unfortunently, unfortunately", // the same, and longer than the typed word
        "occusionaly, occasionally", // the same sound code, three edits away
        // the learnt channel model reorders the best candidates
        "aricticure, architecture",
        "commerciasl, commercials",
        "simplye, simply",
        "hystrical, hysterical",
        "amourfous, amorphous",
        "bigginging, beginning",
        "ohter, other", // the list's own casing, not the dictionary's capitalised entry
        // spelt by ear: many letters but no sound away, so charged at most Weights.soundClip
        "hifine, hyphen",
        "Accosinly, Occasionally",
    })
    void ranksTheIntendedWordFirst(String typed, String intended) {
        assertThat(corrected.get(typed)).as(typed).isNotEmpty();
        assertThat(corrected.get(typed).get(0)).isEqualTo(intended);
    }

    @ParameterizedTest(name = "{0} -> {1} in the top five")
    @CsvSource({
        "enligtment, enlightenment", // three edits: the long-word search
        "bigginging, beginning",
        "cicle, circle",
        "hystrical, hysterical",
        "amourfous, amorphous",
        "gaurd, guard",
        // two edits or more from a word reported as unknown: the wide search finds them
        "initized, initialized",
        "redign, redesign",
        "splened, splendid",
        "throut, through",
        // sound-alikes costlier than the others may still be offered (Weights.soundCap)
        "beauro, bureau",
        "theridically, theoretical",
    })
    void offersTheIntendedWordAmongTheFirstFive(String typed, String intended) {
        assertThat(corrected.get(typed)).as(typed).isNotNull();
        assertThat(corrected.get(typed).subList(0, Math.min(5, corrected.get(typed).size()))).contains(intended);
    }
}
