package dev.copydesk.core.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.checks.confusion.ConfusionCheck;
import dev.copydesk.core.checks.mechanics.MechanicsCheck;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.PhraseIndex;
import dev.copydesk.core.corpus.TermIndex;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * What the checks and indexes work out once for a block text that the corpus repeats must be what
 * they work out for that text alone: the seeds, checked alone (few texts repeated) and beside a
 * copy of themselves (every text repeated), must give the same per-document findings, and an index
 * of the pair must count every mention twice.
 */
class RepeatedTextTest {
    private static final List<Document> SEEDS = TestData.load(TestData.news());

    /** The seeds and, under other ids, the same documents again. */
    private static List<Document> seedsTwice() {
        List<Document> twice = new ArrayList<>(SEEDS);
        for (Document d : SEEDS) {
            twice.add(new Document("zz-copy/" + d.id(), d.format(), d.blocks(), d.suppressions()));
        }
        return twice;
    }

    @Test
    void perDocumentChecksFindTheSameInADocumentWhetherOrNotTheCorpusRepeatsIt() {
        Corpus alone = Corpus.of(SEEDS);
        Corpus twice = Corpus.of(seedsTwice());
        assertThat(twice.documents()).allSatisfy(d -> assertThat(d.blocks()).allMatch(twice::repeated));
        for (Check check : List.of(new MechanicsCheck(), new ConfusionCheck())) {
            List<Finding> once = check.run(alone, CheckContext.defaults(check.info()));
            Map<Boolean, List<Finding>> inCopy = check.run(twice, CheckContext.defaults(check.info())).stream()
                    .collect(Collectors.partitioningBy(f -> f.location().documentId().startsWith("zz-copy/")));
            List<Finding> original = inCopy.get(false);
            List<Finding> copies = inCopy.get(true);
            assertThat(once).as(check.info().id()).isNotEmpty();
            assertThat(original).as(check.info().id()).isEqualTo(once);
            assertThat(copies).as(check.info().id()).hasSameSizeAs(once);
        }
    }

    @Test
    void theNameIndexOfTheSeedsBesideTheirCopyCountsEveryFormAndMentionTwice() {
        PhraseIndex once = Corpus.of(SEEDS).phrases();
        PhraseIndex twice = Corpus.of(seedsTwice()).phrases();
        assertThat(counts(twice)).isEqualTo(doubled(counts(once)));
        assertThat(mentions(twice.names())).isEqualTo(doubled(mentions(once.names())));
    }

    @Test
    void theTermIndexOfTheSeedsBesideTheirCopyCountsEveryFormTwiceAndFindsItInBoth() {
        Corpus twice = Corpus.of(seedsTwice());
        Map<String, Integer> once = new TreeMap<>();
        Corpus.of(SEEDS).terms().terms().forEach(t -> t.forms().forEach((text, form) -> {
            once.put(text, form.count());
            once.put(text + " | neutral", form.neutralCount());
        }));
        Map<String, Integer> both = new TreeMap<>();
        twice.terms().terms().forEach(t -> t.forms().forEach((text, form) -> {
            both.put(text, form.count());
            both.put(text + " | neutral", form.neutralCount());
            long inCopies = LongStream.of(form.occurrences())
                    .filter(o -> twice.document(o).id().startsWith("zz-copy/")).count();
            assertThat(2 * inCopies).as(text).isEqualTo(form.count());
        }));
        assertThat(both).isEqualTo(doubled(once));
    }

    private static Map<String, Integer> counts(PhraseIndex index) {
        Map<String, Integer> out = new TreeMap<>();
        for (PhraseIndex.Phrase p : index.phrases()) {
            p.forms().forEach((text, form) -> {
                out.put(p.key() + " | " + text, form.count());
                out.put(p.key() + " | " + text + " | neutral", form.neutralCount());
            });
        }
        return out;
    }

    private static Map<String, Integer> mentions(Map<String, TermIndex.Form> names) {
        Map<String, Integer> out = new TreeMap<>();
        names.forEach((text, form) -> out.put(text, form.count()));
        return out;
    }

    private static Map<String, Integer> doubled(Map<String, Integer> counts) {
        Map<String, Integer> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, 2 * v));
        return out;
    }
}
