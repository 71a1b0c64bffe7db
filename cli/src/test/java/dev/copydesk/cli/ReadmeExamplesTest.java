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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the README shows is what copydesk does: its "complete example" of a configuration file is
 * read with the built-in checks, as {@code copydesk check} reads it, and says what its comments
 * say; and the output it quotes for the first command is the seeds' golden output.
 */
class ReadmeExamplesTest {
    private static final Path README = Path.of("").toAbsolutePath().resolveSibling("README.md");
    private static final Path GOLDEN = Path.of("src/test/resources/dev/copydesk/cli/golden/news-all-checks.txt");

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

    @Test
    void theOutputTheReadmeQuotesForTheFirstCommandIsInTheSeedsGoldenOutput() throws Exception {
        String quoted = block("The first command above prints", "```\n");
        List<String> golden = Files.readAllLines(GOLDEN).stream()
                .map(line -> line.replace("../testdata/news/", "")) // the README shortens the paths
                .toList();
        assertThat(quoted.lines().toList()).hasSizeGreaterThan(5).allSatisfy(line -> assertThat(golden).contains(line));
    }

    /** The first YAML block after the heading "Configuration file". */
    private static String example() throws IOException {
        return block("### Configuration file", "```yaml\n");
    }

    /** The text of the first fenced block that opens with {@code fence} after {@code anchor}. */
    private static String block(String anchor, String fence) throws IOException {
        String readme = Files.readString(README);
        int section = readme.indexOf(anchor);
        assertThat(section).as("the README's '%s'", anchor).isNotNegative();
        int start = readme.indexOf(fence, section) + fence.length();
        int end = readme.indexOf("```", start);
        return readme.substring(start, end);
    }
}
