package dev.copydesk.core.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.core.check.Finding;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Known findings, by fingerprint with a count: a run with a baseline reports only findings beyond
 * it. Stored as JSON, one entry per fingerprint with its check, document and first message so a
 * reviewer can read the diff; sorted, so the file is stable.
 */
public final class Baseline {
    /** Version of the file format. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * One fingerprint.
     *
     * @param fingerprint the findings' fingerprint
     * @param count       how many findings share it
     * @param check       their check
     * @param document    their document
     * @param message     the first one's message, for readers
     */
    public record Entry(String fingerprint, int count, String check, String document, String message) {
        public Entry {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(check, "check");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(message, "message");
            if (count < 1) {
                throw new IllegalArgumentException("count must be positive");
            }
        }
    }

    /** The baseline of a run's findings. */
    public static Baseline of(List<Finding> findings) {
        Map<String, Entry> byPrint = new LinkedHashMap<>();
        for (Finding f : findings.stream().sorted().toList()) {
            byPrint.merge(f.fingerprint(),
                    new Entry(f.fingerprint(), 1, f.checkId(), f.location().documentId(), f.message()),
                    (a, b) -> new Entry(a.fingerprint(), a.count() + 1, a.check(), a.document(), a.message()));
        }
        List<Entry> sorted = new ArrayList<>(byPrint.values());
        sorted.sort(Comparator.comparing(Entry::document).thenComparing(Entry::check).thenComparing(Entry::fingerprint));
        return new Baseline(sorted);
    }

    /** The entries, sorted by document, check and fingerprint. */
    public List<Entry> entries() {
        return entries;
    }

    /** Every fingerprint, repeated as often as its count, as the engine wants them. */
    public List<String> fingerprints() {
        List<String> out = new ArrayList<>();
        for (Entry e : entries) {
            for (int i = 0; i < e.count(); i++) {
                out.add(e.fingerprint());
            }
        }
        return out;
    }

    /** Writes the baseline as JSON. */
    public void write(Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("copydeskBaseline", VERSION);
            g.writeArrayFieldStart("findings");
            for (Entry e : entries) {
                g.writeStartObject();
                g.writeStringField("fingerprint", e.fingerprint());
                g.writeNumberField("count", e.count());
                g.writeStringField("check", e.check());
                g.writeStringField("document", e.document());
                g.writeStringField("message", e.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    /** Reads a baseline file; a file that is not one is an error naming where. */
    public static Baseline read(Path file) throws ConfigException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ConfigException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not a copydesk baseline: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new ConfigException(file, 0, 0, "cannot read baseline: " + WordListFile.reason(e));
        }
        if (root == null || root.path("copydeskBaseline").asInt(0) != VERSION || !root.path("findings").isArray()) {
            throw new ConfigException(file, 0, 0, "not a copydesk baseline (version " + VERSION + ")");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode n : root.get("findings")) {
            if (!n.path("fingerprint").isTextual() || !n.path("count").canConvertToInt() || n.path("count").asInt() < 1) {
                throw new ConfigException(file, 0, 0, "baseline entry " + (entries.size() + 1)
                        + " needs a fingerprint and a positive count");
            }
            entries.add(new Entry(n.get("fingerprint").asText(), n.get("count").asInt(), n.path("check").asText(""),
                    n.path("document").asText(""), n.path("message").asText("")));
        }
        return new Baseline(entries);
    }
}
