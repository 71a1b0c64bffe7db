package dev.copydesk.report;

import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.engine.DocumentSummary;
import dev.copydesk.core.engine.Report;
import java.io.IOException;
import java.util.Locale;

/**
 * One line per finding, {@code path:line:column: severity [check] message (suggestion)}, then a
 * summary line with documents, blocks, words, findings by severity and unreadable inputs (each of
 * which was already reported on stderr when it was loaded). With colour (for a terminal only) the
 * path is bold and the severity coloured with ANSI escapes; the characters are otherwise the same.
 */
public final class TextRenderer implements Renderer {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";

    private final boolean colour;

    /** Plain text, for files, pipes and CI logs. */
    public TextRenderer() {
        this(false);
    }

    private TextRenderer(boolean colour) {
        this.colour = colour;
    }

    /** Text with ANSI colour, for a terminal. */
    public static TextRenderer coloured() {
        return new TextRenderer(true);
    }

    @Override
    public void render(Report report, Appendable out) throws IOException {
        for (Finding f : report.findings()) {
            out.append(line(f, colour)).append('\n');
        }
        long blocks = report.documents().stream().mapToLong(DocumentSummary::blocks).sum();
        out.append(String.format(Locale.ROOT,
                "%s, %s, %s checked: %s, %s, %d info%s%s%s%s%n",
                counted(report.documents().size(), "document"), counted(blocks, "block"),
                counted(report.wordCount(), "word"), counted(count(report, Severity.ERROR), "error"),
                counted(count(report, Severity.WARNING), "warning"), count(report, Severity.INFO),
                report.failures().isEmpty() ? "" : "; " + report.failures().size() + " unreadable",
                report.suppressed() == 0 ? "" : "; " + report.suppressed() + " suppressed",
                report.baselined() == 0 ? "" : "; " + report.baselined() + " in the baseline",
                report.notShown() == 0 ? "" : "; " + report.notShown() + " less serious not shown (--min-severity)"));
    }

    /** A count and its noun, plural unless the count is one: {@code 1 warning}, {@code 2 warnings}. */
    private static String counted(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** One finding's line, without the newline. */
    static String line(Finding f, boolean colour) {
        StringBuilder b = new StringBuilder();
        b.append(paint(colour, BOLD, f.location().describe())).append(": ")
                .append(paint(colour, colourOf(f.severity()), f.severity().id()))
                .append(" [").append(f.checkId()).append("] ").append(oneLine(f.message()));
        if (!f.suggestions().isEmpty()) {
            b.append(" (").append(oneLine(String.join(", ", f.suggestions()))).append(')');
        }
        return b.toString();
    }

    private static String paint(boolean colour, String code, String text) {
        return colour ? code + text + RESET : text;
    }

    private static String colourOf(Severity s) {
        return switch (s) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
    }

    private static long count(Report report, Severity s) {
        return report.findings().stream().filter(f -> f.severity() == s).count();
    }

    /** The text on one line, without control characters that could forge output on a terminal. */
    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return b.toString();
    }
}
