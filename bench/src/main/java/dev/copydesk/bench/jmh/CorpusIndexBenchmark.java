package dev.copydesk.bench.jmh;

import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.segment.Segmenter;
import dev.copydesk.core.testing.TestData;
import java.util.ArrayList;
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
 * Building the corpus index ({@link Corpus#of}: word positions, then the term and phrase
 * indexes) over the five seed articles repeated {@code copies} times under distinct ids, as a
 * near-duplicate newsroom corpus is. With {@code texts=repeated} the copies' paragraphs are the
 * seeds' own, so every block text is {@linkplain Corpus#repeated repeated} and worked out once;
 * with {@code texts=distinct} each paragraph of copy {@code c} ends with its own reference
 * ({@code Ref7.}), so no two blocks share a text and every one is worked out. Score: milliseconds
 * per index.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CorpusIndexBenchmark {
    @Param("40")
    public int copies;

    @Param({"repeated", "distinct"})
    public String texts;

    private List<Document> documents;

    @Setup
    public void setUp() {
        List<Document> seeds = TestData.load(TestData.news());
        Segmenter segmenter = Segmenter.english();
        documents = new ArrayList<>(seeds.size() * copies);
        for (int c = 0; c < copies; c++) {
            for (Document d : seeds) {
                List<Block> blocks = d.blocks();
                if (texts.equals("distinct")) {
                    List<Block> own = new ArrayList<>(blocks.size());
                    for (Block b : blocks) {
                        own.add(segmenter.segment(b.kind(), b.index(), b.text() + " Ref" + c + ".", b.source(),
                                b.page()));
                    }
                    blocks = own;
                }
                documents.add(new Document(d.id() + "#" + c, d.format(), blocks, d.suppressions()));
            }
        }
    }

    /**
     * The corpus and both its indexes. They are built when first asked for (since the checks
     * started building them on demand), so they are asked for here: {@code Corpus.of} alone only
     * works out the word positions.
     */
    @Benchmark
    public Corpus buildCorpusIndex() {
        Corpus corpus = Corpus.of(documents);
        corpus.terms();
        corpus.phrases();
        return corpus;
    }
}
