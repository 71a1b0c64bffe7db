package dev.copydesk.core.checks.typo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.Dialect;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RareWordsTest {
    @Test
    void findsEveryListedWordAndNothingElseSkippingComments() {
        RareWords list = RareWords.parse("# a comment\r\nAbib\r\nfasces\nfrith\npuffery\nz\u00e8ta\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(list.size()).isEqualTo(5);
        assertThat(list.contains("Abib")).isTrue();
        assertThat(list.contains("fasces")).isTrue();
        assertThat(list.contains("puffery")).isTrue();
        assertThat(list.contains("z\u00e8ta")).isTrue();
        assertThat(list.contains("# a comment")).isFalse();
        assertThat(list.contains("abib")).isFalse();
        assertThat(list.contains("fasce")).isFalse();
        assertThat(list.contains("puffer")).isFalse();
        assertThat(list.contains("")).isFalse();
    }

    @Test
    void theShippedEnUsListHasRareWordsButNoneOfTheDictionarysOrCommonSlips() {
        RareWords us = RareWords.of(Dialect.EN_US);
        assertThat(us.size()).isGreaterThan(15_000);
        assertThat(us.contains("puffery")).isTrue();
        assertThat(us.contains("meromorphic")).isTrue();
        assertThat(us.contains("government")).isFalse(); // the dictionary has it
        assertThat(us.contains("goverment")).isFalse();
        assertThat(us.contains("recieve")).isFalse();
        RareWords gb = RareWords.of(Dialect.EN_GB);
        assertThat(gb.size()).isGreaterThan(15_000);
        assertThat(gb.contains("puffery")).isTrue();
        assertThat(gb.contains("color")).isFalse(); // the other dialect's spelling is no rare word
        assertThat(gb.contains("colour")).isFalse(); // the dictionary has it
    }

    @Test
    void theSearchFindsEveryWordOfTheShippedListAndNoneOneLetterLonger() throws Exception {
        RareWords us = RareWords.of(Dialect.EN_US);
        byte[] bytes = dev.copydesk.core.corpus.WordList.bytes(RareWords.class, RareWords.RESOURCE);
        int words = 0;
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            words++;
            assertThat(us.contains(line)).as(line).isTrue();
            assertThat(us.contains(line + "\u00ff")).as(line).isFalse(); // sorts after every word
            assertThat(us.contains(line.substring(1) + "\u0001")).as(line).isFalse();
        }
        assertThat(us.size()).isEqualTo(words);
    }
}
