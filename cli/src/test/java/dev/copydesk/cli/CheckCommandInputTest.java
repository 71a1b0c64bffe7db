package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.testing.BadInputs;
import dev.copydesk.core.testing.TestData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandInputTest {
    @TempDir
    Path dir;

    /** What one run printed: its exit code, stdout, picocli's stderr and the log lines (stderr). */
    record Run(int exitCode, String out, String err, List<String> log) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        PrintStream saved = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            code = cl.execute(args);
        } finally {
            System.setErr(saved);
        }
        List<String> lines = Arrays.stream(log.toString(StandardCharsets.UTF_8).split("\\R"))
                .filter(s -> !s.isBlank()).toList();
        return new Run(code, out.toString(), err.toString(), lines);
    }

    @Test
    void badInputsGiveOneLineEachAndExitThreeWhileTheGoodFileIsChecked() throws Exception {
        Map<String, String> expected = BadInputs.write(dir);
        Run run = run("check", "--format", "json", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_OR_INTERNAL.code());
        assertThat(run.out()).contains("good.txt").contains("\"unreadable\" : " + expected.size());
        List<String> cannotRead = run.log().stream().filter(l -> l.contains(": cannot read: ")).toList();
        assertThat(cannotRead).hasSize(expected.size());
        expected.forEach((name, reason) -> assertThat(cannotRead)
                .anySatisfy(line -> assertThat(line).startsWith(dir.resolve(name) + ": cannot read: " + reason)));
    }

    @Test
    void failureLinesStillShowWithQuiet() throws Exception {
        BadInputs.write(dir);
        Run run = run("check", "-q", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_OR_INTERNAL.code());
        assertThat(run.log()).filteredOn(l -> l.contains(": cannot read: ")).hasSize(5);
    }

    @Test
    void everyGeneratedFormatLoadsWithoutFailure() {
        Run run = run("check", "--format", "json", "--fail-on", "none", TestData.root().resolve("formats").toString());
        assertThat(run.log()).noneMatch(l -> l.contains("cannot read"));
        assertThat(run.exitCode()).isEqualTo(ExitCode.CLEAN.code());
        assertThat(run.out()).contains("article.md", "article.docx", "article.pdf", "article.odt", "article.html");
    }

    @Test
    void filesInAFolderThatAreNotDocumentsArePassedOverInOneLineWithoutFailingTheRun() throws Exception {
        java.nio.file.Files.copy(TestData.news().resolve("001_ca4f9e456fb637fd.txt"), dir.resolve("story.txt"));
        java.nio.file.Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        java.nio.file.Files.writeString(dir.resolve("style.css"), "p { color: red }");
        Run run = run("check", "--format", "json", "--fail-on", "none", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLEAN.code());
        assertThat(run.out()).contains("story.txt").doesNotContain("photo.png", "style.css");
        assertThat(run.log()).containsExactly("passed over 2 files in the folders that are not documents (css 1, png 1);"
                + " name them, or match them with --include, to check them");
    }

    @Test
    void missingPathIsAnInputFailure() {
        Run run = run("check", dir.resolve("nowhere.txt").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_OR_INTERNAL.code());
        assertThat(run.log()).containsExactly(dir.resolve("nowhere.txt") + ": cannot read: no such file or folder");
    }
}
