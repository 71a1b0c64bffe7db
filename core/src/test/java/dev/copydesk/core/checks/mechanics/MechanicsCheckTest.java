package dev.copydesk.core.checks.mechanics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.testing.MarkedText;
import dev.copydesk.core.testing.NewsLabels;
import dev.copydesk.core.testing.RandomText;
import dev.copydesk.core.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MechanicsCheckTest {
    private static final MechanicsCheck CHECK = new MechanicsCheck();

    private static List<Finding> run(Corpus corpus) {
        return CHECK.run(corpus, CheckContext.defaults(CHECK.info()));
    }

    @Test
    void findsEveryLabelledSlipInNewsWithItsSuggestionAndNothingElse() {
        List<Finding> findings = run(TestData.newsCorpus());
        List<NewsLabels.Label> labels = NewsLabels.read("mechanics.tsv", "mechanics");
        for (NewsLabels.Label label : labels) {
            assertThat(findings.stream().filter(label::matches).toList()).as("labelled %s", label)
                    .singleElement().satisfies(f -> assertThat(f.firstSuggestion()).isEqualTo(label.suggestion()));
        }
        assertThat(findings).as("findings beyond the labels")
                .allMatch(f -> labels.stream().anyMatch(l -> l.matches(f)));
    }

    @Test
    void findsEveryMarkedSlipInTheFixture() {
        MarkedText fixture = MarkedText.resource(getClass(), "positives.txt");
        assertThat(fixture.actual(CHECK, CheckContext.defaults(CHECK.info())))
                .containsExactlyElementsOf(fixture.expected());
    }

    @Test
    void reportsNothingOnDecimalsAbbreviationsTimesUrlsEllipsesAndGrammaticalDoubles() {
        MarkedText fixture = MarkedText.resource(getClass(), "hard-negatives.txt");
        Corpus oneDocument = Corpus.of(List.of(TestData.document("d.txt",
                fixture.paragraphs().toArray(String[]::new))));
        assertThat(run(oneDocument)).isEmpty();
    }

    @Test
    void aColonBeforeACapitalIsStillAMissingSpace() {
        assertThat(run(TestData.corpusOf("Note:This matters, unlike node:crypto.")))
                .extracting(Finding::subject).containsExactly("Note:This");
    }

    @Test
    void theSemicolonOfACharacterReferenceWrittenOutAsTextIsNoMissingSpace() {
        assertThat(run(TestData.corpusOf("Live Systems Projekt &lt;debian-live@lists.debian.org&gt; wrote it.",
                "Tom &amp;Jerry left;then came back.")))
                .extracting(Finding::subject).containsExactly("left;then");
    }

    @Test
    void aDoubleIsStillASlipNextToAThirdWordOrBeforeANameAfterAnArticle() {
        assertThat(run(TestData.corpusOf("They left the the city.", "Call one two six six.",
                "It was in the The Smashing Pumpkins article.")))
                .extracting(Finding::subject).containsExactly("the the", "six six", "the The");
    }

    @Test
    void aShortBlockAfterALongOneIsScannedAloneThoughTheyShareOneBuffer() {
        // the long block leaves a comma without a space and an opening quotation mark past the
        // short block's end in the buffer the two share; the short block must not see them
        String longer = "Fine words, all spaced well, and then an ending that opens “quotes,and so on";
        String shorter = "Short,too.";
        List<String> together = run(Corpus.of(List.of(TestData.document("d.txt", longer, shorter))))
                .stream().map(Finding::subject).toList();
        List<String> apart = new ArrayList<>();
        for (String text : List.of(longer, shorter)) {
            run(Corpus.of(List.of(TestData.document("d.txt", text)))).forEach(f -> apart.add(f.subject()));
        }
        assertThat(together).contains("Short,too").containsExactlyInAnyOrderElementsOf(apart);
    }

    @Test
    void aParagraphRepeatedInTwoDocumentsIsReportedWhereverItStands() {
        String text = "They left before.The army came.";
        assertThat(run(TestData.corpusOf(text, "Nothing here.", text)))
                .extracting(f -> f.location().documentId() + " " + f.subject())
                .containsExactly("doc00.txt before.The", "doc02.txt before.The");
    }

    @Test
    void aRepeatedParagraphLeavingAQuoteOpenIsUnclosedOnlyWhereTheNextDoesNotOpenOneAgain() {
        String open = "\u201CWe will stay, he said, and we will not leave.";
        Corpus corpus = Corpus.of(List.of(
                TestData.document("a.txt", open, "\u201CAnd we will fight.\u201D"),
                TestData.document("b.txt", open, "Nothing more was said."),
                TestData.document("c.txt", open, "\u201CNot today.\u201D")));
        assertThat(run(corpus)).extracting(f -> f.location().documentId() + " " + f.message())
                .containsExactly("b.txt Quotation mark opened but not closed in the paragraph");
    }

    @Test
    void quotationMarksThatAllFaceOneWrongWayInADocumentAreItsStyleReportedOnceAndASlipAmongRightOnesIsStillASlip() {
        List<String> swedish = new ArrayList<>();
        for (int i = 0; i < MechanicsCheck.QUOTE_HABIT; i++) {
            swedish.add("Set the \u201D$VAR" + i + "\u201D variable, she said.");
        }
        List<String> english = new ArrayList<>();
        for (int i = 0; i < MechanicsCheck.QUOTE_HABIT; i++) {
            english.add("He said \u201Cyes\u201D and \u201Cno\u201D, then \u201Dmaybe" + i + "\u201D.");
        }
        Corpus corpus = Corpus.of(List.of(TestData.document("sv.txt", swedish.toArray(String[]::new)),
                TestData.document("en.txt", english.toArray(String[]::new))));
        List<Finding> findings = run(corpus);
        assertThat(findings).filteredOn(f -> f.location().documentId().equals("sv.txt")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).startsWith("Quotations open with '\u201D' 10 times in this document");
                    assertThat(f.related()).hasSize(MechanicsCheck.QUOTE_HABIT - 1);
                });
        assertThat(findings).filteredOn(f -> f.location().documentId().equals("en.txt"))
                .hasSize(MechanicsCheck.QUOTE_HABIT).allMatch(f -> f.severity() == Severity.WARNING);
    }

    @Test
    void theMarkTestAgreesWithTheListOfMarksForEveryChar() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(PunctuationSpacing.isMark(c)).as("U+%04X", (int) c)
                    .isEqualTo(PunctuationSpacing.MARKS.indexOf(c) >= 0);
        }
    }

    @Test
    void suggestsTheFixForEachKindOfSlip() {
        List<Finding> findings = run(TestData.corpusOf(
                "They left the the city.", "Rebels advanced before.The army left.", "He spoke , then left."));
        assertThat(findings).extracting(Finding::firstSuggestion).containsExactly("the", "before. The", ",");
    }

    @Test
    void evidenceShowsTheSlipInItsSentence() {
        Finding f = run(TestData.corpusOf("It rained. They left the the city.")).get(0);
        assertThat(f.evidence()).isInstanceOfSatisfying(Evidence.InContext.class,
                c -> assertThat(c.sentence().substring(c.start(), c.end())).isEqualTo("the the"));
        assertThat(f.key()).startsWith("doubled-word:").doesNotContainPattern("\\d");
    }

    @Test
    void neverThrowsOnArbitraryText() {
        for (long seed = 0; seed < 200; seed++) {
            String text = RandomText.any(new Random(seed), 200);
            assertThat(run(TestData.corpusOf(text))).as("seed %d", seed).isNotNull();
        }
    }
}
