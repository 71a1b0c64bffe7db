package dev.copydesk.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PlainSentencesTest {
    private static final Segmenter SEGMENTER = Segmenter.english();

    /** Pieces of copy, plain and awkward, for random texts; spaces are added between some of them. */
    private static final String[] PIECES = {
        "the", "war", "said", "and", "in", "Syria", "Damascus", "The", "He", "It", "HTS", "US", "rebels",
        "e", "a", "i", "p", "Ph", "Hon", "Dr", "Mr", "U", "S", "In", "On", "No", "al", "et al", "etc",
        "2015", "3.5", "2,000", "10km", "v2.3.1", "www.un.org", "before.The", "Assad’s", "don't",
        "Mr.", "Dr.", "U.S.", "U.", "e.g.", "i.e.", "a.m.", "No.", "Gen.", "Lt.", "Ph.D.", "Jan.", "vs.", "S.",
        ".", ".", ".", "?", "!", "...", "?!", "…", ",", ";", ":", "-", "–", "—",
        "\"", "'", "“", "”", "‘", "’", "(", ")", "[", "]", "[1]",
        "Élysée", "café", "Ž", "\u00a0", "\t", "  ",
    };

    @Test
    void givesIcusSentenceEndsForEveryRandomTextItCovers() {
        Random random = new Random(20261205L);
        int covered = 0;
        int runs = 30_000;
        for (int run = 0; run < runs; run++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(25);
            for (int p = 0; p < pieces; p++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            int[] plain = SEGMENTER.plainEnds(text.toCharArray());
            if (plain != null) {
                covered++;
                assertThat(plain).as("[%s]", text).containsExactly(SEGMENTER.icuEnds(text));
            }
        }
        assertThat(covered).as("texts covered").isGreaterThan(runs / 10);
    }

    @Test
    void givesIcusSentenceEndsForTheSeedArticlesAndCoversNearlyAllTheirParagraphs() throws IOException {
        int paragraphs = 0;
        int covered = 0;
        try (Stream<Path> files = Files.list(Path.of("../testdata/news"))) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readString(file).split("\n")) {
                    String text = line.strip();
                    if (text.isEmpty()) {
                        continue;
                    }
                    paragraphs++;
                    int[] plain = SEGMENTER.plainEnds(text.toCharArray());
                    if (plain != null) {
                        covered++;
                        assertThat(plain).as(text).containsExactly(SEGMENTER.icuEnds(text));
                    }
                }
            }
        }
        assertThat(paragraphs).isGreaterThan(50);
        assertThat(covered).isGreaterThanOrEqualTo(paragraphs * 9 / 10);
    }

    @Test
    void endsSentencesAfterAFullStopASpaceAndACapitalButNotAfterAnAbbreviation() {
        String text = "Dr. Jones met Mr. Smith in Syria. The talks ended. “Nothing changed,” he said.";
        assertThat(SEGMENTER.plainEnds(text.toCharArray())).containsExactly(34, 51, text.length());
        assertThat(SEGMENTER.icuEnds(text)).containsExactly(34, 51, text.length());
    }

    @Test
    void keepsDecimalsMissingSpacesAndSmallLettersInsideTheSentence() {
        String text = "Prices rose 3.5 percent before.The rise, etc. and more, was seen at www.un.org today.";
        assertThat(SEGMENTER.plainEnds(text.toCharArray())).containsExactly(text.length());
    }

    @Test
    void leavesToIcuWhatItsFilterDecidesByReadingOn() {
        assertThat(SEGMENTER.plainEnds("They met U. Smith. He left.".toCharArray())).isNull(); // "U." is whole and the start of "U.S."
        assertThat(SEGMENTER.plainEnds("Wait... What happened?".toCharArray())).isNull();
        assertThat(SEGMENTER.plainEnds("Tabs\tand no-break\u00a0spaces.".toCharArray())).isNull();
    }

    @Test
    void readsIcusOwnAbbreviations() {
        assertThat(Segmenter.icuAbbreviations(ULocale.ENGLISH)).contains("Mr.", "U.S.", "Ph.D.").hasSizeGreaterThan(100);
    }

    @Test
    void refusesAbbreviationListsItCannotFollow() {
        assertThat(PlainSentences.of(List.of("Mr.", "a. b."))).isNull();
        assertThat(PlainSentences.of(List.of("Mr.", "approx"))).isNull();
        assertThat(PlainSentences.of(new ArrayList<>(List.of("Mr.", "U.S.")))).isNotNull();
    }
}
