package dev.copydesk.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.testing.TestData;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CorpusTest {
    @Test
    void aBlockTextIsRepeatedWhenAnotherBlockAnywhereHasItExactly() {
        String shared = "The same paragraph, word for word.";
        Corpus corpus = Corpus.of(List.of(TestData.document("a.txt", shared, "Only here."),
                TestData.document("b.txt", "Only here too.", new String(shared.toCharArray())),
                TestData.document("c.txt", shared + " ")));
        assertThat(corpus.documents()).flatExtracting(d -> d.blocks().stream().map(corpus::repeated).toList())
                .containsExactly(true, false, false, true, false);
        Corpus unique = TestData.corpusOf("One.", "Two.");
        assertThat(unique.documents()).allSatisfy(d -> assertThat(d.blocks()).noneMatch(unique::repeated));
    }

    @Test
    void buildsItsIndexesOnlyWhenAskedAndThenKeepsThem() {
        Corpus corpus = TestData.corpusOf("The Syrian Observatory for Human Rights said so. The syrian army left.");
        assertThat(corpus.indexesBuilt()).isFalse();
        TermIndex terms = corpus.terms();
        PhraseIndex phrases = corpus.phrases();
        assertThat(corpus.indexesBuilt()).isTrue();
        assertThat(corpus.terms()).isSameAs(terms);
        assertThat(corpus.phrases()).isSameAs(phrases);
        assertThat(terms.termOf("Syrian").forms()).hasSize(2);
    }

    @Test
    void locationsOfOccurrencesAreWorkedOutWhenReadAndEqualEachLocation() {
        Corpus corpus = TestData.newsCorpus();
        long[] occurrences = corpus.terms().termOf("Syrian").forms().get("Syrian").occurrences().clone();
        List<Location> lazy = corpus.locations(occurrences, 1);
        assertThat(lazy).hasSize(occurrences.length).isInstanceOf(OccurrenceLocations.class);
        for (int i = 0; i < occurrences.length; i++) {
            assertThat(lazy.get(i)).isEqualTo(corpus.location(occurrences[i], 1));
        }
        Evidence.FormCount kept = new Evidence.FormCount("Syrian", occurrences.length, List.of(), lazy);
        assertThat(kept.locations()).isSameAs(lazy);
        Location first = lazy.get(0);
        occurrences[0] = occurrences[1]; // the list keeps its own copy of the occurrences
        assertThat(lazy.get(0)).isEqualTo(first).isNotEqualTo(lazy.get(1));
        assertThatThrownBy(() -> lazy.set(0, lazy.get(1))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void lazyIndexesEqualTheIndexesOfAFreshCorpus() {
        Corpus lazy = TestData.newsCorpus();
        Corpus other = Corpus.of(lazy.documents());
        assertThat(lazy.terms().size()).isEqualTo(other.terms().size());
        assertThat(lazy.phrases().names().keySet()).containsExactlyElementsOf(other.phrases().names().keySet());
    }

    @Test
    void threadsAskingAtOnceGetOneIndexBuiltOnce() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Once<Object> once = new Once<>(() -> {
            builds.incrementAndGet();
            return new Object();
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> got = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                got.add(pool.submit(() -> {
                    start.await();
                    return once.get();
                }));
            }
            start.countDown();
            Object first = got.get(0).get();
            for (Future<Object> f : got) {
                assertThat(f.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(builds).hasValue(1);
        assertThat(once.done()).isTrue();
    }

    @Test
    void documentIdsAreTheSortedDistinctIdsWhateverTheOrderOfDocumentsAndOccurrences() {
        Corpus corpus = Corpus.of(List.of(TestData.document("c.txt", "Idlib and Idlib."),
                TestData.document("a.txt", "Nothing here."), TestData.document("b.txt", "Idlib again, Idlib.")));
        long[] idlib = corpus.terms().terms().stream().filter(t -> t.key().equals("idlib")).findFirst().orElseThrow()
                .forms().values().iterator().next().occurrences();
        assertThat(idlib).hasSize(4);
        long[] reversed = new long[idlib.length];
        for (int i = 0; i < idlib.length; i++) {
            reversed[i] = idlib[idlib.length - 1 - i];
        }
        assertThat(corpus.documentIds(idlib)).containsExactly("b.txt", "c.txt");
        assertThat(corpus.documentIds(reversed)).containsExactly("b.txt", "c.txt");
        assertThat(corpus.documentIds(new long[0])).isEmpty();
    }
}
