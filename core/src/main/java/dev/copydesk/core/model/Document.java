package dev.copydesk.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One loaded document.
 *
 * @param id     stable id: the path relative to the root it was found under, with {@code /} separators
 * @param format the format it was read in
 * @param blocks its blocks, in reading order
 * @param suppressions regions where the document's own comments turned checks off (Markdown)
 * @param afterCode    the indexes of the blocks that come right after a block of code the loader
 *                     left out, in a format whose blocks have no source lines to show the gap
 *                     (an HTML {@code pre} between two paragraphs); see {@link #followsCode}
 * @param language     the language the document declares for itself, as written (an HTML page's
 *                     {@code lang}, an EPUB's {@code dc:language}: {@code de}, {@code pt-BR}), or
 *                     empty where it declares none
 */
public record Document(String id, DocumentFormat format, List<Block> blocks, List<Suppression> suppressions,
                       Set<Integer> afterCode, String language) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(format, "format");
        blocks = List.copyOf(blocks);
        suppressions = List.copyOf(suppressions);
        afterCode = Set.copyOf(afterCode);
        Objects.requireNonNull(language, "language");
    }

    /** A document with suppressions, no code left out between its blocks and no declared language. */
    public Document(String id, DocumentFormat format, List<Block> blocks, List<Suppression> suppressions) {
        this(id, format, blocks, suppressions, Set.of(), "");
    }

    /** A document without suppressions. */
    public Document(String id, DocumentFormat format, List<Block> blocks) {
        this(id, format, blocks, List.of());
    }

    /**
     * Whether the loader left out a block of code right before block {@code index} (an HTML
     * {@code pre}). A reader sees the code there, so the text after it may go on with the sentence
     * before it ({@code run this command:}, the code, {@code and the package is built}). Formats
     * with source lines show such a gap by their line numbers instead, and say false here.
     */
    public boolean followsCode(int index) {
        return afterCode.contains(index);
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
