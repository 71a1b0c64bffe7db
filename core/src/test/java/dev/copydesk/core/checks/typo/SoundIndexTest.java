package dev.copydesk.core.checks.typo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.Dialect;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SoundIndexTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theIndexTheBuildShipsIsTheOneTheDictionaryGives(Dialect dialect) {
        Map<String, List<String>> shipped = SoundIndex.shipped(dialect);
        assertThat(shipped).as("resource %s made by the build (core/pom.xml, process-classes)",
                SoundIndex.resourceName(dialect)).isNotNull();
        assertThat(shipped).isEqualTo(SpellingDictionary.load(dialect).computeSoundIndex());
        assertThat(shipped.values().stream().flatMap(List::stream)).contains("occasionally");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void writingAndReadingGivesTheSameIndexAndTheSameBytes(Dialect dialect) throws IOException {
        Map<String, List<String>> index = Map.of("FNTK", List.of("phonetic", "fonetic"), "A", List.of("a"));
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        SoundIndex.write(index, first);
        Map<String, List<String>> read = SoundIndex.read(first.toByteArray());
        assertThat(read).isEqualTo(index);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        SoundIndex.write(read, second);
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    }
}
