package dev.copydesk.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a user writes, reading it gives a configuration or a positioned error, never a crash. */
class ConfigReaderProperties {
    private static final Path FILE = Path.of("copydesk.yml");

    @Property(tries = 300)
    void arbitraryTextGivesAConfigOrAConfigException(@ForAll("yamlish") String text) {
        try {
            assertThat(new ConfigReader(ConfigReaderTest.CHECKS).parse(text, FILE)).isNotNull();
        } catch (ConfigException e) {
            assertThat(e.getMessage()).startsWith(FILE.toString()).doesNotContain("\n");
        }
    }

    @Provide
    Arbitrary<String> yamlish() {
        Arbitrary<String> pieces = Arbitraries.of("checks:", "\n", "  ", "typo:", " off", " error", "- ", "[", "]",
                "{", "}", ",", "accept:", "prefer:", " email: e-mail", "dialect: en-GB", "include: ", "\"[a-\"",
                "similarity: 0.9", "near-duplicate:", "min-words: x", "&a ", "*a", "!!binary ", "? ", "#", "'", "\t",
                "---\n", "~", "\u0000", "é");
        return Arbitraries.oneOf(pieces.list().ofMaxSize(40).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(200));
    }
}
