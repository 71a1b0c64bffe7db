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
import dev.copydesk.core.testing.FormatFiles;
import dev.copydesk.core.testing.TestData;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

class TikaLoaderTest {
    private static final Map<String, DocumentFormat> FORMATS = Map.of(
            "article.html", DocumentFormat.HTML, "article.docx", DocumentFormat.DOCX,
            "article.pdf", DocumentFormat.PDF, "article.odt", DocumentFormat.ODT);

    private static DocumentLoader loader;
    private static FormatFiles.Article article;

    @TempDir
    Path dir;

    @BeforeAll
    static void createLoader() throws Exception {
        loader = DocumentLoader.create(TestData.segmenter());
        article = FormatFiles.seedExcerpt();
    }

    private static List<Document> loadAll(Path folder, String... names) {
        List<SourceFile> files = new ArrayList<>();
        for (String name : names) {
            files.add(new SourceFile(folder.resolve(name), name));
        }
        LoadResult result = loader.load(files);
        assertThat(result.failures()).isEmpty();
        return result.documents();
    }

    private void assertIsTheSeedExcerpt(Document doc) {
        List<String> expected = new ArrayList<>(List.of(article.heading()));
        expected.addAll(article.paragraphs());
        assertThat(doc.format()).as(doc.id()).isEqualTo(FORMATS.get(doc.id()));
        assertThat(doc.blocks()).as(doc.id()).extracting(Block::text).containsExactlyElementsOf(expected);
        assertThat(doc.blocks()).extracting(Block::index).containsExactly(0, 1, 2, 3, 4, 5);
        boolean pdf = doc.format() == DocumentFormat.PDF;
        // PDF has no heading styles: its title is a paragraph like any other
        assertThat(doc.blocks().get(0).kind()).isEqualTo(pdf ? BlockKind.PARAGRAPH : BlockKind.HEADING);
        assertThat(doc.blocks()).extracting(Block::page)
                .containsExactlyElementsOf(pdf ? List.of(1, 1, 1, 2, 2, 2) : List.of(0, 0, 0, 0, 0, 0));

        Location teh = MarkdownLoaderTest.locate(doc, "teh");
        assertThat(teh.blockIndex()).isEqualTo(1);
        assertThat(teh.hasLineColumn()).isFalse();
        assertThat(teh.describe()).isEqualTo(doc.id() + ":paragraph 2" + (pdf ? " (page 1)" : ""));
        Location jawlani = MarkdownLoaderTest.locate(doc, "al-Jawlani");
        assertThat(jawlani.describe()).isEqualTo(doc.id() + ":paragraph 4" + (pdf ? " (page 2)" : ""));
    }

    @Test
    void committedFormatsGiveTheSeedParagraphsWithOrdinalsAndPages() {
        List<Document> docs = loadAll(TestData.root().resolve("formats"), FORMATS.keySet().stream().sorted()
                .toArray(String[]::new));
        assertThat(docs).hasSize(4);
        docs.forEach(this::assertIsTheSeedExcerpt);
    }

    @Test
    void freshlyGeneratedFormatsGiveTheSameBlocks() throws Exception {
        List<Path> written = FormatFiles.writeAll(article, dir);
        String[] names = written.stream().map(p -> p.getFileName().toString()).toArray(String[]::new);
        loadAll(dir, names).forEach(this::assertIsTheSeedExcerpt);
    }

    @Test
    void epubGivesTheSeedParagraphs() throws Exception {
        Path epub = FormatFiles.epub(article, dir.resolve("article.epub"));
        Document doc = loader.loadOne(new SourceFile(epub, "article.epub"));
        assertThat(doc.format()).isEqualTo(DocumentFormat.EPUB);
        List<String> expected = new ArrayList<>(List.of(article.heading()));
        expected.addAll(article.paragraphs());
        assertThat(doc.blocks()).extracting(Block::text).containsExactlyElementsOf(expected);
        assertThat(doc.blocks().get(0).kind()).isEqualTo(BlockKind.HEADING);
        assertThat(MarkdownLoaderTest.locate(doc, "teh").describe()).isEqualTo("article.epub:paragraph 2");
    }

