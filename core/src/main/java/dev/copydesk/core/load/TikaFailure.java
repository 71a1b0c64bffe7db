package dev.copydesk.core.load;

import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/** Turns what Tika threw, and what it recorded in the metadata, into a one-line reason. */
final class TikaFailure {
    private static final int MAX_DETAIL = 120;

    private TikaFailure() {
    }

    /** The one-line reason for an exception thrown while parsing a file. */
    static String reason(Exception e, SourceFile file, Metadata metadata, int writeLimit) {
        if (isEncrypted(e)) {
            return "encrypted or password-protected document";
        }
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return "more than " + writeLimit + " characters of text (the limit)";
        }
        String kind = typeName(file, metadata);
        Throwable root = rootCause(e);
        return "corrupt or truncated " + kind + " file (" + detail(root) + ")";
    }

    /** The detected media type, or {@code application/octet-stream}. */
    static MediaType mediaType(Metadata metadata) {
        MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
        return type == null ? MediaType.OCTET_STREAM : type.getBaseType();
    }

    /** Whether a parser that reads the type ran (not just the empty fallback for unknown types). */
    static boolean wasParsed(Metadata metadata) {
        String[] parsers = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
        for (String parser : parsers) {
            if (!parser.endsWith(".DefaultParser") && !parser.endsWith(".EmptyParser")
                    && !parser.endsWith(".AutoDetectParser")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether Tika's EPUB reader gave up on a book that is neither encrypted nor too long: a
     * package file naming chapters that are not in the zip under those names exactly
     * ({@code EpubZipException}), or a chapter that is not well-formed XML. {@link LenientEpub} may
     * read it still.
     */
    static boolean isEpubRefusal(Throwable e) {
        if (isEncrypted(e) || WriteLimitReachedException.isWriteLimitReached(e)) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith("org.apache.tika.parser.epub.")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isEncrypted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t.getClass().getSimpleName().equals("InvalidPasswordException")) {
                return true;
            }
        }
        return false;
    }

    private static String typeName(SourceFile file, Metadata metadata) {
        MediaType type = mediaType(metadata);
        String format = TikaLoader.formatOf(type).id();
        if (!"other".equals(format)) {
            return format;
        }
        return file.extension().isEmpty() ? type.toString() : file.extension().toLowerCase(Locale.ROOT);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String detail(Throwable t) {
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        String line = msg.strip().split("\\R", 2)[0];
        return line.length() > MAX_DETAIL ? line.substring(0, MAX_DETAIL) + "..." : line;
    }
}
