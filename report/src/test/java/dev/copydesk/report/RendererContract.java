package dev.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.engine.DocumentSummary;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.testing.Golden;
import dev.copydesk.core.testing.TestData;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What every renderer promises; each renderer's test implements this interface and inherits the tests. */
interface RendererContract {
    /** The renderer under test. */
    Renderer renderer();

    /** The golden file of the fixture report. */
    String goldenName();

    default String render(Report report) throws IOException {
        StringBuilder out = new StringBuilder();
        renderer().render(report, out);
        return out.toString();
    }

    @Test
    default void rendersTheFixtureReportAsItsGoldenFile() throws IOException {
        Golden.assertMatches(SampleReport.GOLDEN, goldenName(), render(ReportFixture.report()));
    }

    @Test
    default void givesTheSameCharactersForTheSameReport() throws IOException {
        Report report = ReportFixture.report();
        assertThat(render(report)).isEqualTo(render(ReportFixture.report()));
    }

    @Test
    default void rendersAnEmptyReport() {
        Report empty = new Report(List.of(), List.of(), List.of(), List.of(), 0, 0, List.of());
        assertThatCode(() -> render(empty)).doesNotThrowAnyException();
    }

    @Test
    default void neverThrowsOnArbitraryUnicode() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            String text = randomText(random);
            Document doc = TestData.document("odd-" + round + randomText(random) + ".txt", text, randomText(random));
            String blockText = doc.blocks().get(0).text();
            Location where = Location.of(doc, doc.blocks().get(0), 0, Math.min(3, blockText.length()));
            Finding f = new Finding("odd-check", Severity.values()[round % 3], 0.5, where, randomText(random),
                    randomText(random), List.of(randomText(random)), List.of(), round % 2 == 0 ? Evidence.NONE
                    : new Evidence.InContext(blockText, 0, Math.min(2, blockText.length()), round), randomText(random));
            Report report = new Report(List.of(new CheckInfo("odd-check", randomText(random), Severity.INFO,
                    List.of())), List.of(new DocumentSummary(doc.id(), "text", 2, doc.wordCount())), List.of(f),
                    List.of(), 0, 0, List.of(doc));
            assertThat(render(report)).isNotEmpty();
        }
    }

    /** Text with controls, surrogate pairs, lone surrogates, bidi marks, markup and quotes. */
    private static String randomText(Random random) {
        String[] pieces = {"<", ">", "&", "\"", "'", "`", "${x}", "\u0000", "\u001b", "\u2028", "\u202e", "\ud83d\ude00",
            "\ud800", "\udfff", "\ufeff", "\u00ad", "é", "ﬁ", " ", "\n", "\t", "</script>", "-->", "word", "\\"};
        StringBuilder b = new StringBuilder("a");
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b.toString();
    }
}
