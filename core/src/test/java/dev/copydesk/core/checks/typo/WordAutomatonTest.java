package dev.copydesk.core.checks.typo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import morfologik.speller.Speller;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WordAutomatonTest {

    /**
     * Every word of the dictionary, its lower and upper case, its prefixes and a few words it lacks:
     * the unpacked automaton gives each the frequency class morfologik's speller reads from the
     * packed one (0 for a word it lacks).
     */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void givesEveryWordTheFrequencyTheSpellerGives(Dialect dialect) {
        SpellingDictionary dictionary = SpellingDictionary.load(dialect);
        WordAutomaton automaton = dictionary.wordAutomaton();
        Speller speller = dictionary.newSpeller(1);
        List<String> words = new ArrayList<>();
        for (String w : dictionary.words()) {
            words.add(w);
            words.add(w.toLowerCase(Locale.ROOT));
            words.add(w.toUpperCase(Locale.ROOT));
            words.add(w.substring(0, w.length() - 1));
            words.add(w + "q");
        }
        words.addAll(List.of("", "teh", "goverment", "Damscus", "naïve", "café", "x", "zzzz"));

        List<String> differ = new ArrayList<>();
        int classed = 0;
        for (String w : words) {
            int expected = speller.getFrequency(w);
            if (automaton.frequencyOf(w) != expected) {
                differ.add(w + " " + automaton.frequencyOf(w) + " vs " + expected);
            }
            if (expected > 0) {
                classed++;
            }
        }
        assertThat(differ).isEmpty();
        assertThat(classed).as("words with a frequency class").isGreaterThan(100_000);
        assertThat(automaton.frequencyOf("the")).isEqualTo(speller.getFrequency("the")).isGreaterThan(20);
    }
}
