package dev.copydesk.core.load;

import dev.copydesk.core.model.SourceMap;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * The prose of one Markdown block: the literal text of its inline nodes, with a {@link SourceMap}
 * segment wherever the text jumps in the source (emphasis markers, escapes, entities, line
 * breaks), so every character keeps its exact line and column. Inline code is kept as written,
 * backticks and all, so that the tokenizer makes it one code token: the checks neither judge it
 * nor lose the word it stands for ({@code `.ci/run` runs}: no sentence starts with {@code runs};
 * {@code `near`, not}: no space before the comma). Inline HTML is left out, with a space only where
 * two words would otherwise run together; link and image destinations are not part of the text
 * at all.
 */
final class InlineText {
    /** How far ahead an escape or entity may push the source past a literal character. */
    private static final int MAX_SKIP = 40;

    private final String source;
    private final StringBuilder text = new StringBuilder();
    private final SourceMap.Builder map = SourceMap.builder();
    private boolean prose;
    /** How many images the current node is inside. */
    private int images;

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

    /**
     * Whether the block has text of its own besides inline code and image descriptions: a
     * paragraph of code alone, or of badges ({@code [![npm](...)](...)}), is not prose.
     */
    boolean hasProse() {
        return prose;
    }

    private void children(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            inline(n);
        }
    }

    private void inline(Node node) {
        if (node instanceof Text t) {
            prose |= images == 0 && !t.getLiteral().isBlank();
            literal(t.getLiteral(), t.getSourceSpans());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            text.append(' ');
        } else if (node instanceof Code) {
            verbatim(node.getSourceSpans());
        } else if (node instanceof HtmlInline) {
            if (endsInWord() && startsWithWord(node.getNext())) {
                text.append(' '); // word<br>next
            }
        } else if (node instanceof Image) {
            images++;
            children(node); // its description is text, but not prose enough to make a block alone (badges)
            images--;
        } else {
            children(node); // emphasis, strong and link text: their text is prose
        }
    }

    /** Appends the source of a node as it is, a space between its lines. */
    private void verbatim(List<SourceSpan> spans) {
        for (int s = 0; s < spans.size(); s++) {
            SourceSpan span = spans.get(s);
            if (s > 0) {
                text.append(' ');
            }
            map.segment(text.length(), span.getInputIndex(), span.getLineIndex() + 1, span.getColumnIndex() + 1);
            text.append(source, span.getInputIndex(), span.getInputIndex() + span.getLength());
        }
    }

    private boolean endsInWord() {
        return text.length() > 0 && Character.isLetterOrDigit(text.charAt(text.length() - 1));
    }

    private static boolean startsWithWord(Node next) {
        return next instanceof Text t && !t.getLiteral().isEmpty() && Character.isLetterOrDigit(t.getLiteral().charAt(0));
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
