package dev.copydesk.report.html;

import dev.copydesk.core.engine.DocumentSummary;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.model.Sentence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checked documents as the page refers to them: a short key per document for
 * {@code data-doc} attributes, anchors of the proofs the page shows, and the sentence around a
 * location (when the report carries the document's text).
 */
final class Sources {
    private final Map<String, Integer> indexById = new HashMap<>();
    private final Map<String, Document> documents = new HashMap<>();
    private final Set<String> proofed;

    Sources(Report report, Set<String> proofed) {
        List<DocumentSummary> summaries = report.documents();
        for (int i = 0; i < summaries.size(); i++) {
            indexById.put(summaries.get(i).id(), i);
        }
        for (Document d : report.sources()) {
            documents.put(d.id(), d);
            indexById.putIfAbsent(d.id(), indexById.size());
        }
        this.proofed = Set.copyOf(proofed);
    }

    /** The key of a document in {@code data-doc} attributes ({@code d} and its index). */
    String key(String documentId) {
        Integer i = indexById.get(documentId);
        return i == null ? "d-unknown" : "d" + i;
    }

    /** The anchor of a document's proof. */
    String proofAnchor(String documentId) {
        return "proof-" + key(documentId);
    }

    /** The anchor of a block in its document's proof. */
    static String blockAnchor(String proofAnchor, int blockIndex) {
        return proofAnchor + "-b" + (blockIndex + 1);
    }

    /** A link to a location in the page, or empty when its document has no proof in the page. */
    String href(Location location) {
        if (!proofed.contains(location.documentId()) || block(location) == null) {
            return "";
        }
        return "#" + blockAnchor(proofAnchor(location.documentId()), location.blockIndex());
    }

    /** The sentence around a location, or the location's own text, or nothing when the text is unknown. */
    Snippet sentence(Location location, String fallback) {
        Block block = block(location);
        if (block == null) {
            return new Snippet("", fallback, "");
        }
        Sentence s = block.sentenceAt(location.start());
        int start = Math.min(s.start(), location.start());
        int end = Math.max(s.end(), Math.min(location.end(), block.text().length()));
        String text = block.text().substring(start, Math.min(end, block.text().length()));
        return Snippet.of(text, location.start() - start, location.end() - start);
    }

    private Block block(Location location) {
        Document d = documents.get(location.documentId());
        if (d == null || location.blockIndex() >= d.blocks().size()) {
            return null;
        }
        Block b = d.blocks().get(location.blockIndex());
        return location.end() <= b.text().length() ? b : null;
    }
}
