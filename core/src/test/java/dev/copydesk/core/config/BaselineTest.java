package dev.copydesk.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.model.Location;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    @TempDir
    Path dir;

    private static Finding typo(String doc, int line, String word) {
        return new Finding("typo", Severity.WARNING, 0.9, new Location(doc, line - 1, 0, word.length(), line, 1, line,
                word.length() + 1, 0), "Possible typo: '" + word + "'", word, List.of(), List.of(), Evidence.NONE, word);
    }

    @Test
    void countsRepeatedFingerprintsAndRoundTripsThroughTheFile() throws Exception {
        List<Finding> findings = List.of(typo("b.txt", 3, "teh"), typo("a.txt", 9, "teh"), typo("a.txt", 2, "teh"),
                typo("a.txt", 4, "recieve"));
        Baseline baseline = Baseline.of(findings);
        assertThat(baseline.entries()).extracting(Baseline.Entry::document, Baseline.Entry::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a.txt", 2),
                        org.assertj.core.groups.Tuple.tuple("a.txt", 1), org.assertj.core.groups.Tuple.tuple("b.txt", 1));
        StringWriter out = new StringWriter();
        baseline.write(out);
        Path file = Files.writeString(dir.resolve("baseline.json"), out.toString());
        Baseline read = Baseline.read(file);
        assertThat(read.entries()).isEqualTo(baseline.entries());
        assertThat(read.fingerprints()).hasSize(4).containsAll(findings.stream().map(Finding::fingerprint).toList());
    }

    @Test
    void theSameFindingsInAnotherOrderGiveTheSameFile() throws Exception {
        List<Finding> findings = List.of(typo("b.txt", 3, "teh"), typo("a.txt", 4, "recieve"));
        StringWriter one = new StringWriter();
        StringWriter two = new StringWriter();
        Baseline.of(findings).write(one);
        Baseline.of(List.of(findings.get(1), findings.get(0))).write(two);
        assertThat(one.toString()).isEqualTo(two.toString()).doesNotContain("\"line\"");
    }

    @Test
    void rejectsAFileThatIsNotABaselineWithItsPosition() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"copydeskBaseline\": 1,\n  \"findings\": [,]\n}");
        assertThatThrownBy(() -> Baseline.read(broken)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.line()).isEqualTo(3));
        Path other = Files.writeString(dir.resolve("other.json"), "{\"findings\": []}");
        assertThatThrownBy(() -> Baseline.read(other)).hasMessageContaining("not a copydesk baseline");
        assertThatThrownBy(() -> Baseline.read(dir.resolve("missing.json"))).hasMessageContaining("no such file");
    }
}
