package dev.copydesk.core.checks.typo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.testing.TestData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class TypoPropertiesTest {
    private static final TypoCheck CHECK = new TypoCheck();
    private static final List<Document> NEWS = TestData.load(TestData.news());
    private static final List<Finding> EXPECTED = run(NEWS);

    private static List<Finding> run(List<Document> documents) {
        return CHECK.run(Corpus.of(documents), CheckContext.defaults(CHECK.info()));
    }

    @Property(tries = 10)
    void findingsDoNotDependOnTheOrderOfDocuments(@ForAll long seed) {
        List<Document> shuffled = new ArrayList<>(NEWS);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(run(shuffled)).isEqualTo(EXPECTED);
    }

    @Property(tries = 200)
    void neverThrowsOnArbitraryText(@ForAll String text) {
        assertThat(CHECK.run(TestData.corpusOf(text), CheckContext.defaults(CHECK.info()))).isNotNull();
    }
}
