package dev.copydesk.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.checks.BuiltInChecks;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.testing.BrokenCheck;
import dev.copydesk.core.testing.TestData;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The engine runs checks on several threads and gives the same report as on one. */
class EngineThreadsTest {
    @Test
    void everyBuiltInCheckGivesTheSameReportOnOneThreadAndOnFour() {
        Report one = new Engine(BuiltInChecks.all(), 1).run(TestData.newsCorpus(), List.of(), RunSettings.defaults());
        Report four = new Engine(BuiltInChecks.all(), 4).run(TestData.newsCorpus(), List.of(), RunSettings.defaults());
        assertThat(one.findings()).isNotEmpty();
        assertThat(four.findings()).containsExactlyElementsOf(one.findings());
        assertThat(four.checks()).containsExactlyElementsOf(one.checks());
    }

    @Test
    void everyBuiltInCheckFindsTheSameWhetherItsDataWasPreparedInTheBackgroundOrNot() throws Exception {
        Engine prepared = new Engine(BuiltInChecks.all(), 2);
        prepared.prepareInBackground(RunSettings.defaults()); // one thread per check, racing the run below
        Report raced = prepared.run(TestData.newsCorpus(), List.of(), RunSettings.defaults());
        Report cold = new Engine(BuiltInChecks.all(), 1).run(TestData.newsCorpus(), List.of(), RunSettings.defaults());
        assertThat(raced.findings()).isNotEmpty().containsExactlyElementsOf(cold.findings());
    }

    @Test
    void checksRunOnSeveralThreads() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CyclicBarrier together = new CyclicBarrier(2);
        Check a = recording("a", threads, together);
        Check b = recording("b", threads, together);
        new Engine(List.of(a, b), 2).run(TestData.newsCorpus(), List.of(), RunSettings.defaults());
        assertThat(threads).hasSize(2);
    }

    @Test
    void aFailingCheckFailsTheRunWithItsOwnException() {
        Check broken = new BrokenCheck(() -> new IllegalArgumentException("broken on purpose"));
        List<Check> checks = List.of(broken, recording("a", ConcurrentHashMap.newKeySet(), null));
        assertThatThrownBy(() -> new Engine(checks, 2).run(TestData.newsCorpus(), List.of(), RunSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("broken on purpose");
    }

    @Test
    void refusesFewerThanOneThread() {
        assertThatThrownBy(() -> new Engine(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A check that records its thread and, given a barrier, waits there until the other check runs too. */
    @Test
    void preparesOnlyEnabledChecksInTheBackgroundAndAFailedPrepareDoesNotStopTheRun() throws Exception {
        java.util.concurrent.CountDownLatch prepared = new java.util.concurrent.CountDownLatch(1);
        Set<String> preparedIds = ConcurrentHashMap.newKeySet();
        Check failing = new BrokenCheck(() -> new IllegalStateException("never run")) {
            @Override
            public void prepare(Dialect dialect) {
                throw new IllegalStateException("cannot prepare");
            }
        };
        Check wanted = preparing("wanted", preparedIds, prepared);
        Check other = preparing("other", preparedIds, prepared);
        RunSettings settings = new RunSettings(Set.of("broken", "wanted"), java.util.Map.of(), java.util.Map.of(),
                Dialect.EN_GB, Set.of(), List.of(), List.of(), Set.of());
        // other comes before wanted: had it been prepared, it would be in the set once wanted is
        Engine engine = new Engine(List.of(failing, other, wanted), 2);
        engine.prepareInBackground(settings);
        assertThat(prepared.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(preparedIds).containsExactly("wanted EN_GB");
        RunSettings onlyWanted = new RunSettings(Set.of("wanted"), java.util.Map.of(), java.util.Map.of(),
                Dialect.EN_GB, Set.of(), List.of(), List.of(), Set.of());
        assertThat(engine.run(TestData.newsCorpus(), List.of(), onlyWanted).findings()).isEmpty();
    }

    /** A check that finds nothing and records "id dialect" when prepared. */
    private static Check preparing(String id, Set<String> prepared, java.util.concurrent.CountDownLatch done) {
        return new Check() {
            @Override
            public CheckInfo info() {
                return new CheckInfo(id, "records its preparation", Severity.INFO, List.of());
            }

            @Override
            public void prepare(Dialect dialect) {
                prepared.add(id + " " + dialect);
                done.countDown();
            }

            @Override
            public List<Finding> run(Corpus corpus, CheckContext context) {
                return List.of();
            }
        };
    }

    private static Check recording(String id, Set<String> threads, CyclicBarrier together) {
        return new Check() {
            @Override
            public CheckInfo info() {
                return new CheckInfo(id, "records its thread", Severity.INFO, List.of());
            }

            @Override
            public List<Finding> run(Corpus corpus, CheckContext context) {
                threads.add(Thread.currentThread().getName());
                if (together != null) {
                    try {
                        together.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("the other check did not run alongside", e);
                    }
                }
                return List.of();
            }
        };
    }
}
