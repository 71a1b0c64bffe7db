package dev.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.Severity;
import dev.copydesk.core.checks.BuiltInChecks;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.engine.DocumentSummary;
import dev.copydesk.core.engine.Engine;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.engine.RunSettings;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.testing.TestData;
import dev.copydesk.report.html.HtmlRenderer;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlRendererTest implements RendererContract {
    @Override
    public Renderer renderer() {
        return new HtmlRenderer();
    }

    @Override
    public String goldenName() {
        return "news.html";
    }

    @Test
    void isSelfContained() throws IOException {
        String html = render(ReportFixture.report());
        String tags = html.replaceAll("\"[^\"]*\"", "\"\""); // attribute values out: they are text
        assertThat(tags).doesNotContainPattern("(?i)<(link|img|iframe|object|embed)\\b")
                .doesNotContainPattern("(?i)<[a-z][^>]*\\ssrc\\s*=");
        assertThat(html).doesNotContainPattern("(?i)<[a-z][^<>]*\\s(href|action)\\s*=\\s*\"(https?:|//|javascript:)")
                .contains("href=\"#proof-d0\"");
        assertThat(html).containsOnlyOnce("<style>").containsOnlyOnce("<script>");
    }

    @Test
    void showsHostileDocumentTextAsTextOnly() throws IOException {
        String html = render(ReportFixture.report());
        assertThat(html).doesNotContain("<script>window", "<img src=x", "<svg onload", "<a href=\"javascript:")
                .doesNotContain("\"><img", "<b>the paragraph</b>", "<b>bold</b>");
        assertThat(html).contains("&lt;script&gt;window.__xss = 1;", "&lt;img src=x onerror=",
                "javascript:window.__xss=4");
        assertThat(Pattern.compile("(?i)<script\\b").matcher(html).results().count()).isEqualTo(1);
    }

    @Test
    void saysHowManyFindingsMinSeverityLeftOut() throws IOException {
        Report all = ReportFixture.report();
        long infos = all.findings().stream().filter(f -> f.severity() == Severity.INFO).count();
        assertThat(infos).isPositive();
        assertThat(render(all.atLeast(Severity.WARNING)))
                .contains("Not shown: " + infos + " less serious than the run's <code>--min-severity</code>.");
        assertThat(render(all)).doesNotContain("--min-severity");
    }

    @Test
    void lockedDownByAContentSecurityPolicyThatAllowsOnlyItsOwnScript() throws IOException {
        String html = render(ReportFixture.report());
        Matcher csp = Pattern.compile("Content-Security-Policy\" content=\"([^\"]+)\"").matcher(html);
        assertThat(csp.find()).isTrue();
        assertThat(csp.group(1).replace("&#39;", "'")).startsWith("default-src 'none'").contains("script-src 'sha256-")
                .doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void showsEveryEvidenceShape() throws IOException {
        String html = render(ReportFixture.report());
        assertThat(html).contains("<del>In</del>", "<ins>After</ins>", "<del>stunning</del>", "<ins>dramatic</ins>", "<ins>reportedly</ins>", "86% similar")
                .contains("<tr class=\"preferred\"><td>Syrian</td>", "<tr class=\"variant\"><td>syrian</td><td>2</td>")
                .contains("Every occurrence in its sentence", "<mark class=\"flag\">teh</mark>")
                .contains("Paragraph of ", "2 findings");
        assertThat(html).contains("id=\"check-duplicates\"", "id=\"check-typo\"", "id=\"check-casing\"",
                "id=\"check-variants\"", "id=\"check-length\"", "id=\"check-markup\"");
    }

    @Test
    void showsAMemberBesideTheClosestMemberWhenTheFirstIsNotWhatLinksIt() throws IOException {
        Report report = new Engine(BuiltInChecks.all(), 2).run(Corpus.of(TestData.load(TestData.news())), List.of(),
                RunSettings.defaults());
        String html = render(report);
        // seed 000: line 4 is in a group with line 3 only through line 10, which merges the two
        assertThat(html).containsPattern("Closest: <a [^>]*>[^<]*000_b63dc4cb37152557\\.txt:10:1</a></p>\\s*"
                + "<p class=\"diff\">[^\\n]*</p></div>\\s*<div class=\"side\"><p class=\"side-head\">This one: "
                + "<a [^>]*>[^<]*000_b63dc4cb37152557\\.txt:4:1</a>");
        assertThat(html).containsPattern("First: <a [^>]*>[^<]*000_b63dc4cb37152557\\.txt:3:1</a>");
    }

    @Test
    void marksFindingsInlineInTheProofs() throws IOException {
        String html = render(ReportFixture.report());
        assertThat(html).containsPattern("<mark class=\"m js-mark sev-warning\" tabindex=\"0\" "
                + "title=\"typo: Possible typo: &#39;teh&#39;\" data-check=\"typo\" data-sev=\"warning\">teh</mark>");
    }

    @Test
    void aCleanBatchShowsNoFindingsAndNoHighlights() throws IOException {
        List<Document> docs = TestData.load(TestData.news());
        Report clean = new Report(ReportFixture.CHECKS, docs.stream().map(d -> new DocumentSummary(d.id(),
                d.format().id(), d.blocks().size(), d.wordCount())).toList(), List.of(), List.of(), 0, 0, docs);
        String html = render(clean);
        assertThat(html).contains("data-stat=\"findings\">0<").doesNotContain("<mark", "class=\"finding")
                .doesNotContain("class=\"cap\"");
        assertThat(html).contains("id=\"proof-d0\"", "id=\"proof-d4\"");
    }
}
