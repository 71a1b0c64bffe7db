package dev.copydesk.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.SourceMap;
import dev.copydesk.core.testing.TestData;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WordPositionsTest {
    private static Block block(String text) {
        return TestData.segmenter().segment(BlockKind.PARAGRAPH, 0, text, SourceMap.NONE, 0);
    }

    private static int indexOf(Block block, String word) {
        return IntStream.range(0, block.words().size()).filter(i -> block.words().get(i).text().equals(word))
                .findFirst().orElseThrow();
    }

    @Test
    void aLowerCaseWordAfterAFullStopStartsASentenceThoughIcuDoesNotBreakThere() {
        Block b = block("The army left. the advance continues.");
        assertThat(WordPositions.of(b).sentenceStart(indexOf(b, "the"))).isTrue();
    }

    @Test
    void aNumberedTwoWordTitleIsTitleLikeButNotATwoWordSentenceOrAName() {
        assertThat(WordPositions.of(block("8.7. Printer Configuration")).titleLike()).isTrue();
        assertThat(WordPositions.of(block("B.3.4. The User Space")).titleLike()).isTrue();
        assertThat(WordPositions.of(block("Printer Configuration.")).titleLike()).isFalse();
        assertThat(WordPositions.of(block("Printer configuration")).titleLike()).isFalse();
        assertThat(WordPositions.of(block("Frederic Udina")).titleLike()).as("a credit is a name, not a title").isFalse();
    }

    @Test
    void theWordsOfATitleQuotedInASentenceAreNeutralButNotThoseOfAnOrdinaryQuotation() {
        Block b = block("See Section 9.2.1.4, “Creating Encrypted Tunnels with Port Forwarding”, and the "
                + "“regime Forces” that \"Port Authority\" named.");
        WordPositions p = WordPositions.of(b);
        assertThat(p.titleLike()).isFalse();
        assertThat(p.neutral(indexOf(b, "Port"))).isTrue();
        assertThat(p.neutral(indexOf(b, "Forwarding"))).isTrue();
        assertThat(p.neutral(indexOf(b, "Authority"))).isTrue();
        assertThat(p.neutral(indexOf(b, "Forces"))).isFalse();
        assertThat(p.neutral(indexOf(b, "Section"))).isFalse();
    }

    @Test
    void everyQuotationOfALongParagraphIsJudgedOnItsOwn() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            text.append(i % 2 == 0 ? "“Port Forwarding” and " : "“regime forces” then ");
        }
        Block b = block(text.toString());
        WordPositions p = WordPositions.of(b);
        assertThat(p.neutral(indexOf(b, "Forwarding"))).isTrue();
        assertThat(p.neutral(indexOf(b, "forces"))).isFalse();
        assertThat(p.neutral(b.words().size() - 2)).as("the last quotation's 'forces'").isFalse();
        assertThat(p.neutral(b.words().size() - 6)).as("the one before, 'Port'").isTrue();
    }

    @Test
    void aWordRightAfterAFullStopWithoutASpaceIsNeutral() {
        Block b = block("closer than ever before.The Syrian army left.");
        assertThat(WordPositions.of(b).neutral(indexOf(b, "The"))).isTrue();
    }

    @Test
    void aSmallLetterRightAfterAFullStopBetweenLettersStartsNoSentenceButIsNeutral() {
        // a file name the tokenizer could not take whole, in the text of an EPUB
        Block b = block("Then see SHA2-256(live-manual.ssm.sst)= ff82 for it.");
        WordPositions p = WordPositions.of(b);
        for (String w : new String[] {"ssm", "sst"}) {
            int i = indexOf(b, w);
            assertThat(p.sentenceStart(i)).as(w).isFalse();
            assertThat(p.neutral(i)).as(w).isTrue();
        }
        // a footnote's label in Markdown starts no sentence either
        Block note = block("[^tz-request]: There was a request to support it.");
        assertThat(WordPositions.of(note).sentenceStart(indexOf(note, "tz-request"))).isFalse();
        // with a space after it, the full stop ends the sentence as ever
        Block slip = block("The army left. the town was quiet.");
        assertThat(WordPositions.of(slip).sentenceStart(indexOf(slip, "the"))).isTrue();
    }

    @Test
    void abbreviationsEllipsesAndQuotationsClosedByTheirOwnMarkDoNotStartASentence() {
        Block b = block("Costs rose, e.g. the fuel, etc. and food. We waited... and waited. “Go!” the officer said.");
        WordPositions p = WordPositions.of(b);
        assertThat(p.sentenceStart(indexOf(b, "the"))).isFalse();
        assertThat(p.sentenceStart(indexOf(b, "and"))).isFalse();
        assertThat(b.words().stream().filter(w -> w.text().equals("the")).count()).isEqualTo(2);
        int officer = indexOf(b, "officer");
        assertThat(p.sentenceStart(officer - 1)).isFalse();
    }

    @Test
    void wordsAfterAColonOrAnOpeningQuoteAreNeutralButDoNotStartASentence() {
        Block b = block("One rule applies: Costs fall. He said, “Damascus waits.”");
        WordPositions p = WordPositions.of(b);
        assertThat(p.neutral(indexOf(b, "Costs"))).isTrue();
        assertThat(p.sentenceStart(indexOf(b, "Costs"))).isFalse();
        assertThat(p.neutral(indexOf(b, "Damascus"))).isTrue();
    }

    @Test
    void aTitleCaseLineIsNeutralThroughout() {
        Block b = block("HTS Rebel Soldiers Celebrated Anarchic Victory in Homs.");
        assertThat(WordPositions.of(b).titleLike()).isTrue();
        assertThat(WordPositions.of(b).neutral(indexOf(b, "Victory"))).isTrue();
        assertThat(WordPositions.of(block("The rebel soldiers celebrated in Homs.")).titleLike()).isFalse();
    }

    @Test
    void quotationsInStraightMarksClosedByTheirOwnMarkDoNotStartASentence() {
        Block b = block("They chanted \"U.S.A.! U.S.A.!\" when a life was saved. They ask, 'What do you do?' he said. "
                + "Her \"Let's Move!\" partnership grew. It ended! \"Then we left.\"");
        WordPositions p = WordPositions.of(b);
        assertThat(p.sentenceStart(indexOf(b, "when"))).isFalse();
        assertThat(p.sentenceStart(indexOf(b, "he"))).isFalse();
        assertThat(p.sentenceStart(indexOf(b, "partnership"))).isFalse();
        assertThat(p.sentenceStart(indexOf(b, "Then"))).as("a straight mark that opens a quotation").isTrue();
    }

    @Test
    void aSpacedEllipsisDoesNotStartASentenceButAFullStopAfterASpaceStillDoes() {
        Block b = block("All men are created equal, . . . endowed with rights. The end . the next one.");
        WordPositions p = WordPositions.of(b);
        assertThat(p.sentenceStart(indexOf(b, "endowed"))).isFalse();
        assertThat(p.sentenceStart(indexOf(b, "the"))).isTrue();
    }

    @Test
    void aWordRightAfterAnOpeningParenthesisOrBracketIsNeutralButStartsNoSentence() {
        Block b = block("I have no more campaigns to run. (responding to members) I won. [applause] Thank you.");
        WordPositions p = WordPositions.of(b);
        assertThat(p.sentenceStart(indexOf(b, "responding"))).isFalse();
        assertThat(p.neutral(indexOf(b, "responding"))).isTrue();
        assertThat(p.sentenceStart(indexOf(b, "applause"))).isFalse();
    }

    @Test
    void aWordRightAfterADashOrAfterPerCentGoesOnWithTheSentence() {
        Block b = block("We ask, not how can we achieve abundance?\u2014but how shall we use it? "
                + "It rose 45 per cent. to the Government. We shall help the U.N. -consider that. It ended. then it began.");
        WordPositions p = WordPositions.of(b);
        assertThat(p.sentenceStart(indexOf(b, "but"))).isFalse();
        assertThat(p.sentenceStart(indexOf(b, "to"))).isFalse();
        assertThat(p.sentenceStart(indexOf(b, "consider"))).isFalse();
        assertThat(p.sentenceStart(indexOf(b, "then"))).isTrue();
    }
}
