package dev.copydesk.core.load;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.DocumentFormat;
import dev.copydesk.core.segment.Segmenter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.tika.config.ServiceLoader;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.WriteOutContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that is not plain text or Markdown, through Apache Tika: one
 * {@link AutoDetectParser}, created on the first file that needs it (it takes one to two seconds)
 * and shared by all loading threads. Tika's XHTML goes through {@link XhtmlBlocks}; its write
 * limit caps the text taken from one file. Failures become one-line reasons: encrypted, corrupt
 * or truncated, unsupported type, no text, too much text.
 */
final class TikaLoader implements FormatLoader {
    private static final Logger LOG = LoggerFactory.getLogger(TikaLoader.class);
    /**
     * How Word documents are read: with Tika's SAX reader, which leaves out text deleted or moved
     * away under tracked changes (the classic reader kept {@code on Tuesday on Saturday} where an
     * editor had replaced the one by the other) and marks a reviewer's comments as such
     * ({@link XhtmlBlocks#REVIEW_CLASSES}) instead of writing them into the paragraph. Shared:
     * only read.
     */
    private static final OfficeParserConfig OFFICE = officeConfig();
    /** Formats whose files are zip archives. */
    private static final Set<DocumentFormat> ZIP_FORMATS = Set.of(DocumentFormat.EPUB, DocumentFormat.DOCX,
            DocumentFormat.ODT);

    private static OfficeParserConfig officeConfig() {
        OfficeParserConfig config = new OfficeParserConfig();
        config.setUseSAXDocxExtractor(true);
        config.setIncludeDeletedContent(false);
        config.setIncludeMoveFromContent(false);
        return config;
    }

    /**
     * Tika's HTML mapping, but keeping inline code ({@code code}, {@code kbd}, {@code samp},
     * {@code tt}) as {@code code}: by default Tika drops the element and keeps its text, so code
     * reached the checks as prose ({@code <code>getattr</code>} a typo). A {@code span} is kept with
     * its class, as DocBook and Sphinx mark package names, commands and file names so
     * ({@code <span class="pkg">libnss-ldap</span>}), and a {@code div} with its id and class, which
     * ends a paragraph and may be page furniture. A {@code nav} element and
     * its content are dropped, as scripts and styles are.
     */
    private static final HtmlMapper HTML = new DefaultHtmlMapper() {
        @Override
        public String mapSafeElement(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "code", "kbd", "samp", "tt" -> "code";
                case "span" -> "span";
                case "div" -> "div";
                default -> super.mapSafeElement(name);
            };
        }

        /**
         * A span's class, which says whether it is code ({@link XhtmlBlocks#CODE_CLASSES}), a
         * paragraph's, which says whether it is a block of code
         * ({@link XhtmlBlocks#CODE_PARAGRAPH_CLASSES}), and a div's id and class, which say
         * whether it is page furniture ({@link XhtmlBlocks#CHROME}).
         */
        @Override
        public String mapSafeAttribute(String elementName, String attributeName) {
            if ("lang".equalsIgnoreCase(attributeName) || "xml:lang".equalsIgnoreCase(attributeName)) {
                return "lang"; // the language a passage declares (XhtmlBlocks#declaredPassages)
            }
            if (("span".equals(elementName) || "p".equals(elementName)) && "class".equalsIgnoreCase(attributeName)
                    || "div".equals(elementName) && ("class".equalsIgnoreCase(attributeName)
                            || "id".equalsIgnoreCase(attributeName))) {
                return attributeName.toLowerCase(Locale.ROOT);
            }
            return super.mapSafeAttribute(elementName, attributeName);
        }

