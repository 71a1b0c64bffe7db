package dev.copydesk.core.checks.variant;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.checks.casing.CasingCheck;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.testing.RandomText;
import dev.copydesk.core.testing.TestData;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermChecksRobustnessTest {
    private static final List<Check> CHECKS = List.of(new CasingCheck(), new VariantCheck());

    @Test
    void neverThrowOnArbitraryUnicode() {
        for (long seed = 0; seed < 60; seed++) {
            Random random = new Random(seed);
            String[] paragraphs = new String[random.nextInt(5)];
            for (int i = 0; i < paragraphs.length; i++) {
                paragraphs[i] = RandomText.any(random, 80);
            }
            Corpus corpus = TestData.corpusOf(paragraphs);
            for (Check check : CHECKS) {
                CheckContext context = new CheckContext(check.info(), Dialect.EN_GB, Set.of(),
                        List.of(new CheckContext.PreferredForm("al-Jolani", List.of())), Map.of());
                assertThatCode(() -> check.run(corpus, context)).as("seed %d, %s", seed, check.info().id())
                        .doesNotThrowAnyException();
            }
        }
    }
}
