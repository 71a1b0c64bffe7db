package dev.copydesk.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.DocumentFormat;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.model.Suppression;
import dev.copydesk.core.model.Word;
import dev.copydesk.core.model.WordKind;
import dev.copydesk.core.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownLoaderTest {
    @TempDir
    Path dir;

    private Document load(String name, String markdown) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        return DocumentLoader.create(TestData.segmenter()).loadOne(new SourceFile(file, name));
    }

    static Location locate(Document doc, String word) {
        for (Block b : doc.blocks()) {
            for (Word w : b.words()) {
                if (w.text().equals(word)) {
                    return Location.of(doc, b, w);
                }
            }
        }
        throw new AssertionError(word + " not found in " + doc.id());
    }

    static List<String> words(Document doc) {
        return doc.blocks().stream().flatMap(b -> b.words().stream()).map(Word::text).toList();
    }

    @Test
    void articleGivesTheSeedParagraphsWithExactLinesAndColumns() throws Exception {
        Path article = TestData.root().resolve("formats/article.md");
        Document doc = DocumentLoader.create(TestData.segmenter()).loadOne(new SourceFile(article, "article.md"));
        List<String> seed = Files.readAllLines(TestData.news().resolve("000_b63dc4cb37152557.txt"));

        assertThat(doc.format()).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(doc.blocks()).extracting(Block::kind).containsExactly(BlockKind.HEADING,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
        assertThat(doc.blocks()).extracting(Block::text).containsExactly(
                seed.get(5), seed.get(0), seed.get(1), seed.get(2), seed.get(3), seed.get(4));
        Location teh = locate(doc, "teh");
        assertThat(List.of(teh.line(), teh.column())).containsExactly(7, 122);
        Location telegram = locate(doc, "Telegram");
        String line11 = Files.readAllLines(article).get(10);
        assertThat(List.of(telegram.line(), telegram.column())).containsExactly(11, line11.indexOf("[Telegram") + 2);
        Location platform = locate(doc, "platform");
        assertThat(platform.column()).isEqualTo(line11.indexOf("platform") + 1);
        assertThat(words(doc)).doesNotContain("curl", "teh-feed", "title", "excerpt", "https://telegram.org/");
    }

    @Test
    void inlineCodeEscapesAndEntitiesKeepTheColumnsOfTheWordsAroundThem() throws Exception {
        String line = "Run `teh --fast` then *recieve* the \\*escaped\\* text &amp; [goverment](http://x.org/teh) done.";
        Document doc = load("inline.md", "Intro line.\n\n" + line + "\n");

        assertThat(words(doc)).doesNotContain("teh", "fast", "http://x.org/teh");
        for (String word : List.of("Run", "then", "recieve", "escaped", "text", "goverment", "done")) {
            Location at = locate(doc, word);
            assertThat(at.line()).as(word).isEqualTo(3);
            assertThat(at.column()).as(word).isEqualTo(line.indexOf(word) + 1);
        }
        assertThat(doc.blocks().get(1).text()).contains("*escaped* text & goverment done.");
    }

    @Test
    void inlineCodeStaysAsOneCodeWordInPlaceAndInlineHtmlLeavesNoGap() throws Exception {
        String line = "`.ci/run` runs the tests, then `near`, not <b>rewrite</b>. A `x` y<br>zone.";
        Document doc = load("code.md", "Intro line.\n\n" + line + "\n\n`only code`\n");

        assertThat(doc.blocks()).hasSize(2);
        Block block = doc.blocks().get(1);
        assertThat(block.text()).isEqualTo("`.ci/run` runs the tests, then `near`, not rewrite. A `x` y zone.");
        assertThat(block.words()).filteredOn(w -> w.kind() == WordKind.CODE).extracting(Word::text)
                .containsExactly("`.ci/run`", "`near`", "`x`");
        for (String word : List.of("`.ci/run`", "runs", "`near`", "not", "rewrite", "`x`", "y")) {
            Location at = locate(doc, word);
            assertThat(List.of(at.line(), at.column())).as(word).containsExactly(3, line.indexOf(word) + 1);
        }
        assertThat(List.of(locate(doc, "zone").line(), locate(doc, "zone").column()))
                .containsExactly(3, line.indexOf("zone") + 1);
    }

    @Test
    void wrappedParagraphKeepsTheLineOfEachWord() throws Exception {
        Document doc = load("wrap.md", "# Title\n\nFirst line of text\n  continues here with teh typo.\n");
        Location teh = locate(doc, "teh");
        assertThat(List.of(teh.line(), teh.column())).containsExactly(4, 23);
        assertThat(doc.blocks().get(1).text()).isEqualTo("First line of text continues here with teh typo.");
    }

    @Test
    void listsQuotesAndTableCellsBecomeBlocksOfTheirKind() throws Exception {
        Document doc = load("kinds.md", String.join("\n",
                "Setext heading", "==============", "",
                "- first item", "- second item", "  1. nested item", "",
                "> quoted words", "> - quoted item", "",
                "| Name | Role |", "|------|------|", "| Hassan | commander |", "",
                "    indented code teh", "",
                "<div>", "html teh block", "</div>", "",
                "***", ""));
        assertThat(doc.blocks()).extracting(Block::kind, Block::text).containsExactly(
                tuple(BlockKind.HEADING, "Setext heading"),
                tuple(BlockKind.LIST_ITEM, "first item"),
                tuple(BlockKind.LIST_ITEM, "second item"),
                tuple(BlockKind.LIST_ITEM, "nested item"),
                tuple(BlockKind.QUOTE, "quoted words"),
                tuple(BlockKind.LIST_ITEM, "quoted item"),
                tuple(BlockKind.TABLE_CELL, "Name"),
                tuple(BlockKind.TABLE_CELL, "Role"),
                tuple(BlockKind.TABLE_CELL, "Hassan"),
                tuple(BlockKind.TABLE_CELL, "commander"));
        assertThat(doc.blocks()).extracting(Block::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        Location nested = locate(doc, "nested");
        assertThat(List.of(nested.line(), nested.column())).containsExactly(6, 6);
        Location hassan = locate(doc, "Hassan");
        assertThat(List.of(hassan.line(), hassan.column())).containsExactly(13, 3);
    }

    @Test
    void codeHtmlAndFrontMatterAloneGiveNoBlocks() throws Exception {
        Document doc = load("negatives.md", String.join("\n",
                "---", "title: teh draft", "---", "",
                "```", "teh code", "```", "",
                "    more teh code", "",
                "<!-- teh comment -->", "",
                "<p>teh html</p>", "",
                "[ref]: http://example.org/teh", "",
                "`teh inline only`", "",
                "[![npm](https://img.shields.io/npm/v/teh.svg)](https://npm.im/teh) ![build status](https://x.org/b.svg)",
                ""));
        assertThat(doc.blocks()).isEmpty();
        assertThat(doc.suppressions()).isEmpty();
    }

    @Test
    void disableEnableCommentsSuppressTheBlocksBetweenThem() throws Exception {
        Document doc = load("suppress.md", String.join("\n",
                "Zero.", "",
                "<!-- copydesk-disable typo casing -->", "",
                "One.", "", "Two.", "",
                "<!-- copydesk-enable -->", "",
                "Three.", "",
                "<!-- copydesk-disable-next-line typo -->",
                "Four.", "", "Five.", "",
                "<!-- copydesk-disable -->", "",
                "Six.", "", "Seven.", ""));
        assertThat(doc.blocks()).hasSize(8);
        assertThat(doc.suppressions()).containsExactlyInAnyOrder(
                new Suppression(1, 2, Set.of("typo", "casing")),
                new Suppression(4, 4, Set.of("typo")),
                new Suppression(6, 7, Set.of()));
        Suppression all = doc.suppressions().stream().filter(s -> s.checkIds().isEmpty()).findFirst().orElseThrow();
        assertThat(all.covers("near-duplicate", 7)).isTrue();
        assertThat(all.covers("typo", 5)).isFalse();
    }

    @Test
    void enablingOneCheckKeepsTheOthersDisabled() throws Exception {
        Document doc = load("partial.md", String.join("\n",
                "<!-- copydesk-disable typo, casing -->", "",
                "One.", "",
                "<!-- copydesk-enable typo -->", "",
                "Two.", "",
                "<!-- copydesk-enable casing -->", "",
                "Three.", ""));
        assertThat(doc.suppressions()).containsExactlyInAnyOrder(
                new Suppression(0, 0, Set.of("typo", "casing")),
                new Suppression(1, 1, Set.of("casing")));
    }
}
