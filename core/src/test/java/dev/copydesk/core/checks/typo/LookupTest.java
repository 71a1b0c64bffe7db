package dev.copydesk.core.checks.typo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.model.Word;
import dev.copydesk.core.testing.TestData;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import morfologik.speller.Speller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LookupTest {
    private static SpellingDictionary dictionary;
    private static Set<String> seedWords;

    @BeforeAll
    static void load() {
        dictionary = SpellingDictionary.load(Dialect.EN_US);
        seedWords = new TreeSet<>();
        TestData.newsCorpus().documents().forEach(d -> d.blocks().forEach(b -> {
            for (Word w : b.words()) {
                seedWords.add(w.text());
            }
        }));
    }

    @Test
    void findsTheSameOneEditCandidatesAsLookingUpEveryEdit() {
        Lookup lookup = new Lookup(dictionary);
        Speller speller = dictionary.newSpeller(1);
        int compared = 0;
        for (String word : seedWords) {
            for (String slipped : List.of(word, swapMiddle(word), word + "x", "q" + word)) {
                assertThat(lookup.candidates(slipped, false)).as(slipped)
                        .containsExactlyInAnyOrderElementsOf(everyEditInDictionary(speller, slipped));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(4000);
    }

    @Test
    void followsAWordThroughTheAutomatonUntilNoDictionaryWordStartsThatWay() {
        assertThat(dictionary.knownPrefixLength("government")).isEqualTo("government".length());
        assertThat(dictionary.knownPrefixLength("goverxment")).isEqualTo("gover".length());
        assertThat(dictionary.knownPrefixLength("qxzt")).isEqualTo(1);
        assertThat(dictionary.knownPrefixLength("café")).isEqualTo("café".length());
    }

    private static Set<String> everyEditInDictionary(Speller speller, String word) {
        Set<String> out = new LinkedHashSet<>();
        for (String e : EditCandidates.oneEditFrom(word)) {
            if (speller.isInDictionary(e)) {
                out.add(e);
            }
            String capital = SpellingDictionary.capitalise(e);
            if (speller.isInDictionary(capital)) {
                out.add(capital);
            }
        }
        return out;
    }

    private static String swapMiddle(String word) {
        int m = word.length() / 2;
        return word.length() < 4 ? word : word.substring(0, m - 1) + word.charAt(m) + word.charAt(m - 1)
                + word.substring(m + 1);
    }
}
