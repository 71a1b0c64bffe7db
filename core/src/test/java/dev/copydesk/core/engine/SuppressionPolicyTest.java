package dev.copydesk.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.model.Suppression;
import dev.copydesk.core.model.Word;
import dev.copydesk.core.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine drops findings inside the regions a document's own comments turned off
 * ({@code <!-- copydesk-disable typo -->} ... {@code <!-- copydesk-enable -->}, which the Markdown
 * loader turns into {@link Suppression}s), for the named checks only, and counts them.
 */
class SuppressionPolicyTest {
    /** Flags every word {@code teh}, under a given check id; reads English unless told otherwise. */
    private record WordCheck(String id, boolean english) implements Check {
        WordCheck(String id) {
            this(id, true);
        }

        @Override
        public boolean readsEnglish() {
            return english;
        }

        @Override
        public CheckInfo info() {
            return new CheckInfo(id, "flags teh", Severity.WARNING, List.of());
        }

        @Override
        public List<Finding> run(Corpus corpus, CheckContext context) {
            List<Finding> out = new ArrayList<>();
            for (Document d : corpus.documents()) {
                for (Block b : d.blocks()) {
                    for (Word w : b.words()) {
                        if (w.text().equals("teh")) {
                            out.add(new Finding(id, Severity.WARNING, 1, Location.of(d, b, w), "teh", "teh",
                                    List.of("the"), List.of(), Evidence.NONE, "teh"));
                        }
                    }
                }
            }
            return out;
        }
    }

    private static Document withSuppressions(List<Suppression> suppressions) {
        Document plain = TestData.document("story.md", "First teh.", "Second teh.", "Third teh.", "Fourth teh.");
        return new Document(plain.id(), plain.format(), plain.blocks(), suppressions);
    }

    private static Report run(Document doc) {
        return new Engine(List.of(new WordCheck("typo"), new WordCheck("mechanical")))
                .run(Corpus.of(List.of(doc)), List.of(), RunSettings.defaults());
    }

    @Test
    void dropsOnlyTheNamedCheckInsideTheRegionAndCountsWhatItDropped() {
        Report report = run(withSuppressions(List.of(new Suppression(1, 2, Set.of("typo")))));
        assertThat(report.findings()).extracting(f -> f.checkId() + "@" + f.location().blockIndex())
                .containsExactly("mechanical@0", "typo@0", "mechanical@1", "mechanical@2", "mechanical@3", "typo@3");
        assertThat(report.suppressed()).isEqualTo(2);
    }

    @Test
    void aPassageInAnotherLanguageTurnsOffTheChecksThatReadEnglishOnly() {
        Document doc = withSuppressions(List.of(Suppression.otherLanguage(1, 2, "de")));
        Report report = new Engine(List.of(new WordCheck("typo"), new WordCheck("duplicate", false)))
                .run(Corpus.of(List.of(doc)), List.of(), RunSettings.defaults());
        assertThat(report.findings()).extracting(f -> f.checkId() + "@" + f.location().blockIndex())
                .containsExactly("duplicate@0", "typo@0", "duplicate@1", "duplicate@2", "duplicate@3", "typo@3");
        assertThat(report.suppressed()).isEqualTo(2);
    }

    @Test
    void checkingOtherLanguagesKeepsThePassagesFindingsButNotAnEditorsRegion() {
        Document doc = withSuppressions(List.of(Suppression.otherLanguage(1, 2, "de"),
                new Suppression(3, 3, Set.of("typo"))));
        RunSettings d = RunSettings.defaults();
        RunSettings everything = new RunSettings(d.enabledChecks(), d.severities(), d.options(), d.dialect(),
                d.acceptedWords(), d.houseStyle(), d.baseline(), d.reportDocuments(), true);
        Report report = new Engine(List.of(new WordCheck("typo"))).run(Corpus.of(List.of(doc)), List.of(), everything);
        assertThat(report.findings()).extracting(f -> f.location().blockIndex()).containsExactly(0, 1, 2);
        assertThat(report.suppressed()).isEqualTo(1);
    }

    @Test
    void aRegionWithoutCheckNamesTurnsEveryCheckOff() {
        Report report = run(withSuppressions(List.of(new Suppression(3, 3, Set.of()))));
        assertThat(report.findings()).noneMatch(f -> f.location().blockIndex() == 3).hasSize(6);
        assertThat(report.suppressed()).isEqualTo(2);
    }

    @Test
    void aNextLineSuppressionCoversOneBlockOnly() {
        Report report = run(withSuppressions(List.of(new Suppression(0, 0, Set.of("mechanical")))));
        assertThat(report.findings()).hasSize(7).noneMatch(f -> f.checkId().equals("mechanical")
                && f.location().blockIndex() == 0);
    }

    @Test
    void aDocumentWithoutSuppressionsKeepsEveryFinding() {
        Report report = run(withSuppressions(List.of()));
        assertThat(report.findings()).hasSize(8);
        assertThat(report.suppressed()).isZero();
    }
}
