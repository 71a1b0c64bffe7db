package dev.copydesk.bench.jmh;

import dev.copydesk.bench.duplicate.CorpusGenerator;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.checks.duplicate.NearDuplicateCheck;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.testing.TestData;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The near-duplicate check over a generated corpus ({@link CorpusGenerator}, from the seed
 * articles' vocabulary): {@code paragraphs} paragraphs of 30 to 80 words with {@code groups}
 * planted groups of exact, near and containment copies. One operation is the whole check:
 * shingling and MinHash sketches of every paragraph, the LSH buckets, grouping, and the report of
 * each group with its word alignments. Score: milliseconds per run of the check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DuplicateCheckBenchmark {
    @Param("20000")
    public int paragraphs;

    @Param("600")
    public int groups;

    private Corpus corpus;
    private final NearDuplicateCheck check = new NearDuplicateCheck();

    @Setup
    public void setUp() throws IOException {
        CorpusGenerator generator = CorpusGenerator.fromSeeds(TestData.news(), 20_000, 1);
        corpus = Corpus.of(generator.generate(paragraphs, groups, 1).documents());
    }

    @Benchmark
    public List<Finding> findNearDuplicates() {
        return check.run(corpus, CheckContext.defaults(check.info()));
    }
}
