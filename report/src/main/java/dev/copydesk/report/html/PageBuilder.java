package dev.copydesk.report.html;

import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Related;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.engine.DocumentSummary;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Document;
import dev.copydesk.report.EvidenceTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Turns a report into the page's view model: counts, sorted tables, grouped rows, proofs; all capped. */
final class PageBuilder {
    private final Report report;
    private final Limits limits;
    private final Map<String, List<Finding>> byDocument = new HashMap<>();

    PageBuilder(Report report, Limits limits) {
        this.report = report;
        this.limits = limits;
        for (Finding f : report.findings()) {
            byDocument.computeIfAbsent(f.location().documentId(), k -> new ArrayList<>()).add(f);
        }
    }

    Page build(Assets assets) {
        List<DocumentSummary> worstFirst = worstFirst();
        Map<String, Document> texts = new HashMap<>();
        report.sources().forEach(d -> texts.put(d.id(), d));
        List<String> proofed = worstFirst.stream().map(DocumentSummary::id).filter(texts::containsKey)
                .limit(limits.proofs()).toList();
        Sources sources = new Sources(report, Set.copyOf(proofed));

        List<Overview.DocumentRow> rows = worstFirst.stream().limit(limits.documentRows())
                .map(d -> row(d, sources, proofed.contains(d.id()))).toList();
        List<Overview.CheckCount> counts = checkIds().stream().map(this::count).toList();
        Overview overview = new Overview(report.documents().size(), report.wordCount(), report.findings().size(),
                severityCount(Severity.ERROR), severityCount(Severity.WARNING), severityCount(Severity.INFO),
                report.failures().size(), report.suppressed(), report.baselined(), report.notShown(), counts, rows,
                report.documents().size() - rows.size(),
                report.failures().stream().map(f -> new Overview.Failure(f.id(), f.reason())).toList());

        List<Page.DocumentChoice> choices = rows.stream().filter(r -> r.findings() > 0)
                .map(r -> new Page.DocumentChoice(r.key(), r.id())).toList();
        Page.Filters filters = new Page.Filters(
                counts.stream().filter(c -> c.total() > 0).map(Overview.CheckCount::id).toList(),
                choices, byDocument.size() - choices.size());

        List<CheckSection> sections = checkIds().stream().map(id -> section(id, sources))
                .filter(s -> s.findings() > 0).toList();
        List<Proof> proofs = proofed.stream().map(id -> ProofBuilder.of(texts.get(id), sources.key(id),
                sources.proofAnchor(id), byDocument.getOrDefault(id, List.of()))).toList();
        int hiddenProofs = (int) byDocument.keySet().stream().filter(id -> !proofed.contains(id)).count();
        return new Page(overview, Chart.of(counts), filters, sections, proofs, hiddenProofs, assets);
    }

    /** Documents by findings per 1,000 words, then findings, then id. */
    private List<DocumentSummary> worstFirst() {
        return report.documents().stream().sorted(Comparator.comparingDouble(this::perThousand).reversed()
                .thenComparing(Comparator.comparingInt(this::findingCount).reversed())
                .thenComparing(DocumentSummary::id)).toList();
    }

    private int findingCount(DocumentSummary d) {
        return byDocument.getOrDefault(d.id(), List.of()).size();
    }

    private double perThousand(DocumentSummary d) {
        return findingCount(d) * 1000.0 / Math.max(1, d.words());
    }

    private Overview.DocumentRow row(DocumentSummary d, Sources sources, boolean proofed) {
        List<Finding> found = byDocument.getOrDefault(d.id(), List.of());
        int errors = (int) found.stream().filter(f -> f.severity() == Severity.ERROR).count();
        return new Overview.DocumentRow(sources.key(d.id()), d.id(), d.words(), found.size(),
                String.format(Locale.ROOT, "%.1f", perThousand(d)), errors, proofed ? sources.proofAnchor(d.id()) : "");
    }

    /** The checks that ran, in registry order, then any other check with findings, by id. */
    private List<String> checkIds() {
        Set<String> ids = new LinkedHashSet<>();
        report.checks().forEach(c -> ids.add(c.id()));
        TreeSet<String> others = new TreeSet<>();
        report.findings().forEach(f -> others.add(f.checkId()));
        ids.addAll(others);
        return List.copyOf(ids);
    }

    private String summary(String checkId) {
        return report.checks().stream().filter(c -> c.id().equals(checkId)).map(CheckInfo::summary)
                .findFirst().orElse("");
    }

    private long severityCount(Severity s) {
        return report.findings().stream().filter(f -> f.severity() == s).count();
    }

    private Overview.CheckCount count(String checkId) {
        int[] n = new int[Severity.values().length];
        report.findings().stream().filter(f -> f.checkId().equals(checkId)).forEach(f -> n[f.severity().ordinal()]++);
        return new Overview.CheckCount(checkId, summary(checkId), n[Severity.ERROR.ordinal()],
                n[Severity.WARNING.ordinal()], n[Severity.INFO.ordinal()]);
    }

    /** One row per finding, except findings sharing a cluster or duplicate group: one row per group. */
    private CheckSection section(String checkId, Sources sources) {
        Map<Object, List<Finding>> groups = new LinkedHashMap<>();
        List<Finding> found = report.findings().stream().filter(f -> f.checkId().equals(checkId)).toList();
        EvidenceTable evidence = EvidenceTable.of(found);
        for (Finding f : found) {
            Object key = EvidenceTable.isShared(f.evidence()) ? evidence.index(f) : new Object();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<FindingRow> rows = groups.values().stream().limit(limits.rowsPerCheck())
                .map(g -> row(g, sources)).toList();
        return new CheckSection(checkId, summary(checkId), found.size(), rows, groups.size() - rows.size());
    }

    private FindingRow row(List<Finding> group, Sources sources) {
        Finding f = group.get(0);
        Severity worst = group.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
        TreeSet<String> docs = new TreeSet<>();
        for (Finding g : group) {
            docs.add(sources.key(g.location().documentId()));
            g.related().forEach(r -> docs.add(sources.key(r.location().documentId())));
        }
        List<FindingRow.RelatedPlace> related = new ArrayList<>();
        for (Related r : f.related()) {
            related.add(new FindingRow.RelatedPlace(r.location().describe(), sources.href(r.location()), r.text(),
                    r.note()));
        }
        return new FindingRow(worst.id(), String.join(" ", docs), f.location().describe(),
                sources.href(f.location()), f.message(), f.subject(), f.suggestions(),
                EvidenceView.percent(f.confidence()), group.size(), related,
                EvidenceView.of(f.evidence(), sources, limits));
    }
}
