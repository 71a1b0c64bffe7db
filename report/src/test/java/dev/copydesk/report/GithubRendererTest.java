package dev.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.testing.Golden;
import java.io.IOException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GithubRendererTest implements FindingRendererContract {
    /**
     * A workflow command as the Actions runner parses it: {@code ::name key=value,...::message}, where
     * property values carry no raw {@code ,} {@code :} CR or LF and the message no raw CR or LF.
     */
    private static final Pattern COMMAND = Pattern.compile(
            "::(error|warning|notice) file=[^,:\\r\\n]+(,line=[1-9]\\d*,col=[1-9]\\d*(,endLine=[1-9]\\d*,endColumn=[1-9]\\d*)?)?"
                    + ",title=[^,:\\r\\n]+::[^\\r\\n]*");

    @Override
    public Renderer renderer() {
        return new GithubRenderer();
    }

    @Test
    void writesOneWorkflowCommandPerFindingMatchingTheGoldenFile() throws IOException {
        StringBuilder out = new StringBuilder();
        new GithubRenderer().render(SampleReport.build(), out);
        Golden.assertMatches(SampleReport.GOLDEN, "github.txt", out.toString());
    }

    @Test
    void everyLineIsAValidWorkflowCommand() throws IOException {
        StringBuilder out = new StringBuilder();
        new GithubRenderer().render(SampleReport.build(), out);
        assertThat(out.toString().lines()).hasSize(4).allMatch(l -> COMMAND.matcher(l).matches(), "a workflow command");
    }

    @Test
    void mapsSeveritiesToErrorWarningAndNotice() throws IOException {
        StringBuilder out = new StringBuilder();
        new GithubRenderer().render(SampleReport.build(), out);
        assertThat(out.toString().lines().map(l -> l.substring(2, l.indexOf(' '))))
                .containsExactly("warning", "notice", "error", "error");
    }

    @Test
    void escapesPercentAndLineBreaksInMessagesAndAlsoColonAndCommaInProperties() {
        assertThat(GithubRenderer.data("100% a:b,c\r\nd")).isEqualTo("100%25 a:b,c%0D%0Ad");
        assertThat(GithubRenderer.property("100% a:b,c\r\nd")).isEqualTo("100%25 a%3Ab%2Cc%0D%0Ad");
    }

    @Test
    void escapingIsReversibleAsTheRunnerUnescapesIt() {
        String original = "50%25 is not %0A, nor : a newline\n";
        String unescaped = GithubRenderer.property(original).replace("%0D", "\r").replace("%0A", "\n")
                .replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
        assertThat(unescaped).isEqualTo(original);
    }
}
