package dev.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files beside the tests that own them ({@code src/test/resources/dev/copydesk/report/golden}),
 * rewritten only when the build is run with {@code -Dcopydesk.updateGolden=true}; review the diff.
 */
final class Golden {
    private static final Path DIR = Path.of("src", "test", "resources", "dev", "copydesk", "report", "golden");

    private Golden() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("copydesk.updateGolden")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s (run with -Dcopydesk.updateGolden=true to create it)", file).exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
