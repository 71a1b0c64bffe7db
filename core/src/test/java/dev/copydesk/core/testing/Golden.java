package dev.copydesk.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file kept next to the tests (a folder under the module's
 * {@code src/test/resources}). Run the tests with {@code -Dcopydesk.golden.update=true} to rewrite
 * the files, then review the diff before committing it.
 */
public final class Golden {
    private Golden() {
    }

    /** Asserts that {@code actual} equals the golden file {@code folder/name} (rewriting it first if asked). */
    public static void assertMatches(Path folder, String name, String actual) throws IOException {
        Path file = folder.resolve(name);
        if (Boolean.getBoolean("copydesk.golden.update")) {
            Files.createDirectories(folder);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s (rewrite with -Dcopydesk.golden.update=true)", file).exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
