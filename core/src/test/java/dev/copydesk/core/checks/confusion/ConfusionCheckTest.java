package dev.copydesk.core.checks.confusion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.testing.MarkedText;
import dev.copydesk.core.testing.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionCheckTest {
    private static final ConfusionCheck CHECK = new ConfusionCheck();

    @Test
    void findsEveryMarkedConfusionInTheFixture() {
        MarkedText fixture = MarkedText.resource(getClass(), "positives.txt");
        assertThat(fixture.actual(CHECK, CheckContext.defaults(CHECK.info())))
                .containsExactlyElementsOf(fixture.expected());
    }

    @Test
    void reportsNothingOnHardNegatives() {
        MarkedText fixture = MarkedText.resource(getClass(), "hard-negatives.txt");
        assertThat(CHECK.run(fixture.corpus(), CheckContext.defaults(CHECK.info()))).isEmpty();
    }

    @Test
    void suggestsTheRightPhraseCasedLikeTheText() {
        List<Finding> findings = CHECK.run(TestData.corpusOf("Should of known. They waited with baited breath."),
                CheckContext.defaults(CHECK.info()));
        assertThat(findings).extracting(Finding::firstSuggestion).containsExactly("Should have", "bated breath");
    }

    @Test
    void aParagraphRepeatedInTwoDocumentsIsReportedWhereverItStands() {
        String text = "They waited with baited breath.";
        List<Finding> findings = CHECK.run(TestData.corpusOf(text, "They waited.", text),
                CheckContext.defaults(CHECK.info()));
        assertThat(findings).extracting(f -> f.location().documentId() + " " + f.location().start())
                .containsExactly("doc00.txt 17", "doc02.txt 17");
    }
}
