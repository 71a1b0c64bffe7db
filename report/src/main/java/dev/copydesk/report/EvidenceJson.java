package dev.copydesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.model.Location;
import java.io.IOException;

/** Writes a finding's evidence as a JSON object whose {@code type} names its shape. */
final class EvidenceJson {
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
            g.writeArrayFieldStart("documents");
            for (String d : fc.documents()) {
                g.writeString(d);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("locations");
            for (Location l : fc.locations()) {
                JsonRenderer.writeLocation(g, l);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeMembers(JsonGenerator g, Evidence.Comparison c) throws IOException {
        g.writeArrayFieldStart("members");
        for (Evidence.Member m : c.members()) {
            g.writeStartObject();
            g.writeFieldName("location");
            JsonRenderer.writeLocation(g, m.location());
            g.writeStringField("text", m.text());
            g.writeNumberField("similarity", Math.round(m.similarity() * 1000) / 1000.0);
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
