package dev.copydesk.bench;

import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Related;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.engine.DocumentSummary;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.DocumentFormat;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.model.SourceMap;
import dev.copydesk.core.model.Word;
import dev.copydesk.core.segment.Segmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated batch for measuring the renderers at scale: documents of five paragraphs from a small
 * vocabulary (seeded, so the same size gives the same batch) and findings of every evidence shape,
 * about four per document: typos in their sentence, casing and variant clusters that span the whole
 * batch, and duplicate pairs.
 */
final class ReportScale {
    private static final String[] VOCABULARY = ("the a of rebel forces town capital said minister ministry "
            + "council report government army officials people city north south river border crossing week "
            + "statement early late talks agreement police station road bridge market hospital school").split(" ");
    private static final List<CheckInfo> CHECKS = List.of(
            new CheckInfo("duplicates", "Near-duplicate paragraphs", Severity.WARNING, List.of()),
            new CheckInfo("typo", "Unknown words", Severity.WARNING, List.of()),
            new CheckInfo("casing", "Inconsistent casing", Severity.WARNING, List.of()),
            new CheckInfo("variants", "Spelling variants", Severity.INFO, List.of()));

    private ReportScale() {
    }

    /** A report over {@code documents} generated documents. */
    static Report generate(int documents) {
        Segmenter segmenter = Segmenter.english();
        Random random = new Random(42);
        List<Document> docs = new ArrayList<>(documents);
        for (int i = 0; i < documents; i++) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(segmenter.segment(BlockKind.HEADING, 0, "Story " + i + " from the Damascus desk",
                    SourceMap.NONE, 0));
            for (int p = 1; p <= 5; p++) {
                String text = p == 1 && i % 50 == 1 ? docs.get(i - 1).blocks().get(1).text() + " today"
                        : paragraph(random, i);
                blocks.add(segmenter.segment(BlockKind.PARAGRAPH, p, text, SourceMap.NONE, 0));
            }
            docs.add(new Document(String.format("batch/%05d.txt", i), DocumentFormat.TEXT, blocks));
        }
        List<Finding> findings = new ArrayList<>();
        for (Document d : docs) {
            findings.addAll(typos(d));
        }
        findings.addAll(cluster(docs, "casing", "Syrian", "syrian"));
        findings.addAll(cluster(docs, "variants", "al-Jolani", "al-Jawlani"));
        for (int i = 1; i < docs.size(); i += 50) {
            findings.add(duplicate(docs.get(i - 1), docs.get(i)));
        }
        findings.sort(null);
        List<DocumentSummary> summaries = docs.stream()
                .map(d -> new DocumentSummary(d.id(), d.format().id(), d.blocks().size(), d.wordCount())).toList();
        return new Report(CHECKS, summaries, findings, List.of(), 0, 0, docs);
    }

    private static String paragraph(Random random, int doc) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < 3; s++) {
            int n = 10 + random.nextInt(12);
            for (int w = 0; w < n; w++) {
                String word = switch (random.nextInt(40)) {
                    case 0 -> "teh";
                    case 1 -> random.nextInt(10) == 0 ? "syrian" : "Syrian";
                    case 2 -> doc % 7 == 0 ? "al-Jawlani" : "al-Jolani";
                    default -> VOCABULARY[random.nextInt(VOCABULARY.length)];
                };
                b.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                        .append(w == n - 1 ? ". " : " ");
            }
        }
        return b.toString().strip();
    }

    private static List<Finding> typos(Document d) {
        List<Finding> out = new ArrayList<>();
        for (Block b : d.blocks()) {
            for (Word w : b.words()) {
                if (w.text().equalsIgnoreCase("teh")) {
                    var s = b.sentenceAt(w.start());
                    out.add(new Finding("typo", Severity.WARNING, 0.9, Location.of(d, b, w), "Possible typo: 'teh'",
                            w.text(), List.of("the"), List.of(), new Evidence.InContext(b.sentenceText(s),
                            w.start() - s.start(), w.end() - s.start(), 0), "teh@" + b.index() + ":" + w.start()));
                }
            }
        }
        return out;
    }

    private static List<Finding> cluster(List<Document> docs, String check, String preferred, String rare) {
        List<Location> common = new ArrayList<>();
        List<Location> odd = new ArrayList<>();
        for (Document d : docs) {
            for (Block b : d.blocks()) {
                for (Word w : b.words()) {
                    if (w.text().equals(preferred)) {
                        common.add(Location.of(d, b, w));
                    } else if (w.text().equals(rare)) {
                        odd.add(Location.of(d, b, w));
                    }
                }
            }
        }
        Evidence.Forms forms = new Evidence.Forms(check, preferred, List.of(form(preferred, common), form(rare, odd)));
        List<Finding> out = new ArrayList<>();
        for (Location l : odd) {
            out.add(new Finding(check, check.equals("casing") ? Severity.WARNING : Severity.INFO, 0.8, l,
                    "'" + rare + "' where the batch mostly writes '" + preferred + "'", rare, List.of(preferred),
                    List.of(), forms, rare + "@" + l.blockIndex() + ":" + l.start()));
        }
        return out;
    }

    private static Evidence.FormCount form(String form, List<Location> at) {
        return new Evidence.FormCount(form, at.size(), at.stream().map(Location::documentId).distinct().toList(), at);
    }

    private static Finding duplicate(Document first, Document copy) {
        Block a = first.blocks().get(1);
        Block b = copy.blocks().get(1);
        List<Evidence.DiffToken> diff = List.of(new Evidence.DiffToken(Evidence.DiffOp.EQUAL, a.text()),
                new Evidence.DiffToken(Evidence.DiffOp.INSERT, "today"));
        Evidence.Comparison c = new Evidence.Comparison("near", List.of(
                new Evidence.Member(Location.of(first, a), a.text(), 1.0, List.of()),
                new Evidence.Member(Location.of(copy, b), b.text(), 0.97, diff)));
        return new Finding("duplicates", Severity.WARNING, 0.97, Location.of(copy, b),
                "Paragraph repeats " + first.id() + " paragraph 2", "", List.of(),
                List.of(new Related(Location.of(first, a), a.text(), "first occurrence")), c, "dup:" + first.id());
    }
}
