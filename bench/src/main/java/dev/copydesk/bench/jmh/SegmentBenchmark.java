package dev.copydesk.bench.jmh;

import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.SourceMap;
import dev.copydesk.core.segment.Segmenter;
import dev.copydesk.core.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Segmenting (NFC check, ICU sentence breaks, tokenising, word-text sharing) every paragraph of the
 * five seed articles: the work loading does per block. Score: microseconds per pass over the seeds.
 * The segmenter is one {@linkplain Segmenter#withoutSharing that does not keep} the segmentation of
 * the texts it has seen: every pass segments every paragraph again, as loading does a text the
 * corpus has once ({@link #segmentSeenParagraphs} times the lookup a repeated text costs instead).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SegmentBenchmark {
    private Segmenter segmenter;
    private Segmenter sharing;
    private List<String> paragraphs;

    @Setup
    public void setUp() throws IOException {
        sharing = Segmenter.english();
        segmenter = sharing.withoutSharing();
        paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestData.news())) {
            for (Path f : files.sorted().toList()) {
                Files.readAllLines(f).stream().filter(line -> !line.isBlank()).forEach(paragraphs::add);
            }
        }
    }

    @Benchmark
    public void segmentSeedParagraphs(Blackhole sink) {
        for (int i = 0; i < paragraphs.size(); i++) {
            sink.consume(segmenter.segment(BlockKind.PARAGRAPH, i, paragraphs.get(i), SourceMap.NONE, 0));
        }
    }

    @Benchmark
    public void segmentSeenParagraphs(Blackhole sink) {
        for (int i = 0; i < paragraphs.size(); i++) {
            sink.consume(sharing.segment(BlockKind.PARAGRAPH, i, paragraphs.get(i), SourceMap.NONE, 0));
        }
    }
}
