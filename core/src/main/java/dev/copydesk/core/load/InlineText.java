package dev.copydesk.core.load;

import dev.copydesk.core.model.SourceMap;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * The prose of one Markdown block: the literal text of its inline nodes, with a {@link SourceMap}
 * segment wherever the text jumps in the source (emphasis markers, escapes, entities, line
 * breaks), so every character keeps its exact line and column. Inline code and inline HTML are
 * replaced by spaces as long as their source, so they never reach the words; link and image
 * destinations are not part of the text at all.
 */
final class InlineText {
    /** How far ahead an escape or entity may push the source past a literal character. */
    private static final int MAX_SKIP = 40;

    private final String source;
    private final StringBuilder text = new StringBuilder();
    private final SourceMap.Builder map = SourceMap.builder();

    private InlineText(String source) {
        this.source = source;
    }

    /** Collects the inline content under a block node. */
    static InlineText of(Node block, String source) {
        InlineText inline = new InlineText(source);
        inline.children(block);
        return inline;
    }

    String text() {
        return text.toString();
    }

    SourceMap sourceMap() {
        return map.build();
    }

    private void children(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            inline(n);
        }
    }

    private void inline(Node node) {
        if (node instanceof Text t) {
            literal(t.getLiteral(), t.getSourceSpans());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            text.append(' ');
        } else if (node instanceof Code || node instanceof HtmlInline) {
            blank(node.getSourceSpans());
        } else {
            children(node); // emphasis, strong, link and image text: their text is prose
        }
    }

    private void blank(List<SourceSpan> spans) {
        int length = 0;
        for (SourceSpan span : spans) {
            length += span.getLength();
        }
        text.append(" ".repeat(Math.max(1, length)));
    }

    /** Appends a literal, aligning each of its characters with the source spans it came from. */
    private void literal(String literal, List<SourceSpan> spans) {
        int spanIndex = 0;
        int pos = spans.isEmpty() ? 0 : spans.get(0).getInputIndex();
        int expected = -1;
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            for (int s = spanIndex; s < spans.size(); s++) {
                SourceSpan span = spans.get(s);
                int from = s == spanIndex ? pos : span.getInputIndex();
                int found = find(c, from, Math.min(span.getInputIndex() + span.getLength(), from + MAX_SKIP));
                if (found >= 0) {
                    if (found != expected) {
                        map.segment(text.length(), found, span.getLineIndex() + 1,
                                span.getColumnIndex() + found - span.getInputIndex() + 1);
                    }
                    spanIndex = s;
                    pos = found + 1;
                    expected = pos;
                    break;
                }
            }
            text.append(c); // not found: an entity spelled differently in the source; stays in its segment
        }
    }

    private int find(char c, int from, int to) {
        for (int p = Math.max(from, 0); p < to && p < source.length(); p++) {
            if (source.charAt(p) == c) {
                return p;
            }
        }
        return -1;
    }
}
