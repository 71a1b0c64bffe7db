package dev.copydesk.core.checks.variant;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.checks.casing.CasingCheck;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.testing.TestData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class TermChecksRobustnessProperties {
    private static final List<Check> CHECKS = List.of(new CasingCheck(), new VariantCheck());

    @Property(tries = 60)
    void neverThrowOnArbitraryUnicode(@ForAll @Size(max = 4) List<@StringLength(max = 80) String> paragraphs) {
        Corpus corpus = TestData.corpusOf(paragraphs.toArray(String[]::new));
        for (Check check : CHECKS) {
            CheckContext context = new CheckContext(check.info(), Dialect.EN_GB, Set.of(),
                    List.of(new CheckContext.PreferredForm("al-Jolani", List.of())), Map.of());
            assertThatCode(() -> check.run(corpus, context)).doesNotThrowAnyException();
        }
    }
}
