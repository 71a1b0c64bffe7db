package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.CheckContext.PreferredForm;
import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.engine.RunSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** How the configuration file and the flags combine into the engine's settings. */
class SessionTest {
    @TempDir
    Path dir;

    private RunSettings settings(String... args) {
        CheckCommand command = new CheckCommand(List.of(new TestTypoCheck()), Cli.in(dir).environment());
        new CommandLine(command).parseArgs(args);
        return new Session(command.in, List.of(new TestTypoCheck()), Cli.in(dir).environment())
                .settings(List.of("abc"), Set.of("a.txt"));
    }

    @Test
    void flagsOverrideTheDialectAndAddAcceptedWordsToTheFilesOnes() {
        Cli.write(dir.resolve("copydesk.yml"), "dialect: en-GB", "accept: [Jolani]", "prefer:", "  email: e-mail",
                "checks:", "  test-typo: {severity: error, min-length: 5}");
        RunSettings fromFile = settings("docs");
        assertThat(fromFile.dialect()).isEqualTo(Dialect.EN_GB);
        assertThat(fromFile.acceptedWords()).containsExactly("Jolani");
        assertThat(fromFile.houseStyle()).containsExactly(new PreferredForm("email", List.of("e-mail")));
        assertThat(fromFile.severities()).isEqualTo(Map.of("test-typo", Severity.ERROR));
        assertThat(fromFile.options()).isEqualTo(Map.of("test-typo", Map.of("min-length", "5")));
        assertThat(fromFile.baseline()).containsExactly("abc");
        assertThat(fromFile.reportDocuments()).containsExactly("a.txt");
        RunSettings withFlags = settings("--dialect", "en_us", "--accept", "Idlib", "docs");
        assertThat(withFlags.dialect()).isEqualTo(Dialect.EN_US);
        assertThat(withFlags.acceptedWords()).containsExactlyInAnyOrder("Jolani", "Idlib");
    }
}
