package dev.copydesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.CheckOption;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Related;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.engine.DocumentSummary;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.load.LoadFailure;
import dev.copydesk.core.model.Location;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * JSON output, schema version 2 (described by {@code copydesk-report-2.schema.json}, a resource of
 * this package): run summary with counts by severity, the checks that ran with their options,
 * documents, every finding with its location, suggestions, related locations, key, fingerprint and
 * the number of its evidence in the {@code evidence} list (a cluster or duplicate group shared by
 * many findings is written once; see {@link EvidenceTable}; long lists capped, see {@link EvidenceJson}; at most
 * {@value EvidenceJson#LISTED} related places, one whose text is the finding's subject marked
 * {@code verbatim} instead of repeating it), and
 * unreadable inputs. No timestamps, so the same run gives the same bytes. Streamed
 * with Jackson's generator, so memory does not grow with the report.
 */
public final class JsonRenderer implements Renderer {
    /** Version of the JSON schema; bumped on any incompatible change (adding fields is compatible). */
    public static final int SCHEMA_VERSION = 2;
    /** Arrays at least this long are written by two threads, each half in turn: the same bytes, sooner. */
    static final int PARALLEL_MIN = 2_000;

    private final int parallelMin;

    /** A renderer that splits arrays of {@value #PARALLEL_MIN} elements or more between two threads. */
    public JsonRenderer() {
        this(PARALLEL_MIN);
    }

    /** A renderer that splits arrays of {@code parallelMin} elements or more (for tests). */
    JsonRenderer(int parallelMin) {
        this.parallelMin = parallelMin;
    }

    /** Writes one array element. */
    @FunctionalInterface
    private interface ItemWriter<T> {
        void write(JsonGenerator g, T item) throws IOException;
    }

    @Override
    public void render(Report report, Appendable out) throws IOException {
        try (JsonGenerator g = AppendableWriter.prettyJson(out)) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeStringField("tool", "copydesk");
            g.writeObjectFieldStart("summary");
            g.writeNumberField("documents", report.documents().size());
            g.writeNumberField("words", report.wordCount());
            g.writeNumberField("findings", report.findings().size());
            g.writeNumberField("unreadable", report.failures().size());
            g.writeNumberField("suppressed", report.suppressed());
            g.writeNumberField("baselined", report.baselined());
            if (report.notShown() > 0) { // only when asked: the same bytes as before for every other run
                g.writeNumberField("notShown", report.notShown());
            }
            g.writeObjectFieldStart("bySeverity");
            for (Severity s : Severity.values()) {
                g.writeNumberField(s.id(), report.findings().stream().filter(f -> f.severity() == s).count());
            }
            g.writeEndObject();
            g.writeEndObject();
            writeChecks(g, report);
            g.writeArrayFieldStart("documents");
            for (DocumentSummary d : report.documents()) {
                g.writeStartObject();
                g.writeStringField("id", d.id());
                g.writeStringField("format", d.format());
                g.writeNumberField("blocks", d.blocks());
                g.writeNumberField("words", d.words());
                g.writeEndObject();
            }
            g.writeEndArray();
            EvidenceTable evidence = EvidenceTable.of(report.findings());
            writeArray(g, "findings", report.findings(), (h, f) -> writeFinding(h, f, evidence.index(f)), parallelMin);
            writeArray(g, "evidence", evidence.distinct(), EvidenceJson::write, parallelMin);
            g.writeArrayFieldStart("unreadable");
            for (LoadFailure failure : report.failures()) {
                g.writeStartObject();
                g.writeStringField("path", failure.id());
                g.writeStringField("reason", failure.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.append('\n');
    }

    /**
     * Writes {@code "field" : [ items ]}. A long array's second half is rendered on another thread,
     * in a generator at the same depth (an object's field, as here), while this thread writes the
     * first half; its elements are then cut out of that text and appended after a separator, so
     * the bytes are those one generator would write.
     */
    private static <T> void writeArray(JsonGenerator g, String field, List<T> items, ItemWriter<T> writer,
                                       int parallelMin) throws IOException {
        int half = items.size() / 2;
        CompletableFuture<Slice> second = items.size() < Math.max(2, parallelMin) ? null
                : CompletableFuture.supplyAsync(() -> elements(field, items.subList(half, items.size()), writer));
        g.writeArrayFieldStart(field);
        for (T item : second == null ? items : items.subList(0, half)) {
            writer.write(g, item);
        }
        if (second != null) {
            Slice rest;
            try {
                rest = second.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw e;
            }
            g.writeRaw(", "); // the pretty printer's separator between array values
            g.writeRaw(rest.chars(), rest.from(), rest.to() - rest.from());
        }
        g.writeEndArray();
    }

    /** Characters {@code from} (inclusive) to {@code to} (exclusive) of a buffer. */
    private record Slice(char[] chars, int from, int to) {
    }

    /** A character buffer whose characters can be read without copying them. */
    private static final class Chars extends CharArrayWriter {
        Chars() {
            super(1 << 16);
        }

        Slice slice(int from, int to) {
            return new Slice(buf, from, to);
        }

        int indexOf(char a, char b) {
            for (int i = 0; i + 1 < count; i++) {
                if (buf[i] == a && buf[i + 1] == b) {
                    return i;
                }
            }
            return -1;
        }

        int lastIndexOf(char a, char b) {
            for (int i = count - 2; i >= 0; i--) {
                if (buf[i] == a && buf[i + 1] == b) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** The elements of {@code "field" : [ items ]} as a generator writes them inside an object. */
    private static <T> Slice elements(String field, List<T> items, ItemWriter<T> writer) {
        Chars text = new Chars();
        try (JsonGenerator g = AppendableWriter.prettyJson(text)) {
            g.writeStartObject();
            g.writeArrayFieldStart(field);
            for (T item : items) {
                writer.write(g, item);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int from = text.indexOf('[', ' ') + 2; // the field name is ours, so the first bracket opens the array
        int to = text.lastIndexOf(' ', ']');   // only the object's closing brace follows the array
        return text.slice(from, to);
    }

    private static void writeFinding(JsonGenerator g, Finding f, int evidence) throws IOException {
        g.writeStartObject();
        g.writeStringField("check", f.checkId());
        g.writeStringField("severity", f.severity().id());
        g.writeNumberField("confidence", Math.round(f.confidence() * 1000) / 1000.0);
        g.writeStringField("message", f.message());
        g.writeStringField("subject", f.subject());
        g.writeFieldName("location");
        writeLocation(g, f.location());
        g.writeArrayFieldStart("suggestions");
        for (String s : f.suggestions()) {
            g.writeString(s);
        }
        g.writeEndArray();
        int related = Math.min(EvidenceJson.LISTED, f.related().size());
        g.writeArrayFieldStart("related");
        for (Related r : f.related().subList(0, related)) {
            boolean verbatim = r.text().equals(f.subject());
            g.writeStartObject();
            g.writeFieldName("location");
            writeLocation(g, r.location());
            g.writeBooleanField("verbatim", verbatim);
            if (!verbatim) {
                g.writeStringField("text", r.text());
            }
            g.writeStringField("note", r.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("relatedOmitted", f.related().size() - related);
        g.writeNumberField("evidence", evidence);
        g.writeStringField("key", f.key());
        g.writeStringField("fingerprint", f.fingerprint());
        g.writeEndObject();
    }

    /** The checks that ran, with their metadata and how many findings each reported. */
    private static void writeChecks(JsonGenerator g, Report report) throws IOException {
        g.writeArrayFieldStart("checks");
        for (CheckInfo c : report.checks()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("summary", c.summary());
            g.writeStringField("defaultSeverity", c.defaultSeverity().id());
            g.writeNumberField("findings", report.findings().stream().filter(f -> f.checkId().equals(c.id())).count());
            g.writeArrayFieldStart("options");
            for (CheckOption o : c.options()) {
                g.writeStartObject();
                g.writeStringField("key", o.key());
                g.writeStringField("default", o.defaultValue());
                g.writeStringField("description", o.description());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void writeLocation(JsonGenerator g, Location l) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", l.documentId());
        g.writeNumberField("block", l.blockIndex() + 1);
        if (l.hasLineColumn()) {
            g.writeNumberField("line", l.line());
            g.writeNumberField("column", l.column());
            g.writeNumberField("endLine", l.endLine());
            g.writeNumberField("endColumn", l.endColumn());
        }
        if (l.page() > 0) {
            g.writeNumberField("page", l.page());
        }
        g.writeNumberField("start", l.start());
        g.writeNumberField("end", l.end());
        g.writeEndObject();
    }
}
