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
    void findsTheSameOneEditCandidatesAsLookingUpEveryEditOfLettersApostrophesAndHyphens() {
        Lookup lookup = new Lookup(dictionary);
        Speller speller = dictionary.newSpeller(1);
        int compared = 0;
        for (String word : seedWords) {
            for (String slipped : List.of(word, swapMiddle(word), word + "x", "q" + word)) {
                Set<String> expected = everyEditInDictionary(speller, slipped);
                expected.remove(slipped);
                expected.removeIf(e -> !e.matches("[A-Za-z][a-z'\\-]*")); // never offered: acronyms, camel case, digits
                List<String> found = lookup.candidates(slipped, false);
                assertThat(found.stream().map(LookupTest::firstLower)).as(slipped)
                        .containsAll(expected.stream().map(LookupTest::firstLower).toList());
                for (String c : found) { // the rest: one edit, the candidate's first letter in either case
                    String searched = slipped.replace('\u2019', '\'');
                    assertThat(Math.min(edits(searched, firstLower(c)), edits(searched, SpellingDictionary.capitalise(c))))
                            .as(slipped + " -> " + c).isLessThanOrEqualTo(1);
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(4000);
    }

    @Test
    void searchesTwoEditsFarWithoutOfferingAcronymsOrCamelCase() {
        Lookup lookup = new Lookup(dictionary);
        assertThat(lookup.candidates("goverment", true)).contains("government");
        assertThat(lookup.candidates("damscus", true)).contains("Damascus");
        assertThat(lookup.candidates("aquire", true)).contains("acquire");
        assertThat(lookup.candidates("fone", true)).as("a replacement pair, f -> ph").contains("phone");
        assertThat(lookup.candidates("alot", true)).contains("allot").doesNotContain("AOL", "ALT");
        for (String c : lookup.candidates("thw", true)) {
            assertThat(c.substring(1)).as(c).matches("[a-z'\\-\\P{ASCII}]*");
        }
    }

    @Test
    void findsExactlyTheDictionaryWordsWithinTwoEditsThatAFullScanFindsWithTheirFrequency() {
        List<String> offered = dictionary.words().stream()
                .filter(w -> w.matches("[A-Za-z][a-z'\\-]*")).distinct().toList(); // bytes = letters in ASCII
        EditSearch search = dictionary.newEditSearch();
        Speller speller = dictionary.newSpeller(1);
        int compared = 0;
        for (String word : seedWords) {
            if (word.length() < 4 || !word.matches("[A-Za-z]+") || compared == 40) {
                continue;
            }
            String slipped = swapMiddle(word.substring(1)) + "e"; // two or three slips from the word
            Set<String> expected = new TreeSet<>();
            for (String c : offered) {
                if (Math.min(edits(slipped, firstLower(c)), edits(slipped, SpellingDictionary.capitalise(c))) <= 2) {
                    expected.add(c);
                }
            }
            List<EditSearch.Hit> hits = search.within(slipped, 2);
            assertThat(new TreeSet<>(hits.stream().map(EditSearch.Hit::word).toList())).as(slipped).isEqualTo(expected);
            for (EditSearch.Hit h : hits) {
                assertThat(h.frequency()).as(h.word()).isEqualTo(speller.getFrequency(h.word()));
            }
            compared++;
        }
        assertThat(compared).isEqualTo(40);
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

    private static String firstLower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Plain optimal-string-alignment distance. */
    private static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int v = Math.min(d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1),
                        Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }

    private static String swapMiddle(String word) {
        int m = word.length() / 2;
        return word.length() < 4 ? word : word.substring(0, m - 1) + word.charAt(m) + word.charAt(m - 1)
                + word.substring(m + 1);
    }
}
