package dev.copydesk.report.html;

import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Cuts a document's blocks where its findings start and end, so the proof can highlight them. */
final class ProofBuilder {
    private ProofBuilder() {
    }

    /** The proof of a document with its findings (already sorted). */
    static Proof of(Document document, String key, String anchor, List<Finding> findings) {
        List<List<Finding>> byBlock = new ArrayList<>();
        document.blocks().forEach(b -> byBlock.add(new ArrayList<>()));
        for (Finding f : findings) {
            if (f.location().blockIndex() < byBlock.size()) {
                byBlock.get(f.location().blockIndex()).add(f);
            }
        }
        List<Proof.ProofBlock> blocks = new ArrayList<>();
        for (Block b : document.blocks()) {
            blocks.add(block(b, Sources.blockAnchor(anchor, b.index()), byBlock.get(b.index())));
        }
        return new Proof(key, anchor, document.id(), document.wordCount(), findings.size(), blocks);
    }

    private static Proof.ProofBlock block(Block block, String anchor, List<Finding> findings) {
        int length = block.text().length();
        List<Proof.Note> notes = new ArrayList<>();
        List<Finding> inline = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (Finding f : findings) {
            int start = f.location().start();
            int end = Math.min(f.location().end(), length);
            if (start >= end || (start == 0 && end == length)) {
                notes.add(new Proof.Note(f.severity().id(), f.checkId(), f.message()));
            } else {
                inline.add(f);
                cuts.add(start);
                cuts.add(end);
            }
        }
        List<Proof.Span> spans = new ArrayList<>();
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                spans.add(span(block.text().substring(from, to), covering(inline, from, to)));
            }
            from = to;
        }
        return new Proof.ProofBlock(block.kind().id(), anchor, spans, notes);
    }

    private static List<Finding> covering(List<Finding> findings, int from, int to) {
        return findings.stream().filter(f -> f.location().start() <= from && f.location().end() >= to).toList();
    }

    private static Proof.Span span(String text, List<Finding> findings) {
        if (findings.isEmpty()) {
            return new Proof.Span(text, "", "", "");
        }
        Severity worst = findings.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
        String checks = findings.stream().map(Finding::checkId).distinct().sorted().collect(Collectors.joining(" "));
        String note = findings.stream().map(f -> f.checkId() + ": " + f.message()).distinct()
                .collect(Collectors.joining("\n"));
        return new Proof.Span(text, worst.id(), checks, note);
    }
}
