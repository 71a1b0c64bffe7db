package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.testing.Golden;
import dev.copydesk.core.testing.TestData;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole runs of {@code copydesk check} on the seed articles, in each format whose output has no
 * clock in it, against golden files. The path is given relative to the module, as a user would
 * type it, so the golden files do not depend on where the project is cloned.
 */
class SeedRunGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/dev/copydesk/cli/golden");

    private static String seeds() {
        return Path.of("").toAbsolutePath().relativize(TestData.news()).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "github"})
    void matchesTheGoldenFile(String format) throws IOException {
        Cli.Result r = Cli.in(Path.of("").toAbsolutePath()).run("check", "--no-config", "-f", format, seeds());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        Golden.assertMatches(GOLDEN, "news." + format, r.out());
    }

    @Test
    void aGlobOnTheCommandLineNarrowsTheSeedRun() {
        Cli.Result r = Cli.in(Path.of("").toAbsolutePath()).run("check", "--no-config", "--include", "000_*", seeds());
        assertThat(r.out()).endsWith("1 document, 31 blocks, 785 words checked: 0 errors, 1 warning, 0 info\n");
    }
}
