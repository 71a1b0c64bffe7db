package dev.copydesk.core.checks.casing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.testing.TestData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CasingOrderTest {
    private static final List<Document> NEWS = TestData.load(TestData.news());
    private final CasingCheck check = new CasingCheck();

    @Test
    void documentOrderNeverChangesTheFindings() {
        List<String> expected = summary(Corpus.of(NEWS));
        assertThat(expected).isNotEmpty();
        for (long seed = 0; seed < 20; seed++) {
            List<Document> shuffled = new ArrayList<>(NEWS);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(summary(Corpus.of(shuffled))).as("seed %d", seed).isEqualTo(expected);
        }
    }

    private List<String> summary(Corpus corpus) {
        return check.run(corpus, CheckContext.defaults(check.info())).stream()
                .map(f -> f.location().documentId() + ":" + f.location().blockIndex() + " " + f.message())
                .sorted().toList();
    }
}
