package dev.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SpecVersion;
import dev.copydesk.core.engine.Report;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class SarifRendererTest implements RendererContract {
    /** The official schema, vendored with its provenance in sarif/SOURCE.md. */
    private static final String SARIF_SCHEMA = "sarif/sarif-2.1.0-rtm.5.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public Renderer renderer() {
        return new SarifRenderer();
    }

    @Override
    public String goldenName() {
        return "news.sarif";
    }

    @Test
    void outputOfTheFixtureConformsToTheOfficialSarifSchema() throws IOException {
        JsonNode sarif = MAPPER.readTree(render(ReportFixture.report()));
        assertThat(JsonRendererTest.schema(SARIF_SCHEMA, SpecVersion.VersionFlag.V4).validate(sarif)).isEmpty();
    }

    @Test
    void theSchemaCatchesABrokenLog() throws IOException {
        JsonNode sarif = MAPPER.readTree(render(ReportFixture.report()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.get("runs").get(0).get("results").get(0))
                .put("level", "fatal");
        assertThat(JsonRendererTest.schema(SARIF_SCHEMA, SpecVersion.VersionFlag.V4).validate(sarif)).isNotEmpty();
    }

    @Test
    void oneRulePerCheckAndOneResultPerFinding() throws IOException {
        Report report = ReportFixture.report();
        JsonNode run = MAPPER.readTree(render(report)).get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("rules")).hasSize(ReportFixture.CHECKS.size());
        assertThat(run.get("results")).hasSize(report.findings().size());
        JsonNode first = run.get("results").get(0);
        assertThat(first.get("partialFingerprints").get("copydesk/v1").asText())
                .isEqualTo(report.findings().get(0).fingerprint());
    }

    @Test
    void resultsPointAtLinesColumnsAndRelatedPlaces() throws IOException {
        JsonNode run = MAPPER.readTree(render(ReportFixture.report())).get("runs").get(0);
        JsonNode typo = null;
        JsonNode duplicate = null;
        for (JsonNode r : run.get("results")) {
            typo = r.get("ruleId").asText().equals("typo") ? r : typo;
            duplicate = r.get("ruleId").asText().equals("duplicates") ? r : duplicate;
        }
        JsonNode region = typo.get("locations").get(0).get("physicalLocation").get("region");
        assertThat(region.get("startLine").asInt()).isEqualTo(1);
        assertThat(region.get("endColumn").asInt() - region.get("startColumn").asInt()).isEqualTo(3);
        assertThat(typo.get("level").asText()).isEqualTo("warning");
        assertThat(duplicate.get("relatedLocations").get(0).get("physicalLocation").get("artifactLocation")
                .get("uri").asText()).isEqualTo(ReportFixture.DIR + "/000_b63dc4cb37152557.txt");
    }

    @Test
    void percentEncodesDocumentIdsThatAreNotUriSafe() {
        assertThat(SarifRenderer.uri("wire/my story.txt")).isEqualTo("wire/my%20story.txt");
        assertThat(SarifRenderer.uri("a:b.txt")).isEqualTo("a%3Ab.txt");
        assertThat(SarifRenderer.uri(ReportFixture.XSS_FILE)).doesNotContain("\"", "<", ">", " ");
    }
}
