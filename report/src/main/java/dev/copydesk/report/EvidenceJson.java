package dev.copydesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.model.Location;
import java.io.IOException;

/**
 * Writes a finding's evidence as a JSON object whose {@code type} names its shape. Schema 2 keeps
 * it proportionate: a form lists at most {@link #LISTED} documents and locations and counts the rest
 * ({@code documentsOmitted}, {@code locationsOmitted}); a duplicate-group member whose text is the
 * first member's says {@code "verbatim": true} instead of repeating the text and a one-token diff.
 */
final class EvidenceJson {
    /** How many documents and locations a form lists at most. */
    static final int LISTED = 25;

    private EvidenceJson() {
    }

    static void write(JsonGenerator g, Evidence evidence) throws IOException {
        g.writeStartObject();
        if (evidence instanceof Evidence.InContext c) {
            g.writeStringField("type", "inContext");
            g.writeStringField("sentence", c.sentence());
            g.writeNumberField("start", c.start());
            g.writeNumberField("end", c.end());
            g.writeNumberField("seenElsewhere", c.seenElsewhere());
        } else if (evidence instanceof Evidence.Forms f) {
            g.writeStringField("type", "forms");
            g.writeStringField("kind", f.kind());
            g.writeStringField("preferred", f.preferred());
            writeForms(g, f);
        } else if (evidence instanceof Evidence.Comparison c) {
            g.writeStringField("type", "comparison");
            g.writeStringField("kind", c.kind());
            writeMembers(g, c);
        } else {
            g.writeStringField("type", "none");
        }
        g.writeEndObject();
    }

    private static void writeForms(JsonGenerator g, Evidence.Forms f) throws IOException {
        g.writeArrayFieldStart("forms");
        for (Evidence.FormCount fc : f.forms()) {
            g.writeStartObject();
            g.writeStringField("form", fc.form());
            g.writeNumberField("count", fc.count());
            int documents = Math.min(LISTED, fc.documents().size());
            g.writeArrayFieldStart("documents");
            for (String d : fc.documents().subList(0, documents)) {
                g.writeString(d);
            }
            g.writeEndArray();
            g.writeNumberField("documentsOmitted", fc.documents().size() - documents);
            int locations = Math.min(LISTED, fc.locations().size());
            g.writeArrayFieldStart("locations");
            for (Location l : fc.locations().subList(0, locations)) {
                JsonRenderer.writeLocation(g, l);
            }
            g.writeEndArray();
            g.writeNumberField("locationsOmitted", fc.locations().size() - locations);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeMembers(JsonGenerator g, Evidence.Comparison c) throws IOException {
        g.writeArrayFieldStart("members");
        String first = c.members().isEmpty() ? null : c.members().get(0).text();
        for (int i = 0; i < c.members().size(); i++) {
            Evidence.Member m = c.members().get(i);
            boolean verbatim = i > 0 && m.text().equals(first);
            g.writeStartObject();
            g.writeFieldName("location");
            JsonRenderer.writeLocation(g, m.location());
            g.writeBooleanField("verbatim", verbatim);
            g.writeNumberField("similarity", Math.round(m.similarity() * 1000) / 1000.0);
            if (i > 0) {
                g.writeNumberField("comparedWith", m.comparedWith());
            }
            if (verbatim) {
                g.writeEndObject();
                continue;
            }
            g.writeStringField("text", m.text());
            g.writeArrayFieldStart("diff");
            for (Evidence.DiffToken t : m.diff()) {
                g.writeStartObject();
                g.writeStringField("op", t.op().name().toLowerCase(java.util.Locale.ROOT));
                g.writeStringField("text", t.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
