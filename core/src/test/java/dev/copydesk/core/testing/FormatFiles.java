package dev.copydesk.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes the same article (a heading and paragraphs) as HTML, .docx (Apache POI), .pdf (Apache
 * PDFBox, with a page break), .odt and .epub (zips written by hand), plus
 * the bad inputs the loader must survive: a truncated .docx, a password-protected PDF and random
 * bytes. {@link #main} regenerates {@code testdata/formats/} from seed 000.
 */
public final class FormatFiles {
    private static final float FONT_SIZE = 10;
    private static final float LEADING = 14;
    private static final int WRAP = 95;

    private FormatFiles() {
    }

    /** An article: a heading, then paragraphs; {@code firstPage} paragraphs go on page 1 of a PDF. */
    public record Article(String heading, List<String> paragraphs, int firstPage) {
        public Article {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** The excerpt of seed 000 used in {@code testdata/formats}: its title (line 6) and lines 1-5. */
    public static Article seedExcerpt() throws IOException {
        List<String> lines = Files.readAllLines(TestData.news().resolve("000_b63dc4cb37152557.txt"));
        return new Article(lines.get(5), lines.subList(0, 5), 2);
    }

    /** Regenerates {@code testdata/formats/article.{html,docx,pdf,odt}} (the .md is written by hand). */
    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : TestData.root().resolve("formats");
        writeAll(seedExcerpt(), dir);
    }

    /** Writes the article in every generated format into a folder, as {@code article.*}. */
    public static List<Path> writeAll(Article article, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        out.add(html(article, dir.resolve("article.html")));
        out.add(docx(article, dir.resolve("article.docx")));
        out.add(pdf(article, dir.resolve("article.pdf"), null));
        out.add(odt(article, dir.resolve("article.odt")));
        return out;
    }

    public static Path html(Article article, Path file) throws IOException {
        StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
                + "<title>Excerpt</title></head>\n<body>\n<h1>" + escape(article.heading()) + "</h1>\n");
        for (String p : article.paragraphs()) {
            s.append("<p>").append(escape(p)).append("</p>\n");
        }
        Files.writeString(file, s.append("</body>\n</html>\n"), StandardCharsets.UTF_8);
        return file;
    }

    public static Path docx(Article article, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFStyles styles = doc.createStyles();
            CTStyle heading = CTStyle.Factory.newInstance();
            heading.setStyleId("Heading1");
            heading.addNewName().setVal("heading 1");
            heading.setType(STStyleType.PARAGRAPH);
            styles.addStyle(new XWPFStyle(heading));
            XWPFParagraph h = doc.createParagraph();
            h.setStyle("Heading1");
            h.createRun().setText(article.heading());
            for (String p : article.paragraphs()) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
        }
        return file;
    }

    /**
     * A PDF of the article; with a password it is encrypted and cannot be opened without it. Text
     * between backticks is set in Courier, as a typesetter sets code, and the backticks are not written.
     */
    public static Path pdf(Article article, Path file, String password) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> page1 = new ArrayList<>(List.of(article.heading()));
            page1.addAll(article.paragraphs().subList(0, article.firstPage()));
            writePage(doc, font, page1);
            writePage(doc, font, article.paragraphs().subList(article.firstPage(), article.paragraphs().size()));
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(password + "-owner", password,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void writePage(PDDocument doc, PDType1Font font, List<String> paragraphs) throws IOException {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setFont(font, FONT_SIZE);
            content.setLeading(LEADING);
            content.newLineAtOffset(50, 740);
            PDType1Font courier = new PDType1Font(Standard14Fonts.FontName.COURIER);
            for (String paragraph : paragraphs) {
                for (String line : wrap(paragraph)) {
                    String[] runs = line.split("`", -1);
                    for (int i = 0; i < runs.length; i++) {
                        content.setFont(i % 2 == 0 ? font : courier, FONT_SIZE);
                        content.showText(runs[i]);
                    }
                    content.newLine();
                }
                content.newLine(); // a blank line between paragraphs
            }
            content.endText();
        }
    }

    /** A paragraph's lines: broken where it has a line feed, and where a line would pass {@code WRAP}. */
    private static List<String> wrap(String paragraph) {
        List<String> lines = new ArrayList<>();
        for (String forced : paragraph.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : forced.split(" ")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** An OpenDocument text: a stored {@code mimetype} entry first, the manifest, and content.xml. */
    public static Path odt(Article article, Path file) throws IOException {
        List<String> body = new ArrayList<>(List.of("<text:h text:outline-level=\"1\">" + escape(article.heading())
                + "</text:h>"));
        for (String p : article.paragraphs()) {
            body.add("<text:p>" + escape(p) + "</text:p>");
        }
        return odt(body, file);
    }

    /**
     * An OpenDocument text whose body is these elements, written as they are (so a test can put an
     * {@code office:annotation}, a reviewer's comment, inside a paragraph).
     */
    public static Path odt(List<String> bodyElements, Path file) throws IOException {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\">"
                + "<office:body><office:text>\n");
        for (String element : bodyElements) {
            content.append(element).append('\n');
        }
        content.append("</office:text></office:body></office:document-content>\n");
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
                + "manifest:version=\"1.2\">\n"
                + " <manifest:file-entry manifest:full-path=\"/\" "
                + "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
                + "</manifest:manifest>\n";
        return zip(file, "application/vnd.oasis.opendocument.text",
                Map.of("META-INF/manifest.xml", manifest, "content.xml", content.toString()));
    }

    /** An EPUB 2 book of one chapter: mimetype, container, package document and the chapter's XHTML. */
    public static Path epub(Article article, Path file) throws IOException {
        StringBuilder chapter = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Excerpt</title></head><body>\n<h1>"
                + escape(article.heading()) + "</h1>\n");
        for (String p : article.paragraphs()) {
            chapter.append("<p>").append(escape(p)).append("</p>\n");
        }
        chapter.append("</body></html>\n");
        return epub(file, "content.opf", opf(List.of("chapter.xhtml")), Map.of("chapter.xhtml", chapter.toString()));
    }

    /**
     * An EPUB of these files with this package file, as a tool that Tika's EPUB reader refuses may
     * write it ({@link #opf}); the container points to {@code opfPath}.
     */
    public static Path epub(Path file, String opfPath, String opf, Map<String, String> files) throws IOException {
        Map<String, String> entries = new HashMap<>(files);
        entries.put("META-INF/container.xml", "<?xml version=\"1.0\"?>\n<container version=\"1.0\" "
                + "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile full-path=\""
                + opfPath + "\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>\n");
        entries.put(opfPath, opf);
        return zip(file, "application/epub+zip", entries);
    }

    /** A package file whose manifest has an XHTML item per {@code href}, read in that order. */
    public static String opf(List<String> hrefs) {
        StringBuilder manifest = new StringBuilder();
        StringBuilder spine = new StringBuilder();
        for (int i = 0; i < hrefs.size(); i++) {
            manifest.append("<item id=\"i").append(i).append("\" href=\"").append(escape(hrefs.get(i)))
                    .append("\" media-type=\"application/xhtml+xml\"/>");
            spine.append("<itemref idref=\"i").append(i).append("\"/>");
        }
        return "<?xml version=\"1.0\"?>\n<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"2.0\" "
                + "unique-identifier=\"id\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title>Book</dc:title><dc:identifier id=\"id\">copydesk-test</dc:identifier></metadata>"
                + "<manifest>" + manifest + "</manifest><spine>" + spine + "</spine></package>\n";
    }

    /** A zip whose first entry is a stored {@code mimetype}, as ODF and EPUB require; entries in name order. */
    private static Path zip(Path file, String mimetypeValue, Map<String, String> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mimetype = mimetypeValue.getBytes(StandardCharsets.US_ASCII);
            ZipEntry stored = entry("mimetype");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            zip.write(mimetype);
            for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(entry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    private static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTime(946_684_800_000L); // fixed, so the file is the same on every run
        return e;
    }

    /** A .docx cut off after half of its bytes, as an interrupted download leaves it. */
    public static Path truncatedDocx(Article article, Path file) throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        Path tmp = Files.createTempFile(file.getParent(), "whole", ".docx");
        docx(article, tmp);
        whole.write(Files.readAllBytes(tmp));
        Files.delete(tmp);
        byte[] bytes = whole.toByteArray();
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        return file;
    }

    /** Random bytes from a fixed seed. */
    public static Path randomBytes(Path file, int size, long seed) throws IOException {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        Files.write(file, bytes);
        return file;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
