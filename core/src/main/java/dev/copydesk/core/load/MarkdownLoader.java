package dev.copydesk.core.load;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.DocumentFormat;
import dev.copydesk.core.segment.Segmenter;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown with commonmark-java (GFM tables, YAML front matter) into prose blocks only:
 * headings, paragraphs, list items, block quotes and table cells. Fenced and indented code, HTML
 * blocks, front matter, inline HTML and link or image destinations are left out; inline code stays
 * in its sentence as one code token, and a paragraph of inline code or images alone gives no block.
 * Every character keeps its exact source line and column (see {@link InlineText}), and
 * {@code copydesk-disable}/{@code -enable}/{@code -disable-next-line} comments become the
 * document's suppressions (see {@link SuppressionComments}).
 */
final class MarkdownLoader implements FormatLoader {
    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create(), YamlFrontMatterExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    @Override
    public Document load(SourceFile file, byte[] bytes, Segmenter segmenter) throws LoadException {
        return parse(file.id(), TextDecoder.decode(bytes).text(), segmenter);
    }

    /** Parses decoded Markdown source. */
    Document parse(String id, String source, Segmenter segmenter) {
        Walk walk = new Walk(source, segmenter);
        walk.container(parser.parse(source), BlockKind.PARAGRAPH);
        return new Document(id, DocumentFormat.MARKDOWN, walk.blocks,
                walk.suppressions.finish(walk.blocks.size()));
    }

    /** One pass over a parsed document. */
    private static final class Walk {
        private final String source;
        private final Segmenter segmenter;
        private final List<Block> blocks = new ArrayList<>();
        private final SuppressionComments suppressions = new SuppressionComments();

        Walk(String source, Segmenter segmenter) {
            this.source = source;
            this.segmenter = segmenter;
        }

        /** Visits the block children of a container; paragraphs in it are of kind {@code kind}. */
        void container(Node parent, BlockKind kind) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof HtmlBlock html) {
                    suppressions.read(html.getLiteral(), blocks.size());
                    continue;
                }
                int before = blocks.size();
                block(n, kind);
                suppressions.emitted(before, blocks.size());
            }
        }

        private void block(Node n, BlockKind kind) {
            if (n instanceof Heading) {
                prose(n, BlockKind.HEADING);
            } else if (n instanceof Paragraph) {
                prose(n, kind);
            } else if (n instanceof TableCell) {
                prose(n, BlockKind.TABLE_CELL);
            } else if (n instanceof ListItem) {
                container(n, BlockKind.LIST_ITEM);
            } else if (n instanceof BlockQuote) {
                container(n, BlockKind.QUOTE);
            } else if (isProseContainer(n)) {
                container(n, kind); // lists, tables and their rows
            }
            // code blocks, thematic breaks, front matter, link reference definitions: not prose
        }

        private static boolean isProseContainer(Node n) {
            return n instanceof org.commonmark.node.ListBlock
                    || n.getClass().getPackageName().equals(TableCell.class.getPackageName());
        }

        private void prose(Node n, BlockKind kind) {
            InlineText inline = InlineText.of(n, source);
            String text = inline.text().stripTrailing();
            if (inline.hasProse() && !text.isBlank()) {
                blocks.add(segmenter.segment(kind, blocks.size(), text, inline.sourceMap(), 0));
            }
        }
    }
}
