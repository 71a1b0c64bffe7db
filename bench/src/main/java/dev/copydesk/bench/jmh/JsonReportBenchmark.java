package dev.copydesk.bench.jmh;

import dev.copydesk.core.checks.BuiltInChecks;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.engine.Engine;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.engine.RunSettings;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.testing.TestData;
import dev.copydesk.report.JsonRenderer;
import java.io.IOException;
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
 * Writing the JSON report of every check over the five seed articles repeated {@code copies}
 * times under distinct ids (each copy's typos, casing and variant findings, and every paragraph a
 * boilerplate group of {@code copies} members with its evidence; at 200 copies, 2,479 findings
 * and 4.6 million characters), into a sink that only counts the characters, so the score is the
 * renderer's and not the disk's. Score: milliseconds per report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonReportBenchmark {
    @Param("200")
    public int copies;

    private Report report;
    private final JsonRenderer renderer = new JsonRenderer();

    @Setup
    public void setUp() {
        List<Document> seeds = TestData.load(TestData.news());
        List<Document> documents = new ArrayList<>(seeds.size() * copies);
        for (int c = 0; c < copies; c++) {
            for (Document d : seeds) {
                documents.add(new Document(d.id() + "#" + c, d.format(), d.blocks(), d.suppressions()));
            }
        }
        report = new Engine(BuiltInChecks.all()).run(Corpus.of(documents), List.of(), RunSettings.defaults());
    }

    @Benchmark
    public long renderJson() throws IOException {
        CountingSink sink = new CountingSink();
        renderer.render(report, sink);
        return sink.count;
    }

    /** Counts what is appended and keeps nothing. */
    private static final class CountingSink implements Appendable {
        long count;

        @Override
        public Appendable append(CharSequence csq) {
            count += csq.length();
            return this;
        }

        @Override
        public Appendable append(CharSequence csq, int start, int end) {
            count += end - start;
            return this;
        }

        @Override
        public Appendable append(char c) {
            count++;
            return this;
        }
    }
}
