package dev.copydesk.core.load;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.DocumentFormat;
import dev.copydesk.core.model.SourceMap;
import dev.copydesk.core.segment.Segmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text into blocks as a reader sees them. Blank lines separate blocks. Inside a block,
 * hard-wrapped lines (all but the last filled to a similar width of at most 100 characters) are
 * joined into one paragraph; otherwise every line is its own paragraph, as in copy that puts one
 * paragraph on each line. A line that starts with a list marker ({@code -}, {@code *},
 * {@code •}, {@code 1.}) is a list item, a line that starts with {@code #} marks is a heading, and
 * a short single line with no closing punctuation that starts with a capital is a heading. Lines
 * of program code pasted between blank lines ({@link #looksLikeCode}) give no block. Every block
 * keeps the exact line and column of each of its source lines.
 */
final class PlainTextLoader implements FormatLoader {
    private static final int WRAP_MAX = 100;
    private static final int WRAP_MIN = 40;
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*•‣▪]|\\d{1,3}[.)])\\s+");
    private static final Pattern HEADING_MARKER = Pattern.compile("^#{1,6}\\s+");
    /** A line of closing braces and brackets alone: {@code }}, {@code });}. */
    private static final Pattern CLOSERS_ALONE = Pattern.compile("[})\\]]+;?");
    /** A shell prompt and the command after it: {@code $ tar -cvJf}, {@code $ ./configure}, not {@code $ 5 million}. */
    private static final Pattern PROMPT = Pattern.compile("\\$ +[a-z./~]");
    /** A call with no space before its parenthesis: {@code setColour(newColour)}, {@code System.out.println(x)}. */
    private static final Pattern CALL = Pattern.compile("[A-Za-z_][\\w.]*\\([^()]*\\)\\s*;?$");
    /** A keyword that starts a line of code. */
    private static final Pattern CODE_KEYWORD = Pattern.compile(
            "(?:public|private|protected|static|final|class|interface|return|import|package|var|let|const|"
            + "int|void|def|function)\\s");
    private static final String CLOSING = ".!?;:,…\"”’'»)]";

    @Override
    public Document load(SourceFile file, byte[] bytes, Segmenter segmenter) throws LoadException {
        String text = TextDecoder.decode(bytes).text();
        return new Document(file.id(), DocumentFormat.TEXT, blocks(text, segmenter));
    }

    /**
     * One source line: its text without the line break, where it starts, its 1-based number, and
     * (worked out once: every step of the block rules asks for them) its stripped content and the
     * length of its leading white space.
     */
    private record Line(String text, int offset, int number, String content, int indent) {
        static Line of(String text, int offset, int number) {
            int i = 0;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return new Line(text, offset, number, text.strip(), i);
        }
    }

    static List<Block> blocks(String text, Segmenter segmenter) {
        List<Line> lines = lines(text);
        List<Block> blocks = new ArrayList<>();
        List<Line> chunk = new ArrayList<>();
        for (Line line : lines) {
            if (line.content().isEmpty()) {
                emitChunk(chunk, blocks, segmenter);
                chunk.clear();
            } else {
                chunk.add(line);
            }
        }
        emitChunk(chunk, blocks, segmenter);
        return blocks;
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        int n = text.length();
        if (text.indexOf('\r') < 0) { // the common case: String.indexOf finds line feeds far faster than a loop
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
                lines.add(Line.of(text.substring(start, i), start, number++));
                start = i + 1;
            }
        } else {
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    lines.add(Line.of(text.substring(start, i), start, number++));
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    start = i + 1;
                }
            }
        }
        if (start < n) {
            lines.add(Line.of(text.substring(start), start, number));
        }
        return lines;
    }

    private static void emitChunk(List<Line> chunk, List<Block> blocks, Segmenter segmenter) {
        if (chunk.isEmpty() || chunk.stream().allMatch(line -> looksLikeCode(line.content()))) {
            return; // program code pasted into the text, as fenced code in Markdown: not prose
        }
        if (isHardWrapped(chunk)) {
            addBlock(chunk, BlockKind.PARAGRAPH, 0, blocks, segmenter);
            return;
        }
        for (Line line : chunk) {
            String content = line.content();
            boolean marked = mayBeMarked(content);
            Matcher list = marked ? LIST_MARKER.matcher(content) : null;
            Matcher heading = marked ? HEADING_MARKER.matcher(content) : null;
            if (list != null && list.find()) {
                addBlock(List.of(line), BlockKind.LIST_ITEM, list.end(), blocks, segmenter);
            } else if (heading != null && heading.find()) {
                addBlock(List.of(line), BlockKind.HEADING, heading.end(), blocks, segmenter);
            } else {
                BlockKind kind = looksLikeHeading(content) ? BlockKind.HEADING : BlockKind.PARAGRAPH;
                addBlock(List.of(line), kind, 0, blocks, segmenter);
            }
        }
    }

    /**
     * Whether a line is program code pasted into text ({@code public class Shape {},
     * {@code colour = newColour;}, {@code }}, {@code $ tar -cvJf archive.tar.xz ./source}): a lone
     * brace or bracket, a line that ends with an opening brace, a shell command after its
     * {@code $} prompt, or one that ends with {@code ;} or {@code )} and has an assignment, a call
     * or a leading keyword. Prose ends its paragraphs otherwise.
     */
    static boolean looksLikeCode(String content) {
        String t = content.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1); // prose ends otherwise: most lines stop here
        if (last == '{' || t.charAt(0) == '$' && PROMPT.matcher(t).lookingAt()) {
            return true;
        }
        if (last != ';' && last != ')' && last != '}' && last != ']') {
            return false;
        }
        if (CLOSERS_ALONE.matcher(t).matches()) {
            return true;
        }
        if (last != ';' && last != ')') {
            return false;
        }
        return t.contains(" = ") || t.indexOf('=') > 0 && last == ')' || CALL.matcher(t).find()
                || CODE_KEYWORD.matcher(t).lookingAt();
    }

    private static boolean isHardWrapped(List<Line> chunk) {
        if (chunk.size() < 2) {
            return false;
        }
        int max = 0;
        for (Line line : chunk) {
            max = Math.max(max, line.content().length());
            if (mayBeMarked(line.content())
                    && (LIST_MARKER.matcher(line.content()).find() || HEADING_MARKER.matcher(line.content()).find())) {
                return false;
            }
        }
        if (max > WRAP_MAX || max < WRAP_MIN) {
            return false;
        }
        for (int i = 0; i < chunk.size() - 1; i++) {
            if (chunk.get(i).content().length() < max * 0.6) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a line's content could start with a list or heading marker: a first character that
     * {@link #LIST_MARKER} or {@link #HEADING_MARKER} can match; most lines are spared the patterns.
     */
    static boolean mayBeMarked(String content) {
        char c = content.charAt(0);
        return c == '-' || c == '*' || c == '#' || c >= '0' && c <= '9' || c == '\u2022' || c == '\u2023'
                || c == '\u25AA';
    }

    static boolean looksLikeHeading(String content) {
        if (content.isEmpty() || !Character.isUpperCase(content.codePointAt(0))) {
            return false;
        }
        if (CLOSING.indexOf(content.charAt(content.length() - 1)) >= 0) {
            return false;
        }
        int words = content.split("\\s+").length;
        return words <= 20;
    }

    /** Joins the lines of a block with single spaces, skipping {@code skip} characters of the first line's content. */
    private static void addBlock(List<Line> lines, BlockKind kind, int skip, List<Block> blocks, Segmenter segmenter) {
        if (lines.size() == 1 && skip == 0) { // the common case: the line's content is the text, as it is
            Line line = lines.get(0);
            SourceMap.Builder map = SourceMap.builder();
            map.segment(0, line.offset() + line.indent(), line.number(), line.indent() + 1);
            blocks.add(segmenter.segment(kind, blocks.size(), line.content(), map.build(), 0));
            return;
        }
        StringBuilder text = new StringBuilder();
        SourceMap.Builder map = SourceMap.builder();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String content = line.content();
            int from = line.indent() + (i == 0 ? skip : 0);
            if (i > 0) {
                text.append(' ');
            }
            map.segment(text.length(), line.offset() + from, line.number(), from + 1);
            text.append(line.text(), from, line.indent() + content.length());
        }
        blocks.add(segmenter.segment(kind, blocks.size(), text.toString(), map.build(), 0));
    }
}
