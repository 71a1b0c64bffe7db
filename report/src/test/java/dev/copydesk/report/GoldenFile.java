package dev.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code src/test/resources/dev/copydesk/report/golden/}.
 * Run with {@code -Dcopydesk.golden.update=true} to rewrite the files, then review the diff.
 */
final class GoldenFile {
    private static final Path DIR = Path.of("src/test/resources/dev/copydesk/report/golden");

    private GoldenFile() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("copydesk.golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s (rewrite with -Dcopydesk.golden.update=true)", file).exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
