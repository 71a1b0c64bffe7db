package dev.copydesk.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.checks.typo.TypoCheck;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordListTest {
    @Test
    void readsAResourceWhole_asItsStreamWouldGiveIt_andNullWhenThereIsNone() throws IOException {
        // a large binary resource and a text one, from the class output folder
        for (String resource : List.of("sound-index-en-US.bin", "common-misspellings.tsv", "extra-words.txt")) {
            byte[] expected;
            try (InputStream in = TypoCheck.class.getResourceAsStream(resource)) {
                expected = in.readAllBytes();
            }
            assertThat(WordList.bytes(TypoCheck.class, resource)).as(resource).hasSizeGreaterThan(10)
                    .isEqualTo(expected);
        }
        assertThat(WordList.bytes(TypoCheck.class, "no-such-file.tsv")).isNull();
    }
}
