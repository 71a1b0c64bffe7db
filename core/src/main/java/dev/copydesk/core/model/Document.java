package dev.copydesk.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One loaded document.
 *
 * @param id     stable id: the path relative to the root it was found under, with {@code /} separators
 * @param format the format it was read in
 * @param blocks its blocks, in reading order
 * @param suppressions regions where the document's own comments turned checks off (Markdown)
 */
public record Document(String id, DocumentFormat format, List<Block> blocks, List<Suppression> suppressions) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(format, "format");
        blocks = List.copyOf(blocks);
        suppressions = List.copyOf(suppressions);
    }

    /** A document without suppressions. */
    public Document(String id, DocumentFormat format, List<Block> blocks) {
        this(id, format, blocks, List.of());
    }

    /** Number of word tokens of every kind in the document. */
    public int wordCount() {
        int n = 0;
        for (Block b : blocks) {
            n += b.words().size();
        }
        return n;
    }

    /** Number of characters of block text. */
    public long charCount() {
        long n = 0;
        for (Block b : blocks) {
            n += b.text().length();
        }
        return n;
    }
}
