package dev.copydesk.core.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where something is: a span of a block's text, plus the source line and column where the format
 * has them (text and Markdown) and the page where it has pages. {@code line}, {@code column} and
 * {@code page} are 0 when unknown; the block ordinal ({@code blockIndex + 1}) is always known.
 *
 * @param documentId id of the document (its path relative to the root it was found under)
 * @param blockIndex 0-based index of the block in the document
 * @param start      start offset in the block text
 * @param end        end offset in the block text
 * @param line       1-based source line of {@code start}, or 0
 * @param column     1-based source column of {@code start}, or 0
 * @param endLine    1-based source line of {@code end}, or 0
 * @param endColumn  1-based source column of {@code end} (exclusive), or 0
 * @param page       1-based page, or 0
 */
public record Location(String documentId, int blockIndex, int start, int end, int line, int column,
                       int endLine, int endColumn, int page) implements Comparable<Location> {

    private static final Comparator<Location> ORDER = Comparator.comparing(Location::documentId)
            .thenComparingInt(Location::blockIndex)
            .thenComparingInt(Location::start)
            .thenComparingInt(Location::end);

    public Location {
        Objects.requireNonNull(documentId, "documentId");
        if (blockIndex < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad location " + blockIndex + ":" + start + ".." + end);
        }
    }

    /** The location of a span of a block of a document. */
    public static Location of(Document document, Block block, int start, int end) {
        SourceMap map = block.source();
        if (!map.isPresent()) {
            return new Location(document.id(), block.index(), start, end, 0, 0, 0, 0, block.page());
        }
        int endOffset = Math.max(start, end - 1);
        return new Location(document.id(), block.index(), start, end, map.line(start), map.column(start),
                map.line(endOffset), map.column(endOffset) + (end > start ? 1 : 0), block.page());
    }

    /** The location of a whole block. */
    public static Location of(Document document, Block block) {
        return of(document, block, 0, block.text().length());
    }

    /** The location of a word of a block. */
    public static Location of(Document document, Block block, Word word) {
        return of(document, block, word.start(), word.end());
    }

    /** Whether the source line and column are known. */
    public boolean hasLineColumn() {
        return line > 0;
    }

    /**
     * A short human form: {@code id:line:column} where lines are known, else
     * {@code id:paragraph N} (with the page where known).
     */
    public String describe() {
        if (hasLineColumn()) {
            return documentId + ":" + line + ":" + column;
        }
        return documentId + ":paragraph " + (blockIndex + 1) + (page > 0 ? " (page " + page + ")" : "");
    }

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }
}