    @Test
    void htmlStructureGivesBlocksOfEachKindAndSkipsCodeAndScripts() throws Exception {
        Path html = dir.resolve("page.html");
        Files.writeString(html, String.join("\n",
                "<html><head><title>teh title</title><style>p { color: red }</style></head><body>",
                "<h2>Section heading</h2>",
                "<p>A <a href=\"http://example.org/teh\">linked</a> paragraph<br>with a break.</p>",
                "<ul><li>first item</li><li><p>second item</p></li></ul>",
                "<blockquote><p>quoted words</p></blockquote>",
                "<table><tr><th>Name</th><td>Hassan</td></tr></table>",
                "<pre>teh preformatted code</pre>",
                "<p class=\"code\">$ teh --paragraph-of-code</p>",
                "<script>var teh = 1;</script>",
                "<div>loose line one\nloose line two<br>loose line three</div>",
                "</body></html>"), StandardCharsets.UTF_8);
        Document doc = loader.loadOne(new SourceFile(html, "page.html"));
        assertThat(doc.blocks()).extracting(Block::kind, Block::text).containsExactly(
                tuple(BlockKind.HEADING, "Section heading"),
                tuple(BlockKind.PARAGRAPH, "A linked paragraph with a break."),
                tuple(BlockKind.LIST_ITEM, "first item"),
                tuple(BlockKind.LIST_ITEM, "second item"),
                tuple(BlockKind.QUOTE, "quoted words"),
                tuple(BlockKind.TABLE_CELL, "Name"),
                tuple(BlockKind.TABLE_CELL, "Hassan"),
                tuple(BlockKind.PARAGRAPH, "loose line one"),
                tuple(BlockKind.PARAGRAPH, "loose line two"),
                tuple(BlockKind.PARAGRAPH, "loose line three"));
        assertThat(MarkdownLoaderTest.words(doc)).doesNotContain("teh", "http://example.org/teh", "color");
    }

    @Test
    void anEpubTikaRefusesIsReadChapterByChapterEachOnce() throws Exception {
        // the Debian Live manual's faults: the spine names a chapter once per section (a fragment),
        // a chapter is reached with ../, and the colophon is not well-formed XML
        String chapter = "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                + "<h1>%s</h1><p id=\"o1\">%s</p><p class=\"code\" id=\"o2\">$ lb config --teh</p></body></html>";
        Map<String, String> files = Map.of(
                "OEBPS/one.xhtml", chapter.formatted("First chapter", "Rebels took the city."),
                "Text/two.xhtml", chapter.formatted("Second chapter", "The army withdrew."),
                "OEBPS/colophon.xhtml", "<html><body><p>Live Systems Project <debian-live@lists.debian.org></p>"
                        + "<p>Printed in Damascus.</p></body></html>");
        String opf = FormatFiles.opf(List.of(
                "one.xhtml", "one.xhtml#o1", "one.xhtml#o2", "../Text/two.xhtml", "missing.xhtml", "colophon.xhtml"));
        Path epub = FormatFiles.epub(dir.resolve("live.epub"), "OEBPS/content.opf", opf, files);
        Document doc = loader.loadOne(new SourceFile(epub, "live.epub"));
        assertThat(doc.format()).isEqualTo(DocumentFormat.EPUB);
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("First chapter", "Rebels took the city.",
                "Second chapter", "The army withdrew.", "Live Systems Project", "Printed in Damascus.");
    }

    @Test
    void anEpubTikaRefusesDeclaresItsLanguageInItsPackageFile() throws Exception {
        String chapter = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body lang=\"de\"><h1>Projekt</h1>"
                + "<p>Serwer</p></body></html>";
        String opf = FormatFiles.opf(List.of("one.xhtml", "one.xhtml#o1"))
                .replace("<dc:title>", "<dc:language>de</dc:language><dc:title>");
        Path epub = FormatFiles.epub(dir.resolve("live.de.epub"), "content.opf", opf, Map.of("one.xhtml", chapter));
        Document doc = loader.loadOne(new SourceFile(epub, "live.de.epub"));
        assertThat(doc.language()).isEqualTo("de");
        assertThat(doc.suppressions()).extracting(Suppression::language).containsExactly("de");
    }

