package dev.copydesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Related;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.engine.DocumentSummary;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0 for code-scanning tools: one run whose rules are the checks that ran, one result per
 * finding with its physical location (line and column where the format has them, else the block as
 * a property), the finding's fingerprint as {@code partialFingerprints["copydesk/v1"]}, related
 * locations and suggestions. Document ids are relative paths, written as URIs relative to
 * {@code %SRCROOT%}.
 */
public final class SarifRenderer implements Renderer {
    /** The schema this output conforms to. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final String HEX = "0123456789ABCDEF";

    @Override
    public void render(Report report, Appendable out) throws IOException {
        List<String> ruleIds = ruleIds(report);
        Map<String, Integer> artifactIndex = new HashMap<>();
        List<String> artifacts = new ArrayList<>();
        report.documents().stream().map(DocumentSummary::id).forEach(id -> {
            artifactIndex.put(id, artifacts.size());
            artifacts.add(id);
        });
        try (JsonGenerator g = AppendableWriter.prettyJson(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            writeTool(g, report, ruleIds);
            g.writeArrayFieldStart("artifacts");
            for (String id : artifacts) {
                g.writeStartObject();
                writeArtifactLocation(g, "location", id, -1);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("results");
            for (Finding f : report.findings()) {
                writeResult(g, f, ruleIds.indexOf(f.checkId()), artifactIndex);
            }
            g.writeEndArray();
            g.writeStringField("columnKind", "utf16CodeUnits");
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.append('\n');
    }

    /** The checks that ran, then any other check that has findings (a rule per check). */
    private static List<String> ruleIds(Report report) {
        Set<String> ids = new LinkedHashSet<>();
        report.checks().forEach(c -> ids.add(c.id()));
        report.findings().stream().map(Finding::checkId).sorted().forEach(ids::add);
        return List.copyOf(ids);
    }

    private static void writeTool(JsonGenerator g, Report report, List<String> ruleIds) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "copydesk");
        g.writeArrayFieldStart("rules");
        for (String id : ruleIds) {
            CheckInfo info = report.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("name", id);
            g.writeObjectFieldStart("shortDescription");
            g.writeStringField("text", info == null ? id : info.summary());
            g.writeEndObject();
            if (info != null) {
                g.writeObjectFieldStart("defaultConfiguration");
                g.writeStringField("level", level(info.defaultSeverity()));
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeResult(JsonGenerator g, Finding f, int ruleIndex, Map<String, Integer> artifacts)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.checkId());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.suggestions().isEmpty() ? f.message()
                : f.message() + " (suggested: " + String.join(", ", f.suggestions()) + ")");
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        writeLocation(g, f.location(), artifacts, -1, null);
        g.writeEndArray();
        if (!f.related().isEmpty()) {
            g.writeArrayFieldStart("relatedLocations");
            int id = 1;
            for (Related r : f.related()) {
                String note = r.note().isEmpty() ? r.text() : r.note() + ": " + r.text();
                writeLocation(g, r.location(), artifacts, id++, note);
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("copydesk/v1", f.fingerprint());
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeNumberField("confidence", Math.round(f.confidence() * 1000) / 1000.0);
        g.writeStringField("subject", f.subject());
        g.writeArrayFieldStart("suggestions");
        for (String s : f.suggestions()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeLocation(JsonGenerator g, Location l, Map<String, Integer> artifacts, int id,
                                      String message) throws IOException {
        g.writeStartObject();
        if (id > 0) {
            g.writeNumberField("id", id);
        }
        g.writeObjectFieldStart("physicalLocation");
        writeArtifactLocation(g, "artifactLocation", l.documentId(), artifacts.getOrDefault(l.documentId(), -1));
        if (l.hasLineColumn()) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", l.line());
            g.writeNumberField("startColumn", l.column());
            g.writeNumberField("endLine", Math.max(l.line(), l.endLine()));
            g.writeNumberField("endColumn", Math.max(1, l.endColumn()));
            g.writeEndObject();
        }
        g.writeEndObject();
        if (message != null) {
            g.writeObjectFieldStart("message");
            g.writeStringField("text", message);
            g.writeEndObject();
        }
        g.writeObjectFieldStart("properties");
        g.writeNumberField("block", l.blockIndex() + 1);
        if (l.page() > 0) {
            g.writeNumberField("page", l.page());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeArtifactLocation(JsonGenerator g, String field, String documentId, int index)
            throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("uri", uri(documentId));
        g.writeStringField("uriBaseId", "%SRCROOT%");
        if (index >= 0) {
            g.writeNumberField("index", index);
        }
        g.writeEndObject();
    }

    /**
     * A document id as a relative URI reference: every character but unreserved ones and {@code /}
     * percent-encoded as UTF-8 (so {@code a:b.txt} cannot read as a scheme; a lone surrogate becomes
     * U+FFFD).
     */
    static String uri(String documentId) {
        StringBuilder out = new StringBuilder();
        documentId.replace('\\', '/').codePoints().forEach(cp -> {
            if (cp < 128 && (Character.isLetterOrDigit(cp) || "-._~/".indexOf(cp) >= 0)) {
                out.append((char) cp);
            } else {
                int safe = Character.isSurrogate((char) cp) && cp <= 0xFFFF ? 0xFFFD : cp;
                for (byte b : new String(Character.toChars(safe)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
                }
            }
        });
        return out.toString();
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
