package dev.copydesk.core.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.apache.tika.sax.XHTMLContentHandler;
import org.apache.tika.utils.XMLReaderUtils;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads an EPUB that Tika's EPUB reader refused although the book opens in a reading app: its
 * chapters in reading order, each with Tika's lenient HTML parser.
 *
 * <p>Tika gives up on a whole book when an item of its reading order (the spine) is not an entry
 * of the zip under its {@code href} exactly (books that list a chapter once per section, with a
 * fragment, {@code about-manual.xhtml#o8} in the Debian Live manual, or that reach a chapter with
 * {@code ../}), and when one chapter is not well-formed XML (the same manual's colophon writes
 * {@code <debian-live@lists.debian.org>}). Here an {@code href} loses its fragment, has its
 * {@code %} escapes decoded and is resolved against the package file's folder; a chapter named
 * twice is read once; one that is not in the zip is left out; and each chapter is read as HTML, as
 * a browser would. A chapter that the book's {@code META-INF/encryption.xml} lists is not read:
 * the book is refused as encrypted.
 */
final class LenientEpub {
    private static final String CONTAINER = "META-INF/container.xml";
    private static final String ENCRYPTION = "META-INF/encryption.xml";
    /** The largest container, package or encryption file read (the Debian Live manual's package: 48 KB). */
    private static final int MAX_PACKAGE = 8 << 20;

    private LenientEpub() {
    }

    /**
     * Reads the book's chapters into {@code handler} as one XHTML document.
     *
     * @param book the book's metadata, given its language ({@code dc:language} of its package file)
     * @return whether the book had a reading order to follow; if not, nothing was written
     * @throws EncryptedDocumentException if a chapter is encrypted
     */
    static boolean read(byte[] epub, ContentHandler handler, ParseContext context, Metadata book)
            throws IOException, SAXException, TikaException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(epub)).get()) {
            List<String> chapters = readingOrder(zip, context, book);
            if (chapters.isEmpty()) {
                return false;
            }
            Set<String> encrypted = encrypted(zip, context);
            for (String chapter : chapters) {
                if (encrypted.contains(chapter)) {
                    throw new EncryptedDocumentException("EPUB chapter " + chapter + " is encrypted");
                }
            }
            Metadata metadata = new Metadata();
            XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
            xhtml.startDocument();
            JSoupParser html = new JSoupParser();
            for (String chapter : chapters) {
                try (InputStream in = TikaInputStream.get(zip.getInputStream(zip.getEntry(chapter)))) {
                    Metadata chapterMetadata = new Metadata();
                    chapterMetadata.set(Metadata.CONTENT_TYPE, "application/xhtml+xml");
                    html.parse(in, new EmbeddedContentHandler(new BodyContentHandler(xhtml)), chapterMetadata, context);
                }
            }
            xhtml.endDocument();
            return true;
        }
    }

    /**
     * The zip entries of the book's HTML chapters, in reading order, each once; the book's first
     * {@code dc:language} goes into {@code book}.
     */
    static List<String> readingOrder(ZipFile zip, ParseContext context, Metadata book)
            throws IOException, SAXException, TikaException {
        ZipArchiveEntry container = zip.getEntry(CONTAINER);
        if (container == null) {
            return List.of();
        }
        NodeList roots = dom(zip, container, context).getElementsByTagNameNS("*", "rootfile");
        if (roots.getLength() == 0) {
            return List.of();
        }
        String opfPath = ((Element) roots.item(0)).getAttribute("full-path");
        ZipArchiveEntry opf = zip.getEntry(opfPath);
        if (opf == null) {
            return List.of();
        }
        org.w3c.dom.Document pkg = dom(zip, opf, context);
        NodeList languages = pkg.getElementsByTagNameNS("*", "language");
        if (languages.getLength() > 0 && !languages.item(0).getTextContent().isBlank()) {
            book.set(TikaCoreProperties.LANGUAGE, languages.item(0).getTextContent().strip());
        }
        String folder = opfPath.substring(0, opfPath.lastIndexOf('/') + 1);
        Map<String, String> pathOfId = new HashMap<>();
        NodeList items = pkg.getElementsByTagNameNS("*", "item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            String media = item.getAttribute("media-type");
            String path = resolve(folder, item.getAttribute("href"));
            if (path != null && media.contains("html") && zip.getEntry(path) != null) {
                pathOfId.put(item.getAttribute("id"), path);
            }
        }
        Set<String> order = new LinkedHashSet<>();
        NodeList refs = pkg.getElementsByTagNameNS("*", "itemref");
        for (int i = 0; i < refs.getLength(); i++) {
            String path = pathOfId.get(((Element) refs.item(i)).getAttribute("idref"));
            if (path != null) {
                order.add(path);
            }
        }
        return new ArrayList<>(order);
    }

    /**
     * The zip entry an {@code href} of a package file in {@code folder} names, or null if it names
     * none: the fragment dropped, {@code %} escapes decoded, {@code .} and {@code ..} resolved.
     */
    static String resolve(String folder, String href) {
        int hash = href.indexOf('#');
        String file = hash < 0 ? href : href.substring(0, hash);
        if (file.isEmpty() || file.contains(":")) {
            return null; // nothing, or a link out of the book
        }
        try {
            file = URLDecoder.decode(file.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // a stray '%': the name as written
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : ((file.startsWith("/") ? "" : folder) + file).split("/")) {
            if (part.equals("..")) {
                if (parts.pollLast() == null) {
                    return null; // out of the book
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    /** The entries {@code META-INF/encryption.xml} says are encrypted (fonts included). */
    private static Set<String> encrypted(ZipFile zip, ParseContext context)
            throws IOException, SAXException, TikaException {
        ZipArchiveEntry entry = zip.getEntry(ENCRYPTION);
        if (entry == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        NodeList refs = dom(zip, entry, context).getElementsByTagNameNS("*", "CipherReference");
        for (int i = 0; i < refs.getLength(); i++) {
            String path = resolve("", ((Element) refs.item(i)).getAttribute("URI"));
            if (path != null) {
                out.add(path);
            }
        }
        return out;
    }

    private static org.w3c.dom.Document dom(ZipFile zip, ZipArchiveEntry entry, ParseContext context)
            throws IOException, SAXException, TikaException {
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readNBytes(MAX_PACKAGE + 1);
        }
        if (bytes.length > MAX_PACKAGE) {
            throw new IOException(entry.getName() + " is over " + MAX_PACKAGE + " bytes");
        }
        return XMLReaderUtils.buildDOM(new ByteArrayInputStream(bytes), context);
    }
}
