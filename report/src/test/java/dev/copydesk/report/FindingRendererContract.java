package dev.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.engine.RunSettings;
import dev.copydesk.core.engine.Engine;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.testing.TestData;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every renderer of this module promises; each renderer's test implements it. */
interface FindingRendererContract {
    /** The renderer under test. */
    Renderer renderer();

    @Test
    default void rendersTheSameReportToTheSameCharacters() throws IOException {
        Report report = SampleReport.build();
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        renderer().render(report, a);
        renderer().render(report, b);
        assertThat(a.toString()).isEqualTo(b.toString());
    }

    @Test
    default void neverThrowsOnHostileUnicodeInMessagesAndPaths() {
        String hostile = "\u0000\u001b[31m\r\n%0A::warning ,:<&>\"'\uD83D\uDE00\uD800 \u202Eevil\u0007";
        Location at = new Location("dir/" + hostile + ".txt", 0, 0, 1, 1, 1, 1, 2, 0);
        Finding f = new Finding("typo", Severity.WARNING, 0.5, at, hostile, hostile, List.of(hostile), List.of(),
                Evidence.NONE, hostile);
        Report report = new Engine(List.of(SampleReport.check("typo", Severity.WARNING, c -> List.of(f))))
                .run(Corpus.of(List.of(TestData.document("other.txt", "Some text."))), List.of(), RunSettings.defaults());
        assertThatCode(() -> renderer().render(report, new StringBuilder())).doesNotThrowAnyException();
    }

    @Test
    default void rendersAnEmptyReport() throws IOException {
        Report empty = new Engine(List.of()).run(Corpus.of(List.of()), List.of(), RunSettings.defaults());
        StringBuilder out = new StringBuilder();
        renderer().render(empty, out);
        assertThat(out.toString()).doesNotContain("null");
    }
}
