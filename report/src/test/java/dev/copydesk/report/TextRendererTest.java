package dev.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.engine.Report;
import dev.copydesk.core.testing.Golden;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class TextRendererTest implements FindingRendererContract {
    @Override
    public Renderer renderer() {
        return new TextRenderer();
    }

    @Test
    void writesOneLinePerFindingAndASummaryMatchingTheGoldenFile() throws IOException {
        StringBuilder out = new StringBuilder();
        new TextRenderer().render(SampleReport.build(), out);
        Golden.assertMatches(SampleReport.GOLDEN, "text.txt", out.toString());
    }

    @Test
    void colouredTextDiffersFromPlainTextOnlyByAnsiEscapes() throws IOException {
        Report report = SampleReport.build();
        StringBuilder plain = new StringBuilder();
        StringBuilder coloured = new StringBuilder();
        new TextRenderer().render(report, plain);
        TextRenderer.coloured().render(report, coloured);
        assertThat(coloured.toString()).contains("\u001b[33mwarning\u001b[0m", "\u001b[31merror\u001b[0m");
        assertThat(coloured.toString().replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain.toString());
        assertThat(plain.toString()).doesNotContain("\u001b");
    }

    @Test
    void replacesControlCharactersSoAMessageCannotForgeTerminalOutput() {
        assertThat(TextRenderer.oneLine("a\u001b[31mb\nc\rd")).isEqualTo("a [31mb c d");
    }
}
