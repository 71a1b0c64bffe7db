package dev.copydesk.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.model.Word;
import dev.copydesk.core.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlainTextLoaderTest {

    private static List<Block> blocks(String text) {
        return PlainTextLoader.blocks(text, TestData.segmenter());
    }

    private static Location locate(Document doc, String word, int nth) {
        int seen = 0;
        for (Block b : doc.blocks()) {
            for (Word w : b.words()) {
                if (w.text().equals(word) && seen++ == nth) {
                    return Location.of(doc, b, w);
                }
            }
        }
        throw new AssertionError(word + " not found");
    }

    @Test
    void seedsGiveOneParagraphPerLineWithExactPositions() {
        Map<String, Document> docs = TestData.load(TestData.news()).stream()
                .collect(Collectors.toMap(Document::id, d -> d));
        Document first = docs.values().stream().filter(d -> d.id().endsWith("000_b63dc4cb37152557.txt"))
                .findFirst().orElseThrow();
        assertThat(first.blocks()).hasSize(31);
        Location teh = locate(first, "teh", 0);
        assertThat(teh.line()).isEqualTo(1);
        assertThat(teh.column()).isEqualTo(122);
        Location lowerDamascus = locate(first, "damascus", 0);
        assertThat(lowerDamascus.line()).isEqualTo(29);
        assertThat(first.blocks().get(6).kind()).isEqualTo(BlockKind.HEADING);
        assertThat(first.blocks().get(6).text()).isEqualTo("Table of Contents");
        assertThat(first.blocks().get(11).kind()).isEqualTo(BlockKind.LIST_ITEM);
        assertThat(first.blocks().get(11).text()).startsWith("Dr. Sarah Jones");
        assertThat(Location.of(first, first.blocks().get(11)).column()).isEqualTo(3);
    }

    @Test
    void everySeedGivesOneBlockPerLineWithTheLineAsText() throws Exception {
        Map<String, Integer> expectedBlocks = Map.of("000_b63dc4cb37152557.txt", 31, "001_ca4f9e456fb637fd.txt", 8,
                "002_a7c7fd3637e157c1.txt", 9, "003_83a5accc3178cb06.txt", 29, "004_6ca4368c26794f6c.txt", 15);
        List<Document> docs = TestData.load(TestData.news());
        assertThat(docs).hasSize(5);
        for (Document doc : docs) {
            String name = java.nio.file.Path.of(doc.id()).getFileName().toString();
            List<String> lines = java.nio.file.Files.readAllLines(TestData.news().resolve(name));
            assertThat(doc.blocks()).as(name).hasSize(expectedBlocks.get(name)).hasSize(lines.size());
            for (Block block : doc.blocks()) {
                String line = lines.get(block.index());
                int skip = line.length() - block.text().length();
                assertThat(line).as(name + " line " + (block.index() + 1)).endsWith(block.text());
                Location at = Location.of(doc, block);
                assertThat(List.of(at.line(), at.column())).containsExactly(block.index() + 1, skip + 1);
                for (Word w : block.words()) {
                    Location wl = Location.of(doc, block, w);
                    assertThat(line.substring(wl.column() - 1, wl.endColumn() - 1)).isEqualTo(w.text());
                }
            }
        }
    }

    @Test
    void programCodeAndShellCommandsBetweenBlankLinesGiveNoBlockButProseWithBracketsDoes() {
        String text = String.join("\n", "Java allows object inheritance, as here:", "", "public class Shape {", "",
                "  private Color colour;", "", "  public void setColour(Color newColour){", "", "    colour = newColour;",
                "", "  }", "", "}", "", "    cos(theta)=v1.v2/(||v1||||v2||)", "", "System.out.println(shape);", "",
                "The rebels took Aleppo (Syria's second city)", "", "He asked for a return to talks (again);", "",
                "Prices rose 5% (see the chart)", "", "$ tar -cvJf archive.tar.xz ./source", "",
                "$ ./configure --prefix=/usr", "", "$ 5 million was raised, they said.", "");
        assertThat(blocks(text)).extracting(Block::text).containsExactly("Java allows object inheritance, as here:",
                "The rebels took Aleppo (Syria's second city)", "He asked for a return to talks (again);",
                "Prices rose 5% (see the chart)", "$ 5 million was raised, they said.");
    }

    @Test
    void joinsHardWrappedLinesAndSplitsOnBlankLines() {
        String text = "Rebel forces have seized control of several towns southwest of\n"
                + "Damascus, pushing closer to the Syrian capital, the monitor said on\n"
                + "Saturday.\n\nSecond paragraph here.\r\n";
        List<Block> blocks = blocks(text);
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).text()).isEqualTo("Rebel forces have seized control of several towns southwest of "
                + "Damascus, pushing closer to the Syrian capital, the monitor said on Saturday.");
        Block b = blocks.get(0);
        int saturday = b.text().indexOf("Saturday");
        assertThat(b.source().line(saturday)).isEqualTo(3);
        assertThat(b.source().column(saturday)).isEqualTo(1);
        assertThat(blocks.get(1).source().line(0)).isEqualTo(5);
    }

    @Test
    void lineFeedsCarriageReturnsAndBothGiveTheSameBlocksAndLines() {
        String lf = "  First line here.\n\nSecond one,\n  indented.\nLast line";
        for (String text : List.of(lf, lf.replace("\n", "\r\n"), lf.replace("\n", "\r"))) {
            List<Block> blocks = blocks(text);
            assertThat(blocks).extracting(Block::text)
                    .containsExactly("First line here.", "Second one,", "indented.", "Last line");
            assertThat(blocks).extracting(b -> b.source().line(0)).containsExactly(1, 3, 4, 5);
            assertThat(blocks).extracting(b -> b.source().column(0)).containsExactly(3, 1, 3, 1);
        }
    }

    @Test
    void detectsCharsetWithoutAssumingUtf8() throws Exception {
        String text = "Caf\u00e9 \u201cquotes\u201d \u2013 done.";
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                java.nio.charset.Charset.forName("windows-1252"))) {
            assertThat(TextDecoder.decode(text.getBytes(charset)).text()).as(charset.name()).isEqualTo(text);
        }
        byte[] bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertThat(TextDecoder.decode(bom).text()).isEqualTo("hi");
    }

    @Test
    void keepsAReplacementCharacterThatIsInTheUtf8Text() throws Exception {
        String text = "A caf\u00e9 with a real \uFFFD in it.";
        TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).isEqualTo(text);
    }

    @Test
    void readsMalformedUtf8AsAnotherCharsetNotAsReplacementCharacters() throws Exception {
        // 0xE9 alone is not UTF-8: the lenient decoding would give U+FFFD; the detector gives é
        byte[] latin = "Caf\u00e9 au lait, caf\u00e9 cr\u00e8me, d\u00e9j\u00e0 vu, na\u00efve r\u00e9sum\u00e9."
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        TextDecoder.Decoded decoded = TextDecoder.decode(latin);
        assertThat(decoded.text()).doesNotContain("\uFFFD").contains("Caf\u00e9", "r\u00e9sum\u00e9");
        assertThat(decoded.charset()).isNotEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void refusesBinaryContent() {
        byte[] binary = new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 0, 5};
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TextDecoder.decode(binary))
                .isInstanceOf(LoadException.class).hasMessageContaining("binary");
    }
}
