package dev.copydesk.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.testing.TestData;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
    @Test
    void collectsEveryCasingOfARepeatedNameIncludingALowerCasedWordInside() {
        PhraseIndex.Phrase sohr = TestData.newsCorpus().phrases().phrase("syrian observatory for human rights");
        assertThat(sohr).isNotNull();
        assertThat(sohr.words()).isEqualTo(5);
        assertThat(sohr.forms()).containsOnlyKeys("Syrian Observatory for Human Rights",
                "Syrian Observatory for Human rights");
        assertThat(sohr.forms().get("Syrian Observatory for Human Rights").count()).isEqualTo(4);
    }

    @Test
    void aNameSeenOnceIsAPhraseAndEveryRunIsAMention() {
        Corpus corpus = TestData.corpusOf("Turkish President Recep Tayyip Erdogan spoke. Rebels cheered.");
        assertThat(corpus.phrases().phrases()).extracting(PhraseIndex.Phrase::key)
                .containsExactly("turkish president recep tayyip erdogan");
        assertThat(corpus.phrases().names()).containsKeys("Turkish President Recep Tayyip Erdogan", "Rebels");
    }

    @Test
    void andAndLeadingMinorWordsDoNotJoinNames() {
        Corpus corpus = TestData.corpusOf("In Hama and the Czech Republic, the Bank of England and the Centre for "
                + "the Study of War spoke.");
        assertThat(corpus.phrases().names()).containsKeys("Hama", "Czech Republic", "Bank of England",
                "Centre for the Study of War");
    }

    @Test
    void aPossessiveOrPunctuationEndsAName() {
        Corpus corpus = TestData.corpusOf("The mayor of Iraq’s Al-Qaim border town, Turki Al-Mahlawi, spoke.");
        assertThat(corpus.phrases().names()).containsKeys("Iraq’s", "Al-Qaim", "Turki Al-Mahlawi");
    }

    @Test
    void aParagraphRepeatedInTwoDocumentsGivesEveryMentionInEachPlace() {
        String text = "Officials said the Syrian Observatory for Human rights and the Syrian Observatory for "
                + "Human Rights had counted them.";
        Corpus corpus = Corpus.of(List.of(TestData.document("a.txt", "Nothing here.", text),
                TestData.document("b.txt", text),
                TestData.document("c.txt", "Syrian Observatory for Human Rights Report")));
        PhraseIndex.Phrase sohr = corpus.phrases().phrase("syrian observatory for human rights");
        assertThat(sohr.forms()).containsOnlyKeys("Syrian Observatory for Human Rights",
                "Syrian Observatory for Human rights");
        TermIndex.Form lower = sohr.forms().get("Syrian Observatory for Human rights");
        assertThat(LongStream.of(lower.occurrences()).mapToObj(o -> Occurrence.document(o) + ":"
                + Occurrence.block(o) + ":" + Occurrence.word(o)))
                .containsExactly("0:1:3", "1:0:3");
        assertThat(sohr.forms().get("Syrian Observatory for Human Rights").count()).isEqualTo(2);
        assertThat(corpus.phrases().names().get("Syrian Observatory for Human").count()).isEqualTo(2);
    }

    @Test
    void headingsGiveNoNames() {
        Corpus corpus = Corpus.of(TestData.load(TestData.news()));
        assertThat(corpus.phrases().names()).doesNotContainKey("Rebel Advance Tightens Grip on Damascus");
    }

    @Test
    void theTermIndexCountsSentenceStartsAndTitleLinesAsNeutral() {
        TermIndex.Term rebel = TestData.newsCorpus().terms().term("rebel");
        assertThat(rebel.forms().get("Rebel").casingEvidence()).isZero();
    }
}
