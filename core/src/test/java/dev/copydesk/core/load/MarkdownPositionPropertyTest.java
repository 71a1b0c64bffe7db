package dev.copydesk.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.model.Word;
import dev.copydesk.core.model.WordKind;
import dev.copydesk.core.testing.TestData;
import dev.copydesk.core.testing.RandomText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever inline markup surrounds a word, its line and column point at the word in the source. */
class MarkdownPositionPropertyTest {
    private static final List<String> WORDS = List.of("Damascus", "rebel", "teh", "Syrian", "al-Jawlani",
            "forces", "capital", "recieve", "Iraq", "2,000", "HTS", "monitor", "said", "city");

    private static final List<String> SEPARATORS = List.of(" ", " ", " ", "\n", "  ");

    @Test
    void everyWordPointsAtItsOwnTextInTheSource() {
        for (long seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            List<List<String>> paragraphs = document(random);
            boolean windowsLineEnds = random.nextBoolean();
            String lf = String.join("\n\n", paragraphs.stream().map(p -> String.join("", p)).toList()) + "\n";
            String source = windowsLineEnds ? lf.replace("\n", "\r\n") : lf;
            Document doc = new MarkdownLoader().parse("p.md", source, TestData.segmenter());
            String[] lines = source.split("\n", -1);
            for (Block block : doc.blocks()) {
                for (Word word : block.words()) {
                    if (word.kind() == WordKind.URL) {
                        continue;
                    }
                    Location at = Location.of(doc, block, word);
                    String line = lines[at.line() - 1];
                    assertThat(line.substring(at.column() - 1)).as("seed %d: %s in %s", seed, word.text(), source)
                            .startsWith(word.text());
                }
            }
            assertThat(doc.blocks().stream().flatMap(b -> b.words().stream()).map(Word::text))
                    .as("seed %d: %s", seed, source).doesNotContain("hidden", "http://example.org/hidden");
        }
    }

    /** One to four paragraphs of one to twelve pieces each, ended by a full stop. */
    private static List<List<String>> document(Random random) {
        List<List<String>> out = new ArrayList<>();
        for (int p = 1 + random.nextInt(4); p > 0; p--) {
            List<String> paragraph = new ArrayList<>();
            for (int i = 1 + random.nextInt(12); i > 0; i--) {
                paragraph.add(piece(random));
            }
            paragraph.add(".");
            out.add(paragraph);
        }
        return out;
    }

    /** A word, perhaps in inline markup, then a separator. */
    private static String piece(Random random) {
        String w = RandomText.oneOf(random, WORDS);
        String decorated = switch (random.nextInt(8)) {
            case 0 -> "*" + w + "*";
            case 1 -> "**" + w + "**";
            case 2 -> "`hidden code`";
            case 3 -> "[" + w + "](http://example.org/hidden)";
            case 4 -> "\\*" + w;
            case 5 -> w + " &amp;";
            case 6 -> "<span>" + w + "</span>";
            default -> w;
        };
        return decorated + RandomText.oneOf(random, SEPARATORS);
    }
}
