package dev.copydesk.report;

import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.engine.DocumentSummary;
import dev.copydesk.core.engine.Report;
import java.io.IOException;

/**
 * One line per finding, {@code path:line:column: severity [check] message (suggestion)}, then a
 * summary line with documents, blocks, words, findings by severity and unreadable inputs (each of
 * which was already reported on stderr when it was loaded).
 */
public final class TextRenderer implements Renderer {
    @Override
    public void render(Report report, Appendable out) throws IOException {
        for (Finding f : report.findings()) {
            out.append(f.location().describe()).append(": ").append(f.severity().id())
                    .append(" [").append(f.checkId()).append("] ").append(oneLine(f.message()));
            if (!f.suggestions().isEmpty()) {
                out.append(" (").append(oneLine(String.join(", ", f.suggestions()))).append(')');
            }
            out.append('\n');
        }
        long blocks = report.documents().stream().mapToLong(DocumentSummary::blocks).sum();
        out.append(String.format(java.util.Locale.ROOT,
                "%d documents, %d blocks, %d words checked: %d errors, %d warnings, %d info%s%n",
                report.documents().size(), blocks, report.wordCount(),
                count(report, Severity.ERROR), count(report, Severity.WARNING), count(report, Severity.INFO),
                report.failures().isEmpty() ? "" : "; " + report.failures().size() + " unreadable"));
    }

    private static long count(Report report, Severity s) {
        return report.findings().stream().filter(f -> f.severity() == s).count();
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}