    @Test
    void anEpubTikaRefusesWithAnEncryptedChapterIsReportedEncrypted() throws Exception {
        Map<String, String> files = Map.of("one.xhtml", "<html><body><p>Readable.</p></body></html>",
                "META-INF/encryption.xml", "<encryption xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" "
                        + "xmlns:enc=\"http://www.w3.org/2001/04/xmlenc#\"><enc:EncryptedData><enc:CipherData>"
                        + "<enc:CipherReference URI=\"one.xhtml\"/></enc:CipherData></enc:EncryptedData></encryption>");
        Path epub = FormatFiles.epub(dir.resolve("drm.epub"), "content.opf",
                FormatFiles.opf(List.of("one.xhtml", "one.xhtml#part")), files);
        LoadResult result = loader.load(List.of(new SourceFile(epub, "drm.epub")));
        assertThat(result.documents()).isEmpty();
        assertThat(result.failures()).singleElement().extracting(LoadFailure::reason).asString()
                .contains("encrypted");
    }

    @Test
    void randomBytesNamedAsAZipFormatAreCorruptNotTextless() throws Exception {
        FormatFiles.randomBytes(dir.resolve("random.epub"), 5000, 7);
        Files.write(dir.resolve("broken.epub"), "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1));
        FormatFiles.randomBytes(dir.resolve("random.odt"), 5000, 8);
        LoadResult result = loader.load(List.of(new SourceFile(dir.resolve("random.epub"), "random.epub"),
                new SourceFile(dir.resolve("broken.epub"), "broken.epub"),
                new SourceFile(dir.resolve("random.odt"), "random.odt")));
        assertThat(result.documents()).isEmpty();
        assertThat(result.failures()).extracting(LoadFailure::reason).allSatisfy(reason ->
                assertThat(reason).matches("corrupt or truncated (epub|odt) file .*"));
    }

    @Test
    void anEpubHrefIsResolvedAgainstThePackageFolder() {
        assertThat(LenientEpub.resolve("OEBPS/", "one.xhtml#o8")).isEqualTo("OEBPS/one.xhtml");
        assertThat(LenientEpub.resolve("OEBPS/", "../Text/My%20Chapter.xhtml")).isEqualTo("Text/My Chapter.xhtml");
        assertThat(LenientEpub.resolve("OEBPS/", "./a/../b+c.xhtml")).isEqualTo("OEBPS/b+c.xhtml");
        assertThat(LenientEpub.resolve("", "../outside.xhtml")).isNull();
        assertThat(LenientEpub.resolve("OEBPS/", "#only-a-fragment")).isNull();
        assertThat(LenientEpub.resolve("OEBPS/", "http://example.org/x.xhtml")).isNull();
    }

    @Test
    void aPagesNavigationBannerFurnitureDivsAndNoscriptNoticeAreNotItsText() throws Exception {
        Path html = dir.resolve("nav.html");
        Files.writeString(html, "<html><body><div id=\"banner\"><a href=\"/get\"><span class=\"text\">Download "
                + "the ebook</span></a></div><nav><ul><li><a href=\"/\">Home</a></li><li>Prev teh page</li></ul></nav>"
                + "<noscript><p>Please enable JavaScript.</p></noscript><h1>Rebels advance</h1>"
                + "<div class=\"main\"><p>The story itself.</p></div><footer><p>Copyright the paper.</p></footer>"
                + "<div class=\"site-footer small\"><p>Site map</p></div></body></html>",
                StandardCharsets.UTF_8);
        Document doc = loader.loadOne(new SourceFile(html, "nav.html"));
        assertThat(doc.blocks()).extracting(Block::text)
                .containsExactly("Rebels advance", "The story itself.", "Copyright the paper.");
    }

    @Test
    void inlineCodeInHtmlIsOneCodeWordInItsSentence() throws Exception {
        Path html = dir.resolve("code.html");
        Files.writeString(html, "<html><body><p><code>getattr</code> reads it, then <kbd>Ctrl</kbd> and "
                + "<tt>near</tt>, not <samp>teh out</samp>.</p><pre><code>teh block</code></pre></body></html>",
                StandardCharsets.UTF_8);
        Document doc = loader.loadOne(new SourceFile(html, "code.html"));
        assertThat(doc.blocks()).extracting(Block::text)
                .containsExactly("`getattr` reads it, then `Ctrl` and `near`, not `teh out`.");
        assertThat(doc.blocks().get(0).words()).filteredOn(w -> w.kind() == WordKind.CODE).extracting(Word::text)
                .containsExactly("`getattr`", "`Ctrl`", "`near`", "`teh out`");
    }

    @Test
    void aSpanOfACodeClassIsCodeAndNestedCodeIsOneToken() throws Exception {
        Path html = dir.resolve("docbook.html");
        Files.writeString(html, "<html><body><p>Install the <span class=\"pkg pkg\">libnss-ldap</span> package, "
                + "run <code class=\"command\"><span class=\"pre\">apt-get</span></code> and read "
                + "<span class=\"emphasis\">teh</span> <span class=\"filename\">nsswitch.conf</span>.</p>"
                + "</body></html>", StandardCharsets.UTF_8);
        Document doc = loader.loadOne(new SourceFile(html, "docbook.html"));
        assertThat(doc.blocks()).extracting(Block::text)
                .containsExactly("Install the `libnss-ldap` package, run `apt-get` and read teh `nsswitch.conf`.");
        assertThat(doc.blocks().get(0).words()).filteredOn(w -> w.kind() == WordKind.CODE).extracting(Word::text)
                .containsExactly("`libnss-ldap`", "`apt-get`", "`nsswitch.conf`");
    }

    @Test
    void handWrittenRtfGivesItsParagraphs() throws Exception {
        Path rtf = dir.resolve("memo.rtf");
        Files.writeString(rtf, "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}\n"
                + "\\pard Rebel forces reached teh capital.\\par\n"
                + "\\pard The monitor said so on Saturday.\\par\n}\n", StandardCharsets.US_ASCII);
        Document doc = loader.loadOne(new SourceFile(rtf, "memo.rtf"));
        assertThat(doc.format()).isEqualTo(DocumentFormat.RTF);
        assertThat(doc.blocks()).extracting(Block::text)
                .containsExactly("Rebel forces reached teh capital.", "The monitor said so on Saturday.");
        assertThat(MarkdownLoaderTest.locate(doc, "teh").describe()).isEqualTo("memo.rtf:paragraph 1");
    }

    @Test
    void fileThatTikaFindsToBePlainTextKeepsLinesAndColumns() throws Exception {
        Path rst = dir.resolve("notes.rst");
        Files.writeString(rst, "Rebel forces reached teh capital.\nThe monitor said so on Saturday.\n");
        Document doc = loader.loadOne(new SourceFile(rst, "notes.rst"));
        assertThat(doc.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(doc.blocks()).hasSize(2);
        Location teh = MarkdownLoaderTest.locate(doc, "teh");
        assertThat(List.of(teh.line(), teh.column())).containsExactly(1, 22);
    }

    @Test
    void aPdfWordHyphenatedAtALineEndIsJoinedWhenTheDictionaryOrTheDocumentHasItAndAShellCommandIsNoText() throws Exception {
        FormatFiles.Article hyphenated = new FormatFiles.Article("Starting points", List.of(
                "This doc-\nument gives efficient starting points for the lo-\ncalization of time-\nconsuming"
                        + " work by non-\ndevelopers, with the debian-\nsecurity archive. Ex-\nample: see Sec-\ntion 2.",
                "$ tar -cvJf archive.tar.xz ./source", "Install it with Flatpak, or build flat-\npak bundles."), 2);
        Path pdf = FormatFiles.pdf(hyphenated, dir.resolve("hyphenated.pdf"), null);
        Document doc = loader.loadOne(new SourceFile(pdf, "hyphenated.pdf"));
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("Starting points",
                "This document gives efficient starting points for the localization of time-consuming work by"
                        + " non-developers, with the debian-security archive. Example: see Section 2.",
                "Install it with Flatpak, or build flatpak bundles.");
    }

    @Test
    void aPdfWordSetInAMonospacedFontIsCodeAndAParagraphSetWhollyInOneIsLeftOut() throws Exception {
        FormatFiles.Article manual = new FormatFiles.Article("Adding users", List.of(
                "Run `adduser` to add a user, with `${misc:Depends}` for the rest.",
                "`$ sudo adduser --system builder`",
                "then log in again as that user."), 3);
        Path pdf = FormatFiles.pdf(manual, dir.resolve("manual.pdf"), null);
        Document doc = loader.loadOne(new SourceFile(pdf, "manual.pdf"));
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("Adding users",
                "Run `adduser` to add a user, with `${misc:Depends}` for the rest.",
                "then log in again as that user.");
        assertThat(doc.blocks().get(1).words()).filteredOn(w -> w.kind() == WordKind.CODE)
                .extracting(Word::text).containsExactly("`adduser`", "`${misc:Depends}`");
        assertThat(List.of(doc.followsCode(1), doc.followsCode(2))).containsExactly(false, true);
    }

    @Test
    void aPdfGapBetweenTwoLettersThatIsMostOfASpaceIsOneButLetterSpacingIsNot() throws Exception {
        Path pdf = dir.resolve("justified.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.setLeading(14);
                content.newLineAtOffset(50, 740);
                content.setCharacterSpacing(0.8f); // a heading set with letter-spacing, under PDFBox's tolerance
                content.showText("Spaced Heading");
                content.setCharacterSpacing(0);
                content.newLine();
                content.newLine();
                // a justified line that squeezes two of its spaces to a third of their width, drawing none
                content.showTextWithPositioning(new Object[] {"There are", -95f, "many of them in", -95f,
                        "my view of the world."});
                content.endText();
            }
            doc.save(pdf.toFile());
        }
        Document doc = loader.loadOne(new SourceFile(pdf, "justified.pdf"));
        assertThat(doc.blocks()).extracting(Block::text)
                .containsExactly("Spaced Heading", "There are many of them in my view of the world.");
    }

    @Test
    void aMonospacedFontIsKnownByItsFlagOrItsFamilysName() {
        assertThat(List.of("ZDSLJV+DejaVuSansMono", "GYNSJC+LiberationMono-Italic", "Courier-Bold", "FINIAV+CMTT9",
                "CMSLTT10", "SFTT1000", "LMMono10-Regular", "BZUJDV+t1xtt", "MPGAWB+t1xbtt", "t1xtt-Slant_167", "pcrr8r",
                "Consolas", "Inconsolata"))
                .allMatch(PdfParser::isMonospacedName);
        assertThat(List.of("NLLXHG+CMR10", "IVUZKL+LiberationSerif", "DejaVuSans-Bold", "Helvetica", "TeXGyreTermes-Bold",
                "CMSY10", "t1xr", "Matt-Regular", "MonotypeCorsiva"))
                .noneMatch(PdfParser::isMonospacedName);
    }

    @Test
    void anXmlFileGivesItsTextNotItsTags() throws Exception {
        Path xml = dir.resolve("document.xml");
        Files.writeString(xml, "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"urn:w\"><w:body><w:p><w:r>"
                + "<w:t>Rebel forces reached teh capital.</w:t></w:r></w:p></w:body></w:document>\n");
        Document doc = loader.loadOne(new SourceFile(xml, "document.xml"));
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("Rebel forces reached teh capital.");
    }

    @Test
    void aWordOrOdfDocumentGivesItsTextAsTrackedChangesLeaveItAndNotItsReviewersComments() throws Exception {
        Path docx = dir.resolve("edited.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("Rebel forces reached the capital ");
            CTRunTrackChange deleted = p.getCTP().addNewDel();
            deleted.setId(BigInteger.ONE);
            deleted.setAuthor("Editor");
            deleted.addNewR().addNewDelText().setStringValue("on Tuesday ");
            CTRunTrackChange inserted = p.getCTP().addNewIns();
            inserted.setId(BigInteger.TWO);
            inserted.setAuthor("Editor");
            inserted.addNewR().addNewT().setStringValue("on Saturday ");
            p.createRun().setText("after a week of fighting.");
            CTStyle commentStyle = CTStyle.Factory.newInstance(); // Word's style for comments, by its name
            commentStyle.setStyleId("CommentText");
            commentStyle.addNewName().setVal("annotation text");
            doc.createStyles().addStyle(new XWPFStyle(commentStyle));
            XWPFComment comment = doc.createComments().createComment(BigInteger.TEN);
            comment.setAuthor("Editor");
            XWPFParagraph note = comment.createParagraph();
            note.setStyle("CommentText");
            note.createRun().setText("check teh date with the desk");
            try (OutputStream out = Files.newOutputStream(docx)) {
                doc.write(out);
            }
        }
        Document doc = loader.loadOne(new SourceFile(docx, "edited.docx"));
        assertThat(doc.blocks()).extracting(Block::text)
                .containsExactly("Rebel forces reached the capital on Saturday after a week of fighting.");
        Path odt = FormatFiles.odt(List.of("<text:p>Rebel forces reached the capital<office:annotation>"
                + "<dc:creator>Editor</dc:creator><text:p>check teh date with the desk</text:p></office:annotation>"
                + " on Saturday.</text:p>"), dir.resolve("edited.odt"));
        assertThat(loader.loadOne(new SourceFile(odt, "edited.odt")).blocks()).extracting(Block::text)
                .containsExactly("Rebel forces reached the capital on Saturday.");
    }

    @Test
    void plainTextAndMarkdownNeverCreateTheTikaParser() {
        DocumentLoader fresh = DocumentLoader.create(TestData.segmenter());
        FileDiscovery.Found found = FileDiscovery.of(List.of(), List.of(), false)
                .discover(List.of(TestData.news(), TestData.root().resolve("formats/article.md")));
        LoadResult result = fresh.load(found.files());
        assertThat(result.documents()).hasSize(6);
        assertThat(fresh.tikaParsersCreated()).isZero();
    }

    @Test
    void manyDocxFilesShareOneTikaParser() throws Exception {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = "copy" + i + ".docx";
            files.add(new SourceFile(FormatFiles.docx(article, dir.resolve(name)), name));
        }
        DocumentLoader fresh = DocumentLoader.create(TestData.segmenter(), 1 << 20, java.time.Duration.ofSeconds(60), 4);
        LoadResult result = fresh.load(files);
        assertThat(result.failures()).isEmpty();
        assertThat(result.documents()).extracting(Document::id)
                .containsExactlyElementsOf(files.stream().map(SourceFile::id).collect(Collectors.toList()));
        assertThat(fresh.tikaParsersCreated()).isEqualTo(1);
    }

    @Test
    void mapsDetectedMediaTypesToFormats() {
        assertThat(TikaLoader.formatOf(org.apache.tika.mime.MediaType.parse("application/pdf")))
                .isEqualTo(DocumentFormat.PDF);
        assertThat(TikaLoader.formatOf(org.apache.tika.mime.MediaType.parse("text/html; charset=UTF-8")))
                .isEqualTo(DocumentFormat.HTML);
        assertThat(TikaLoader.formatOf(org.apache.tika.mime.MediaType.parse("application/epub+zip")))
                .isEqualTo(DocumentFormat.EPUB);
        assertThat(TikaLoader.formatOf(org.apache.tika.mime.MediaType.parse("image/png")))
                .isEqualTo(DocumentFormat.OTHER);
    }
}
