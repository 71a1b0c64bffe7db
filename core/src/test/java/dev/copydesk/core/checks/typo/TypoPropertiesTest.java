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
import dev.copydesk.core.testing.RandomText;
import org.junit.jupiter.api.Test;

class TypoPropertiesTest {
    private static final TypoCheck CHECK = new TypoCheck();
    private static final List<Document> NEWS = TestData.load(TestData.news());
    private static final List<Finding> EXPECTED = run(NEWS);

    private static List<Finding> run(List<Document> documents) {
        return CHECK.run(Corpus.of(documents), CheckContext.defaults(CHECK.info()));
    }

    @Test
    void findingsDoNotDependOnTheOrderOfDocuments() {
        assertThat(EXPECTED).isNotEmpty();
        for (long seed = 0; seed < 10; seed++) {
            List<Document> shuffled = new ArrayList<>(NEWS);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(run(shuffled)).as("seed %d", seed).isEqualTo(EXPECTED);
        }
    }

    @Test
    void neverThrowsOnArbitraryText() {
        for (long seed = 0; seed < 200; seed++) {
            String text = RandomText.any(new Random(seed), 200);
            assertThat(CHECK.run(TestData.corpusOf(text), CheckContext.defaults(CHECK.info()))).as("seed %d", seed)
                    .isNotNull();
        }
    }
}
