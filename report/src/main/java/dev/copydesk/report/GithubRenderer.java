package dev.copydesk.report;

import dev.copydesk.core.check.Finding;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.load.LoadFailure;
import dev.copydesk.core.model.Location;
import java.io.IOException;

/**
 * GitHub Actions workflow commands, one per finding, so findings show as annotations on the pull
 * request: {@code ::warning file=PATH,line=L,col=C,endLine=L,endColumn=C,title=copydesk [check]::message}.
 * Errors map to {@code error}, warnings to {@code warning}, info to {@code notice}; an unreadable
 * input is an {@code error} on its file. Values are escaped as the Actions runner expects
 * ({@code %}, CR and LF everywhere; also {@code :} and {@code ,} in properties).
 */
public final class GithubRenderer implements Renderer {
    @Override
    public void render(Report report, Appendable out) throws IOException {
        for (Finding f : report.findings()) {
            Location l = f.location();
            StringBuilder props = new StringBuilder("file=").append(property(l.documentId()));
            if (l.hasLineColumn()) {
                props.append(",line=").append(l.line()).append(",col=").append(l.column());
                if (l.endLine() > 0) {
                    props.append(",endLine=").append(l.endLine()).append(",endColumn=").append(l.endColumn());
                }
            }
            props.append(",title=").append(property("copydesk [" + f.checkId() + "]"));
            String message = f.suggestions().isEmpty() ? f.message()
                    : f.message() + " (" + String.join(", ", f.suggestions()) + ")";
            if (!l.hasLineColumn()) {
                message = l.describe() + ": " + message;
            }
            command(out, command(f), props, message);
        }
        for (LoadFailure failure : report.failures()) {
            command(out, "error", new StringBuilder("file=").append(property(failure.id()))
                    .append(",title=").append(property("copydesk: cannot read")), failure.describe());
        }
    }

    private static String command(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    private static void command(Appendable out, String name, CharSequence props, String message) throws IOException {
        out.append("::").append(name).append(' ').append(props).append("::").append(data(message)).append('\n');
    }

    /** Escapes a command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
