package dev.copydesk.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.SourceMap;
import dev.copydesk.core.model.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private final Segmenter segmenter = Segmenter.english();

    private List<String> sentences(String text) {
        Block b = segmenter.segment(BlockKind.PARAGRAPH, 0, text, SourceMap.NONE, 0);
        return b.sentences().stream().map(b::sentenceText).toList();
    }

    @Test
    void theQuickNfcTestPassesOnlyCharactersIcuCallsStableAndNonCombining() {
        com.ibm.icu.text.Normalizer2 nfc = com.ibm.icu.text.Normalizer2.getNFCInstance();
        int passed = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c) || !Segmenter.surelyNfc(String.valueOf(c))) {
                continue;
            }
            passed++;
            assertThat(nfc.getCombiningClass(c)).as("U+%04X", (int) c).isZero();
            assertThat(nfc.quickCheck(String.valueOf(c))).as("U+%04X", (int) c)
                    .isEqualTo(com.ibm.icu.text.Normalizer.YES);
        }
        assertThat(passed).isEqualTo(0x300 + 7);
        assertThat(Segmenter.surelyNfc("cafe\u0301")).isFalse(); // a combining accent: ICU decides
    }

    @Test
    void aDecomposedAccentIsComposedInTheBlockText() {
        Block block = Segmenter.english().segment(BlockKind.PARAGRAPH, 0, "Un cafe\u0301 \u201cnoir\u201d.",
                SourceMap.NONE, 0);
        assertThat(block.text()).isEqualTo("Un caf\u00e9 \u201cnoir\u201d.");
    }

    @Test
    void noSentenceEndsInsideCodeBetweenBackticks() {
        assertThat(sentences("Then run `java -cp lib/x.jar Main ... Done. Next` as each section says. It works."))
                .containsExactly("Then run `java -cp lib/x.jar Main ... Done. Next` as each section says.", "It works.");
        assertThat(sentences("A stray ` tick. Then more.")).containsExactly("A stray ` tick.", "Then more.");
        assertThat(sentences("Three ``` ticks. Then `` two. And more.")) // no span opens inside the run of three
                .containsExactly("Three ``` ticks.", "Then `` two.", "And more.");
    }

    @Test
    void noSentenceEndsInsideAnAddressWithAScheme() {
        assertThat(sentences("Look at [https://bugs.launchpad.net/ubuntu/+bugs?field.tag=bitesize] in Launchpad. Then pick one."))
                .containsExactly("Look at [https://bugs.launchpad.net/ubuntu/+bugs?field.tag=bitesize] in Launchpad.",
                        "Then pick one.");
        // a question mark with no address before it still ends a sentence, space or not
        assertThat(sentences("Is it bugs?Then pick one.")).containsExactly("Is it bugs?", "Then pick one.");
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        assertThat(sentences("Dr. Sarah Jones spoke to Gen. Smith in the U.S. capital. Then she left."))
                .containsExactly("Dr. Sarah Jones spoke to Gen. Smith in the U.S. capital.", "Then she left.");
    }

    @Test
    void threadsSharingOneSegmenterSplitEachBlockAsOneThreadAlone() throws Exception {
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            texts.add("Block " + i + ". Dr. Jones met Gen. Smith in the U.S. capital" + ".".repeat(i % 3)
                    + " Then " + "she left ".repeat(i % 7) + "at " + i + " p.m. on Friday! Did she?");
        }
        List<List<String>> alone = texts.stream().map(this::sentences).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<String>>> shared = new java.util.ArrayList<>();
            for (String t : texts) {
                shared.add(pool.submit(() -> sentences(t)));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(shared.get(i).get()).as(texts.get(i)).isEqualTo(alone.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void marksTheFirstWordOfEachSentence() {
        Block b = segmenter.segment(BlockKind.PARAGRAPH, 0, "“Our forces won,” he said. The advance continues.",
                SourceMap.NONE, 0);
        assertThat(b.words().stream().filter(Word::sentenceStart).map(Word::text)).containsExactly("Our", "The");
        assertThat(b.words().get(b.words().size() - 1).sentence()).isEqualTo(1);
    }

    @Test
    void equalWordsOfDifferentBlocksShareOneStringAndKeepTheirOwnSpans() {
        Block first = segmenter.segment(BlockKind.PARAGRAPH, 0, "Syrian forces left Aleppo.", SourceMap.NONE, 0);
        Block second = segmenter.segment(BlockKind.PARAGRAPH, 1, "Then Syrian troops returned.", SourceMap.NONE, 0);

        Word a = first.words().get(0);
        Word b = second.words().get(1);
        assertThat(b.text()).isSameAs(a.text()).isEqualTo("Syrian");
        assertThat(second.text().substring(b.start(), b.end())).isEqualTo("Syrian");
        assertThat(second.words().get(2).text()).isEqualTo("troops");
    }

    @Test
    void blocksOfEqualTextShareOneSegmentationAndKeepTheirOwnPlace() {
        String text = "Syrian forces left Aleppo. Then they returned.";
        SourceMap elsewhere = new SourceMap.Builder().segment(0, 120, 7, 1).build();
        Block first = segmenter.segment(BlockKind.PARAGRAPH, 0, text, SourceMap.NONE, 0);
        Block second = segmenter.segment(BlockKind.HEADING, 4, new String(text.toCharArray()), elsewhere, 2);

        assertThat(second.words()).isSameAs(first.words());
        assertThat(second.sentences()).isSameAs(first.sentences()).hasSize(2);
        assertThat(second.text()).isSameAs(first.text());
        assertThat(List.of(second.kind(), second.index(), second.source(), second.page()))
                .containsExactly(BlockKind.HEADING, 4, elsewhere, 2);
        Block other = segmenter.segment(BlockKind.PARAGRAPH, 0, text + " ", SourceMap.NONE, 0);
        assertThat(other.words()).isNotSameAs(first.words()).isEqualTo(first.words());
        Block afresh = segmenter.withoutSharing().segment(BlockKind.PARAGRAPH, 0, text, SourceMap.NONE, 0);
        assertThat(afresh.words()).isNotSameAs(first.words()).isEqualTo(first.words());
        assertThat(afresh.sentences()).isNotSameAs(first.sentences()).isEqualTo(first.sentences());
    }

    @Test
    void stopsKeepingSegmentationsOnceTheFirstBlocksShowTextsDoNotRepeat() {
        Segmenter fresh = Segmenter.english();
        for (int i = 0; i <= Segmenter.TRIAL; i++) {
            fresh.segment(BlockKind.PARAGRAPH, i, "Paragraph number " + i + " says little.", SourceMap.NONE, 0);
        }
        assertThat(fresh.sharing()).isFalse();
        Block a = fresh.segment(BlockKind.PARAGRAPH, 0, "The same words again.", SourceMap.NONE, 0);
        Block b = fresh.segment(BlockKind.PARAGRAPH, 1, "The same words again.", SourceMap.NONE, 0);
        assertThat(b.words()).isNotSameAs(a.words()).isEqualTo(a.words());
    }

    @Test
    void keepsThemWhileTextsRepeat() {
        Segmenter repeating = Segmenter.english();
        for (int i = 0; i <= 2 * Segmenter.TRIAL; i++) {
            repeating.segment(BlockKind.PARAGRAPH, i, "Paragraph number " + i % 100 + " says little.", SourceMap.NONE, 0);
        }
        assertThat(repeating.sharing()).isTrue();
        Block a = repeating.segment(BlockKind.PARAGRAPH, 0, "Paragraph number 7 says little.", SourceMap.NONE, 0);
        Block b = repeating.segment(BlockKind.PARAGRAPH, 1, "Paragraph number 7 says little.", SourceMap.NONE, 0);
        assertThat(b.words()).isSameAs(a.words());
    }

    @Test
    void normalisesToNfc() {
        Block b = segmenter.segment(BlockKind.PARAGRAPH, 0, "Cafe\u0301 society", SourceMap.NONE, 0);
        assertThat(b.text()).isEqualTo("Caf\u00e9 society");
        assertThat(b.words().get(0).text()).isEqualTo("Caf\u00e9");
    }

    @Test
    void handlesEmptyAndWhitespaceOnlyText() {
        assertThat(segmenter.segment(BlockKind.PARAGRAPH, 0, "", SourceMap.NONE, 0).words()).isEmpty();
        assertThat(segmenter.segment(BlockKind.PARAGRAPH, 0, "   ", SourceMap.NONE, 0).sentences()).isEmpty();
    }
}