        /** Also a page's navigation and what it shows without scripts: links and notices, not its text. */
        @Override
        public boolean isDiscardElement(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "nav", "noscript" -> true;
                default -> super.isDiscardElement(name);
            };
        }
    };

    private final int writeLimit;
    private final FormatLoader plainText;
    private final Object lock = new Object();
    private final AtomicInteger created = new AtomicInteger();
    private volatile AutoDetectParser parser;

    /**
     * @param writeLimit the most characters of text taken from one file
     * @param plainText  reads files that Tika finds to be plain text (notes.rst, a .log), so they
     *                   get paragraphs and exact lines and columns instead of one block
     */
    TikaLoader(int writeLimit, FormatLoader plainText) {
        this.writeLimit = writeLimit;
        this.plainText = plainText;
    }

    @Override
    public Document load(SourceFile file, byte[] bytes, Segmenter segmenter) throws LoadException {
        XhtmlBlocks handler = new XhtmlBlocks(segmenter);
        Metadata metadata = new Metadata();
        try {
            parse(file, bytes, handler, metadata);
        } catch (Exception e) {
            if (!TikaFailure.isEpubRefusal(e)) {
                throw new LoadException(TikaFailure.reason(e, file, metadata, writeLimit), e);
            }
            return lenientEpub(file, bytes, segmenter, e);
        }
        MediaType type = TikaFailure.mediaType(metadata);
        if (isPlainText(type)) {
            return plainText.load(file, bytes, segmenter);
        }
        if (!TikaFailure.wasParsed(metadata)) {
            throw new LoadException("unsupported or binary file type (" + type + ")");
        }
        List<Block> blocks = handler.blocks();
        if (blocks.isEmpty()) {
            DocumentFormat format = formatOf(type);
            if (ZIP_FORMATS.contains(format) && !isZip(bytes)) {
                // Tika goes by the name when the bytes say nothing, and its EPUB reader salvages
                // what it can from a broken zip without complaint: random bytes named .epub
                throw new LoadException("corrupt or truncated " + format.id() + " file (not a zip archive)");
            }
            throw new LoadException("no text found (" + type + "; a scan or images only?)");
        }
        return new Document(file.id(), formatOf(type), blocks, handler.declaredPassages(), handler.afterCode(),
                declaredLanguage(metadata));
    }

    private void parse(SourceFile file, byte[] bytes, XhtmlBlocks handler, Metadata metadata) throws Exception {
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, String.valueOf(file.path().getFileName()));
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser().parse(in, new WriteOutContentHandler(handler, writeLimit), metadata, context());
        }
    }

    /** How this loader has Tika read HTML and Word documents. */
    private static ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, HTML);
        context.set(OfficeParserConfig.class, OFFICE);
        return context;
    }

    /** Whether bytes open as a zip archive with at least one entry. */
    private static boolean isZip(byte[] bytes) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            return zip.getEntries().hasMoreElements();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * An EPUB that Tika's EPUB reader refused, read chapter by chapter ({@link LenientEpub}); the
     * refusal is the reason given if that fails too.
     */
    private Document lenientEpub(SourceFile file, byte[] bytes, Segmenter segmenter, Exception refusal)
            throws LoadException {
        XhtmlBlocks handler = new XhtmlBlocks(segmenter);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, "application/epub+zip");
        boolean read;
        try {
            read = LenientEpub.read(bytes, new WriteOutContentHandler(handler, writeLimit), context(), metadata);
        } catch (Exception e) {
            throw new LoadException(TikaFailure.reason(e, file, metadata, writeLimit), e);
        }
        if (!read) {
            throw new LoadException(TikaFailure.reason(refusal, file, metadata, writeLimit), refusal);
        }
        LOG.debug("{}: Tika refused the EPUB ({}); read chapter by chapter", file.id(), refusal);
        List<Block> blocks = handler.blocks();
        if (blocks.isEmpty()) {
            throw new LoadException("no text found (application/epub+zip; images only?)");
        }
        return new Document(file.id(), DocumentFormat.EPUB, blocks, handler.declaredPassages(), handler.afterCode(),
                declaredLanguage(metadata));
    }

    /**
     * The language a document declares for itself: an HTML page's {@code lang} (Tika's
     * {@code Content-Language}), else an EPUB's or an office document's {@code dc:language}; empty
     * where there is none.
     */
    static String declaredLanguage(Metadata metadata) {
        for (String value : new String[] {metadata.get(Metadata.CONTENT_LANGUAGE),
                metadata.get(TikaCoreProperties.LANGUAGE)}) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }

    /**
     * Plain text or a kind of it (reStructuredText, a log). Not HTML or RTF (Tika counts HTML as a
     * kind of text, but reads its structure), nor a table (CSV) that Tika reads as cells, nor XML
     * (Tika counts it as text too), whose tags are no prose: Tika's reading of its text is kept.
     */
    private boolean isPlainText(MediaType type) {
        DocumentFormat format = formatOf(type);
        return (format == DocumentFormat.TEXT || format == DocumentFormat.OTHER)
                && !"text/csv".equals(type.toString()) && !"text/tab-separated-values".equals(type.toString())
                && parser.getMediaTypeRegistry().isInstanceOf(type, MediaType.TEXT_PLAIN)
                && !parser.getMediaTypeRegistry().isInstanceOf(type, MediaType.APPLICATION_XML);
    }

    /** How many Tika parsers this loader has created: 0 until a file needs one, then 1. */
    int parsersCreated() {
        return created.get();
    }

    private AutoDetectParser parser() throws IOException {
        AutoDetectParser p = parser;
        if (p == null) {
            synchronized (lock) {
                p = parser;
                if (p == null) {
                    long t0 = System.nanoTime();
                    // Tika's own parsers, but PDFs through PdfParser, which keeps the fonts that mark code
                    p = new AutoDetectParser(new DefaultParser(MediaTypeRegistry.getDefaultRegistry(),
                            new ServiceLoader(), List.of(PDFParser.class)), new PdfParser());
                    created.incrementAndGet();
                    parser = p;
                    LOG.debug("created the Tika parser in {} ms", (System.nanoTime() - t0) / 1_000_000);
                }
            }
        }
        return p;
    }

    /** The document format of a detected media type. */
    static DocumentFormat formatOf(MediaType type) {
        return switch (type.getBaseType().toString()) {
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.ms-word.document.macroenabled.12" -> DocumentFormat.DOCX;
            case "application/msword", "application/x-tika-msoffice" -> DocumentFormat.DOC;
            case "application/vnd.oasis.opendocument.text" -> DocumentFormat.ODT;
            case "application/pdf" -> DocumentFormat.PDF;
            case "text/html", "application/xhtml+xml" -> DocumentFormat.HTML;
            case "application/rtf", "text/rtf" -> DocumentFormat.RTF;
            case "application/epub+zip" -> DocumentFormat.EPUB;
            case "text/plain" -> DocumentFormat.TEXT;
            default -> DocumentFormat.OTHER;
        };
    }
}
