package dev.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.copydesk.core.checks.BuiltInChecks;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.engine.Engine;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.engine.RunSettings;
import dev.copydesk.core.model.Document;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonRendererTest implements RendererContract {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public Renderer renderer() {
        return new JsonRenderer();
    }

    @Override
    public String goldenName() {
        return "news.json";
    }

    static JsonSchema schema(String resource, SpecVersion.VersionFlag version) throws IOException {
        try (InputStream in = JsonRendererTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JsonSchemaFactory.getInstance(version).getSchema(in);
        }
    }

    @Test
    void splittingArraysBetweenThreadsWritesTheGoldenFileByteForByte() throws IOException {
        StringBuilder split = new StringBuilder();
        new JsonRenderer(2).render(ReportFixture.report(), split); // every array of two or more split
        dev.copydesk.core.testing.Golden.assertMatches(SampleReport.GOLDEN, goldenName(), split.toString());
    }

    @Test
    void aLargeReportIsTheSameWhetherItsArraysAreSplitOrNot() throws IOException {
        Report report = new Engine(BuiltInChecks.all(), 2).run(Corpus.of(dev.copydesk.core.testing.TestData.load(
                dev.copydesk.core.testing.TestData.news())), List.of(), RunSettings.defaults());
        StringBuilder whole = new StringBuilder();
        new JsonRenderer(Integer.MAX_VALUE).render(report, whole);
        for (int min : new int[] {2, 3, 7}) {
            StringBuilder split = new StringBuilder();
            new JsonRenderer(min).render(report, split);
            assertThat(split.toString()).as("split from %d", min).isEqualTo(whole.toString());
        }
    }

    @Test
    void outputOfTheFixtureConformsToTheShippedSchema() throws IOException {
        JsonNode json = MAPPER.readTree(render(ReportFixture.report()));
        Set<ValidationMessage> errors = schema("copydesk-report-2.schema.json", SpecVersion.VersionFlag.V7)
                .validate(json);
        assertThat(errors).isEmpty();
    }

    @Test
    void schemaRejectsAFindingWithoutFingerprint() throws IOException {
        JsonNode json = MAPPER.readTree(render(ReportFixture.report()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("findings").get(0)).remove("fingerprint");
        assertThat(schema("copydesk-report-2.schema.json", SpecVersion.VersionFlag.V7).validate(json)).isNotEmpty();
    }

    @Test
    void writesEveryEvidenceShapeWithItsType() throws IOException {
        JsonNode json = MAPPER.readTree(render(ReportFixture.report()));
        List<String> types = new java.util.ArrayList<>();
        for (JsonNode f : json.get("findings")) {
            types.add(json.get("evidence").get(f.get("evidence").asInt()).get("type").asText());
        }
        assertThat(types.stream().distinct().sorted()).containsExactly("comparison", "forms", "inContext", "none");
    }

    @Test
    void writesAClusterSharedByManyFindingsOnce() throws IOException {
        JsonNode json = MAPPER.readTree(render(ReportFixture.report()));
        List<Integer> casing = new java.util.ArrayList<>();
        for (JsonNode f : json.get("findings")) {
            if (f.get("check").asText().equals("casing")) {
                casing.add(f.get("evidence").asInt());
            }
        }
        assertThat(casing).hasSize(2).containsOnly(casing.get(0));
        assertThat(json.get("evidence").findValues("type").stream().filter(t -> t.asText().equals("forms")))
                .hasSize(2);
    }

    @Test
    void summaryCountsMatchTheFindings() throws IOException {
        Report report = ReportFixture.report();
        JsonNode summary = MAPPER.readTree(render(report)).get("summary");
        assertThat(summary.get("findings").asInt()).isEqualTo(report.findings().size());
        assertThat(summary.get("bySeverity").get("error").asInt() + summary.get("bySeverity").get("warning").asInt()
                + summary.get("bySeverity").get("info").asInt()).isEqualTo(report.findings().size());
        assertThat(summary.get("words").asLong()).isEqualTo(report.wordCount());
    }

    @Test
    void locationsOfTextDocumentsCarryLinesAndColumns() throws IOException {
        JsonNode typo = findingOf(MAPPER.readTree(render(ReportFixture.report())), "typo");
        assertThat(typo.get("location").get("path").asText()).isEqualTo(ReportFixture.DIR + "/000_b63dc4cb37152557.txt");
        assertThat(typo.get("location").get("line").asInt()).isEqualTo(1);
        assertThat(typo.get("location").get("column").asInt()).isPositive();
        assertThat(typo.get("suggestions").get(0).asText()).isEqualTo("the");
        assertThat(typo.get("fingerprint").asText()).matches("[0-9a-f]{16}");
    }

    @Test
    void everyCheckOnOneThreadOrOnThreeGivesTheSameBytes() throws IOException {
        List<Document> news = SampleReport.news();
        String one = render(new Engine(BuiltInChecks.all(), 1)
                .run(Corpus.of(news), List.of(), RunSettings.defaults()));
        String three = render(new Engine(BuiltInChecks.all(), 3)
                .run(Corpus.of(news), List.of(), RunSettings.defaults()));
        assertThat(MAPPER.readTree(one).get("summary").get("findings").asInt()).isPositive();
        assertThat(three).isEqualTo(one);
    }

    static JsonNode findingOf(JsonNode json, String check) {
        for (JsonNode f : json.get("findings")) {
            if (f.get("check").asText().equals(check)) {
                return f;
            }
        }
        throw new AssertionError("no finding of " + check);
    }
}
