package dev.copydesk.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads a PDF's text with PDFBox, as Tika's own PDF parser does, but keeps what that parser
 * drops: the font of each word. A PDF has no markup for code; its typesetter sets code in a
 * monospaced font ({@code LiberationMono}, {@code DejaVuSansMono}, TeX's {@code CMTT10}). So a word
 * set in one is written as inline {@code code}, and a paragraph set wholly in one as {@code pre},
 * which {@link XhtmlBlocks} leaves out as it does an HTML page's: a manual's commands, file names
 * and listings no longer reach the checks as prose ({@code adduser} starting a sentence, {@code
 * ${misc:Depends}} missing a space). Pages are {@code <div class="page">}, paragraphs {@code p}, as
 * Tika writes them. The outline (bookmarks) and annotations are not the copy and are left out.
 * Registered in place of Tika's PDF parser by {@link TikaLoader}.
 */
final class PdfParser implements Parser {
    private static final long serialVersionUID = 1L;
    private static final Set<MediaType> TYPES = Set.of(MediaType.application("pdf"));
    /**
     * Font names of monospaced families whose font files do not set the fixed-pitch flag: TeX's
     * typewriter fonts ({@code CMTT10}, {@code CMSLTT10}, {@code SFTT1000}, {@code LMMono10}, the TX
     * fonts' {@code t1xtt} and {@code t1xbtt}, PSNFSS's Courier {@code pcrr8r}) and the usual
     * ones, matched after a subset's {@code ABCDEF+} prefix.
     */
    private static final Pattern MONOSPACED = Pattern.compile("(?i).*(mono(?!type)|courier|consol|inconsolata|menlo|monaco"
            + "|typewriter).*|(?i)(cm|sf|ec|tc|lm|t1x|tcx|ts1x|tx|ntx)(b|s|sl|it|i)?tt.*|(?i)pcr[rbo].*");

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return TYPES;
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(stream))) {
            String language = pdf.getDocumentCatalog().getLanguage();
            if (language != null && !language.isBlank()) {
                metadata.set(TikaCoreProperties.LANGUAGE, language.strip());
            }
            xhtml.startDocument();
            // the handler's exceptions (Tika's write limit) leave wrapped in an IOException; TikaFailure reads the cause
            new Stripper(xhtml).writeText(pdf, Writer.nullWriter());
            xhtml.endDocument();
        } catch (InvalidPasswordException e) {
            throw new EncryptedDocumentException(e);
        }
    }

    /** Whether a font is monospaced: flagged so in its descriptor, or of a known family. */
    static boolean isMonospaced(PDFont font) {
        PDFontDescriptor descriptor = font.getFontDescriptor();
        if (descriptor != null && descriptor.isFixedPitch()) {
            return true;
        }
        return isMonospacedName(font.getName());
    }

    /** Whether a font's name, after a subset's {@code ABCDEF+} prefix, is a monospaced family's. */
    static boolean isMonospacedName(String name) {
        if (name == null) {
            return false;
        }
        int plus = name.indexOf('+');
        return MONOSPACED.matcher(plus == 6 ? name.substring(plus + 1) : name).matches();
    }

    /**
     * PDFBox's text stripper, writing XHTML instead of text: each paragraph is kept as lines of
     * words until it ends, then written as {@code pre} if every word is monospaced, else as a
     * {@code p} with its monospaced runs in {@code code}.
     */
    private static final class Stripper extends PDFTextStripper {
        /** The least gap between two letters, as a share of the font's space, that is a space meant ({@link #gapBreaks}). */
        private static final float GAP_OF_SPACE = 0.25f;
        /** The median gap between a word's glyphs, in points, under which they touch. */
        private static final float TOUCHING = 0.3f;
        private final XHTMLContentHandler xhtml;
        /** Whether each font met so far is monospaced, worked out once per font. */
        private final Map<PDFont, Boolean> monospaced = new IdentityHashMap<>();
        /** The lines of the paragraph being read; each a list of words. */
        private final List<List<Word>> lines = new ArrayList<>();
        private List<Word> line = new ArrayList<>();
        /** Whether PDFBox saw a gap before the next word. */
        private boolean space;

        Stripper(XHTMLContentHandler xhtml) {
            this.xhtml = xhtml;
            setSortByPosition(false);
            setWordSeparator(" ");
        }

        /** A run of a line's text, in code or not, and whether a space separates it from the one before. */
        private record Word(String text, boolean code, boolean spaceBefore) {
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            try {
                xhtml.startElement("div", "class", "page");
            } catch (SAXException e) {
                throw new IOException(e);
            }
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            endParagraph();
            try {
                xhtml.endElement("div");
            } catch (SAXException e) {
                throw new IOException(e);
            }
        }

        @Override
        protected void writeParagraphStart() throws IOException {
            endParagraph();
        }

        @Override
        protected void writeParagraphEnd() throws IOException {
            endParagraph();
        }

        @Override
        protected void writePageStart() {
            // the page's div is written in startPage
        }

        @Override
        protected void writePageEnd() {
            // the page's div is closed in endPage
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void writeWordSeparator() {
            space = true;
        }

        /**
         * A word as PDFBox found it, split into runs where its font changes between monospaced
         * and not, and into words where a gap between two letters says a space was meant
         * ({@link #gapBreaks}). PDFBox's "word" runs to the next gap it measured, so where a PDF
         * draws its spaces, one holds a whole phrase ({@code run adduser now}); a space between
         * two monospaced letters is code's own ({@code apt-get install}).
         */
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            int[] glyph = glyphOf(text, positions);
            boolean[] code = codeLetters(text, positions, glyph);
            boolean[] breaks = gapBreaks(text, positions, glyph);
            int from = 0;
            for (int i = 1; i <= text.length(); i++) {
                if (i == text.length() || code[i] != code[from] || breaks[i]) {
                    line.add(new Word(text.substring(from, i), code[from], from == 0 ? space : breaks[from]));
                    from = i;
                }
            }
            space = false;
        }

        /**
         * For each letter of a word's text, the index of the glyph it comes from; null where
         * PDFBox's text does not match its glyphs one to one (a ligature written out, accents
         * joined).
         */
        private static int[] glyphOf(String text, List<TextPosition> positions) {
            int[] glyph = new int[text.length()];
            int c = 0;
            for (int k = 0; k < positions.size(); k++) {
                String u = positions.get(k).getUnicode();
                if (c + u.length() > text.length() || !text.startsWith(u, c)) {
                    return null;
                }
                Arrays.fill(glyph, c, c + u.length(), k);
                c += u.length();
            }
            return c == text.length() ? glyph : null;
        }

        /**
         * For each letter of a word's text, whether a space was meant before it that the PDF does
         * not draw: a gap to the glyph before of at least {@value #GAP_OF_SPACE} of the font's
         * space, in a word whose other glyphs touch (a median gap of under {@value #TOUCHING}
         * points), between two letters or digits. Justified lines in some PDFs (LibreOffice's,
         * dblatex's) squeeze a space to a third of its width, under PDFBox's tolerance of a half:
         * {@code aremany}, {@code themisc} where the next word is bold. A heading set with
         * letter-spacing has gaps all along, and is not split.
         */
        private static boolean[] gapBreaks(String text, List<TextPosition> positions, int[] glyph) {
            boolean[] breaks = new boolean[text.length() + 1];
            int n = positions.size();
            if (n < 3 || glyph == null) {
                return breaks; // no letter to put the space before where glyphs and letters differ
            }
            float[] gaps = new float[n - 1];
            for (int k = 1; k < n; k++) {
                TextPosition q = positions.get(k - 1);
                gaps[k - 1] = positions.get(k).getXDirAdj() - (q.getXDirAdj() + q.getWidthDirAdj());
            }
            float[] sorted = gaps.clone();
            Arrays.sort(sorted);
            if (Math.abs(sorted[sorted.length / 2]) >= TOUCHING) {
                return breaks;
            }
            for (int at = 1; at < text.length(); at++) {
                int k = glyph[at];
                if (k != glyph[at - 1] && gaps[k - 1] >= GAP_OF_SPACE * positions.get(k).getWidthOfSpace()
                        && gaps[k - 1] > 2 * TOUCHING
                        && Character.isLetterOrDigit(text.charAt(at - 1)) && Character.isLetterOrDigit(text.charAt(at))) {
                    breaks[at] = true;
                }
            }
            return breaks;
        }

        /**
         * For each letter of a word's text, whether it is code: set in a monospaced font, or a space
         * with code on both sides. Where the letters do not match the glyphs one to one
         * ({@link #glyphOf}), the whole word goes by most of its glyphs.
         */
        private boolean[] codeLetters(String text, List<TextPosition> positions, int[] glyph) {
            boolean[] code = new boolean[text.length()];
            boolean[] glyphCode = new boolean[positions.size()];
            int mono = 0;
            for (int k = 0; k < positions.size(); k++) {
                PDFont font = positions.get(k).getFont();
                glyphCode[k] = font != null && monospaced.computeIfAbsent(font, PdfParser::isMonospaced);
                mono += glyphCode[k] ? 1 : 0;
            }
            if (glyph == null) {
                Arrays.fill(code, !positions.isEmpty() && mono * 2 > positions.size());
                return code;
            }
            for (int i = 0; i < code.length; i++) {
                code[i] = glyphCode[glyph[i]] && !Character.isWhitespace(text.charAt(i));
            }
            for (int i = 0; i < code.length; i++) {
                if (Character.isWhitespace(text.charAt(i))) {
                    int l = i - 1;
                    int r = i + 1;
                    while (l >= 0 && Character.isWhitespace(text.charAt(l))) {
                        l--;
                    }
                    while (r < code.length && Character.isWhitespace(text.charAt(r))) {
                        r++;
                    }
                    code[i] = l >= 0 && r < code.length && code[l] && code[r];
                }
            }
            return code;
        }

        @Override
        protected void writeString(String text) {
            line.add(new Word(text, false, space));
            space = false;
        }

        private void endLine() {
            space = false;
            if (!line.isEmpty()) {
                lines.add(line);
                line = new ArrayList<>();
            }
        }

        private void endParagraph() throws IOException {
            endLine();
            if (lines.isEmpty()) {
                return;
            }
            try {
                if (lines.stream().flatMap(List::stream).allMatch(w -> w.code() || w.text().isBlank())) {
                    write("pre", false);
                } else {
                    write("p", true);
                }
            } catch (SAXException e) {
                throw new IOException(e);
            }
            lines.clear();
        }

        /** The paragraph's lines in one element; with {@code marked}, monospaced runs in {@code code}. */
        private void write(String element, boolean marked) throws SAXException {
            xhtml.startElement(element);
            for (int l = 0; l < lines.size(); l++) {
                if (l > 0) {
                    xhtml.characters("\n");
                }
                boolean inCode = false;
                List<Word> words = lines.get(l);
                for (int i = 0; i < words.size(); i++) {
                    Word w = words.get(i);
                    if (inCode && !w.code()) {
                        xhtml.endElement("code");
                        inCode = false;
                    }
                    if (i > 0 && w.spaceBefore()) {
                        xhtml.characters(" ");
                    }
                    if (marked && w.code() && !inCode) {
                        xhtml.startElement("code");
                        inCode = true;
                    }
                    xhtml.characters(w.text());
                }
                if (inCode) {
                    xhtml.endElement("code");
                }
            }
            xhtml.endElement(element);
        }
    }
}
