package dev.copydesk.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.model.Word;
import dev.copydesk.core.model.WordKind;
import dev.copydesk.core.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever inline markup surrounds a word, its line and column point at the word in the source. */
class MarkdownPositionPropertyTest {
    private static final List<String> WORDS = List.of("Damascus", "rebel", "teh", "Syrian", "al-Jawlani",
            "forces", "capital", "recieve", "Iraq", "2,000", "HTS", "monitor", "said", "city");

    @Property(tries = 200)
    void everyWordPointsAtItsOwnTextInTheSource(@ForAll("documents") List<List<String>> paragraphs,
                                                @ForAll boolean windowsLineEnds) {
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
                assertThat(line.substring(at.column() - 1)).as("%s in %s", word.text(), source).startsWith(word.text());
            }
        }
        assertThat(doc.blocks().stream().flatMap(b -> b.words().stream()).map(Word::text))
                .doesNotContain("hidden", "http://example.org/hidden");
    }

    @Provide
    Arbitrary<List<List<String>>> documents() {
        return paragraph().list().ofMinSize(1).ofMaxSize(4);
    }

    private Arbitrary<List<String>> paragraph() {
        return piece().list().ofMinSize(1).ofMaxSize(12).map(pieces -> {
            List<String> out = new ArrayList<>(pieces);
            out.add(".");
            return out;
        });
    }

    private Arbitrary<String> piece() {
        Arbitrary<String> word = Arbitraries.of(WORDS);
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "\n", "  ");
        Arbitrary<String> decorated = Combinators.combine(word, Arbitraries.integers().between(0, 7))
                .as((w, how) -> switch (how) {
                    case 0 -> "*" + w + "*";
                    case 1 -> "**" + w + "**";
                    case 2 -> "`hidden code`";
                    case 3 -> "[" + w + "](http://example.org/hidden)";
                    case 4 -> "\\*" + w;
                    case 5 -> w + " &amp;";
                    case 6 -> "<span>" + w + "</span>";
                    default -> w;
                });
        return Combinators.combine(decorated, separator).as((d, s) -> d + s);
    }
}
