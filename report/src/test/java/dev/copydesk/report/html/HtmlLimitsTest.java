package dev.copydesk.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.engine.DocumentSummary;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.model.Word;
import dev.copydesk.core.testing.TestData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlLimitsTest {
    private static Report manyFindings(int documents) {
        List<Document> docs = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            Document d = TestData.document(String.format("doc%03d.txt", i), "One line with teh word.",
                    "Another teh here and " + "word ".repeat(i));
            docs.add(d);
            for (Block b : d.blocks()) {
                Word w = b.words().stream().filter(x -> x.text().equals("teh")).findFirst().orElseThrow();
                findings.add(new Finding("typo", Severity.WARNING, 0.9, Location.of(d, b, w), "Possible typo: 'teh'",
                        "teh", List.of("the"), List.of(), Evidence.NONE, "teh" + b.index()));
            }
        }
        findings.sort(null);
        return new Report(List.of(new CheckInfo("typo", "typos", Severity.WARNING, List.of())),
                docs.stream().map(d -> new DocumentSummary(d.id(), "text", 2, d.wordCount())).toList(), findings,
                List.of(), 0, 0, docs);
    }

    private static String render(Report report, Limits limits) throws IOException {
        StringBuilder out = new StringBuilder();
        new HtmlRenderer(limits).render(report, out);
        return out.toString();
    }

    @Test
    void capsLongListsAndSaysHowManyMoreAreInTheJson() throws IOException {
        String html = render(manyFindings(30), new Limits(10, 12, 5, 3));
        assertThat(html.split("class=\"finding ", -1)).hasSize(11);
        assertThat(html).contains("50 more rows of typo are not shown here; the JSON output")
                .contains("18 more documents are not listed")
                .contains("25 more documents with findings are not shown as proofs");
        assertThat(html.split("<article ", -1)).hasSize(6);
    }

    @Test
    void listsTheWorstDocumentFirstByFindingsPerThousandWords() throws IOException {
        String html = render(manyFindings(4), Limits.DEFAULT);
        assertThat(html.indexOf(">doc000.txt<")).isLessThan(html.indexOf(">doc001.txt<"));
        assertThat(html.indexOf(">doc001.txt<")).isLessThan(html.indexOf(">doc003.txt<"));
        assertThat(html).contains("<td>222.2</td>");
    }
}
