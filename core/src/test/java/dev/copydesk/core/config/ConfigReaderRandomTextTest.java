package dev.copydesk.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.testing.RandomText;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever a user writes, reading it gives a configuration or a positioned error, never a crash. */
class ConfigReaderRandomTextTest {
    private static final Path FILE = Path.of("copydesk.yml");
    private static final List<String> PIECES = List.of("checks:", "\n", "  ", "typo:", " off", " error", "- ", "[",
            "]", "{", "}", ",", "accept:", "prefer:", " email: e-mail", "dialect: en-GB", "include: ", "\"[a-\"",
            "similarity: 0.9", "near-duplicate:", "min-words: x", "&a ", "*a", "!!binary ", "? ", "#", "'", "\t",
            "---\n", "~", "\u0000", "é");

    @Test
    void arbitraryTextGivesAConfigOrAConfigException() {
        for (long seed = 0; seed < 300; seed++) {
            String text = yamlish(new Random(seed));
            try {
                assertThat(new ConfigReader(ConfigReaderTest.CHECKS).parse(text, FILE)).as("seed %d: %s", seed, text)
                        .isNotNull();
            } catch (ConfigException e) {
                assertThat(e.getMessage()).as("seed %d: %s", seed, text).startsWith(FILE.toString())
                        .doesNotContain("\n");
            }
        }
    }

    /** Pieces of YAML and of this configuration strung together, or arbitrary text. */
    private static String yamlish(Random random) {
        if (random.nextBoolean()) {
            return RandomText.any(random, 200);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(41); i > 0; i--) {
            sb.append(RandomText.oneOf(random, PIECES));
        }
        return sb.toString();
    }
}
