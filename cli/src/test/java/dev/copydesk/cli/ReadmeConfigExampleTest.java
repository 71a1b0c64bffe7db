package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.checks.BuiltInChecks;
import dev.copydesk.core.config.Config;
import dev.copydesk.core.config.ConfigReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "complete example" of a configuration file is one a user can copy: it is read
 * with the built-in checks, as {@code copydesk check} reads it, and says what its comments say.
 */
class ReadmeConfigExampleTest {
    private static final Path README = Path.of("").toAbsolutePath().resolveSibling("README.md");

    @TempDir
    Path dir;

    @Test
    void theReadmesConfigurationExampleIsValidForTheBuiltInChecks() throws Exception {
        Path file = dir.resolve("copydesk.yml");
        Files.writeString(file, example());
        Files.writeString(dir.resolve("house-words.txt"), "# house words\nSednaya\n");

        Config config = new ConfigReader(BuiltInChecks.all().stream().map(Check::info).toList()).read(file);

        assertThat(config.dialect()).isEqualTo(Dialect.EN_GB);
        assertThat(config.checks().get("typo").severity()).contains(Severity.ERROR);
        assertThat(config.checks().get("confusion").enabled()).isFalse();
        assertThat(config.checks().get("duplicate").options()).containsEntry("near-similarity", "0.85");
        assertThat(config.acceptedWords()).contains("Jolani", "Idlib", "Sednaya");
    }

    /** The first YAML block after the heading "Configuration file". */
    private static String example() throws IOException {
        String readme = Files.readString(README);
        int section = readme.indexOf("### Configuration file");
        assertThat(section).as("the README's configuration section").isNotNegative();
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        int end = readme.indexOf("```", start);
        return readme.substring(start, end);
    }
}
