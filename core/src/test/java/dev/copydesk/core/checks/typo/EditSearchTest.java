package dev.copydesk.core.checks.typo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EditSearchTest {
    private static final SpellingDictionary DICTIONARY = SpellingDictionary.load(Dialect.EN_US);

    /**
     * Leaving a branch because the letters below it cannot serve the query never loses a word: on
     * slips of dictionary words (letters dropped, doubled, replaced, swapped, capitalised, with
     * apostrophes, hyphens and accented letters) and on random strings, one, two and three edits
     * deep, the search finds exactly the words, in the same order, that the search without that
     * rule finds.
     */
    @Test
    void theLetterBoundFindsExactlyWhatTheRowsAloneFind() {
        WordAutomaton automaton = DICTIONARY.wordAutomaton();
        EditSearch bounded = new EditSearch(automaton, true);
        EditSearch reference = new EditSearch(automaton, false);
        List<String> words = DICTIONARY.words();
        Random random = new Random(11);
        List<String> queries = new ArrayList<>(List.of("unconisitional", "teh", "Damscus", "recieve", "goverment",
                "cafe\u0301", "na\u00efve", "o'clock", "x-ray", "rock'n'roll", "Jawlani", "al-Jolani", "zzzzqqq", "a"));
        for (int i = 0; i < 150; i++) {
            queries.add(slips(words.get(random.nextInt(words.size())), random));
        }
        String alphabet = "abcdefghijklmnopqrstuvwxyzAEIOUST'-\u00e9";
        for (int i = 0; i < 30; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = 2 + random.nextInt(10); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            queries.add(s.toString());
        }
        int found = 0;
        for (String q : queries) {
            for (int edits = 1; edits <= 3; edits++) {
                List<EditSearch.Hit> expected = reference.within(q, edits);
                assertThat(bounded.within(q, edits)).as("%s within %d", q, edits).isEqualTo(expected);
                found += expected.size();
            }
        }
        assertThat(found).as("words found in all").isGreaterThan(10_000);
    }

    /** One to three random slips of a word. */
    private static String slips(String word, Random random) {
        StringBuilder w = new StringBuilder(word);
        for (int n = 1 + random.nextInt(3); n > 0 && w.length() > 1; n--) {
            int at = random.nextInt(w.length() - 1);
            switch (random.nextInt(5)) {
                case 0 -> w.deleteCharAt(at);
                case 1 -> w.insert(at, w.charAt(at));
                case 2 -> w.setCharAt(at, (char) ('a' + random.nextInt(26)));
                case 3 -> {
                    char c = w.charAt(at);
                    w.setCharAt(at, w.charAt(at + 1));
                    w.setCharAt(at + 1, c);
                }
                default -> w.setCharAt(0, Character.toUpperCase(w.charAt(0)));
            }
        }
        return w.toString();
    }
}
