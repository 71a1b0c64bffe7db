package dev.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SpecVersion;
import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Related;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.check.Evidence.DiffOp;
import dev.copydesk.core.check.Evidence.DiffToken;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EvidenceJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode write(Evidence e) throws IOException {
        StringBuilder out = new StringBuilder();
        try (JsonGenerator g = AppendableWriter.prettyJson(out)) {
            EvidenceJson.write(g, e);
        }
        return MAPPER.readTree(out.toString());
    }

    private static Location at(int doc, int block) {
        return new Location(String.format("d%03d.txt", doc), block, 0, 6, 1, 1, 1, 7, 0);
    }

    @Test
    void aFormListsTwentyFiveDocumentsAndLocationsAndCountsTheRest() throws IOException {
        List<String> docs = IntStream.range(0, 40).mapToObj(i -> String.format("d%03d.txt", i)).toList();
        List<Location> locations = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            locations.add(at(i, 0));
            locations.add(at(i, 1));
        }
        Evidence.Forms forms = new Evidence.Forms("casing", "Syrian", List.of(
                new Evidence.FormCount("Syrian", 80, docs, locations),
                new Evidence.FormCount("syrian", 2, docs.subList(0, 1), locations.subList(0, 2))));

        JsonNode json = write(forms);

        JsonNode common = json.get("forms").get(0);
        assertThat(common.get("documents")).hasSize(25);
        assertThat(common.get("documents").get(24).asText()).isEqualTo("d024.txt");
        assertThat(common.get("documentsOmitted").asInt()).isEqualTo(15);
        assertThat(common.get("locations")).hasSize(25);
        assertThat(common.get("locationsOmitted").asInt()).isEqualTo(55);
        assertThat(common.get("count").asInt()).isEqualTo(80);
        JsonNode rare = json.get("forms").get(1);
        assertThat(rare.get("locations")).hasSize(2);
        assertThat(rare.get("locationsOmitted").asInt()).isZero();
        assertThat(rare.get("documentsOmitted").asInt()).isZero();
    }

    @Test
    void aVerbatimCopyOfTheFirstMemberCarriesNoTextOrDiff() throws IOException {
        String text = "The minister resigned on Tuesday.";
        Evidence.Comparison group = new Evidence.Comparison("exact", List.of(
                new Evidence.Member(at(0, 3), text, 1.0, List.of()),
                new Evidence.Member(at(1, 5), text, 1.0, List.of(new DiffToken(DiffOp.EQUAL, text))),
                new Evidence.Member(at(2, 7), "The minister quit on Tuesday.", 0.8, List.of(
                        new DiffToken(DiffOp.EQUAL, "The minister"), new DiffToken(DiffOp.DELETE, "resigned"),
                        new DiffToken(DiffOp.INSERT, "quit"), new DiffToken(DiffOp.EQUAL, "on Tuesday.")))));

        JsonNode members = write(group).get("members");

        assertThat(members.get(0).get("verbatim").asBoolean()).isFalse();
        assertThat(members.get(0).get("text").asText()).isEqualTo(text);
        assertThat(members.get(1).get("verbatim").asBoolean()).isTrue();
        assertThat(members.get(1).has("text")).isFalse();
        assertThat(members.get(1).has("diff")).isFalse();
        assertThat(members.get(1).get("location").get("path").asText()).isEqualTo("d001.txt");
        assertThat(members.get(2).get("verbatim").asBoolean()).isFalse();
        assertThat(members.get(2).get("diff")).hasSize(4);
    }

    @Test
    void aFindingListsTwentyFiveRelatedPlacesAndMarksThoseWithItsOwnText() throws IOException {
        String text = "The minister resigned on Tuesday.";
        List<Related> related = new ArrayList<>();
        related.add(new Related(at(1, 0), "The minister quit on Tuesday.", "similarity 0.80 to the first occurrence"));
        for (int i = 2; i < 32; i++) {
            related.add(new Related(at(i, 0), text, "similarity 1.00 to the first occurrence"));
        }
        Finding f = new Finding("duplicate", Severity.INFO, 0.9, at(0, 0), "Repeated paragraph", text, List.of(),
                related, Evidence.NONE, text);
        Report report = new Report(List.of(new CheckInfo("duplicate", "d", Severity.INFO, List.of())), List.of(),
                List.of(f), List.of(), 0, 0, List.of());
        StringBuilder out = new StringBuilder();
        new JsonRenderer().render(report, out);
        JsonNode finding = MAPPER.readTree(out.toString()).get("findings").get(0);

        assertThat(finding.get("related")).hasSize(25);
        assertThat(finding.get("relatedOmitted").asInt()).isEqualTo(6);
        assertThat(finding.get("related").get(0).get("verbatim").asBoolean()).isFalse();
        assertThat(finding.get("related").get(0).get("text").asText()).isEqualTo("The minister quit on Tuesday.");
        assertThat(finding.get("related").get(1).get("verbatim").asBoolean()).isTrue();
        assertThat(finding.get("related").get(1).has("text")).isFalse();
        assertThat(finding.get("related").get(1).get("location").get("path").asText()).isEqualTo("d002.txt");
        assertThat(JsonRendererTest.schema("copydesk-report-2.schema.json", SpecVersion.VersionFlag.V7)
                .validate(MAPPER.readTree(out.toString()))).isEmpty();
    }

    @Test
    void theSchemaRejectsAVerbatimMemberThatRepeatsItsText() throws IOException {
        StringBuilder out = new StringBuilder();
        new JsonRenderer().render(ReportFixture.report(), out);
        JsonNode json = MAPPER.readTree(out.toString());
        JsonNode member = null;
        for (JsonNode e : json.get("evidence")) {
            if (e.get("type").asText().equals("comparison")) {
                member = e.get("members").get(0);
            }
        }
        assertThat(member).isNotNull();
        ((com.fasterxml.jackson.databind.node.ObjectNode) member).put("verbatim", true);
        assertThat(JsonRendererTest.schema("copydesk-report-2.schema.json", SpecVersion.VersionFlag.V7)
                .validate(json)).isNotEmpty();
    }
}
