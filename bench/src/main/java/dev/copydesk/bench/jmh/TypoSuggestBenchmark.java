package dev.copydesk.bench.jmh;

import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.checks.typo.TypoCheck;
import dev.copydesk.core.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * The typo check's judgement of isolated unknown words, with their ranked corrections
 * ({@link TypoCheck#correct}): dictionary lookups, the edit and sound-alike searches, scoring and
 * the channel model. The words are {@code words} distinct slips (a letter dropped, doubled,
 * replaced or two swapped, deterministically) of the seed articles' words of five letters or
 * more. Each operation ranks them all afresh. Score: milliseconds per operation; divide by
 * {@code words} for the time per word.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TypoSuggestBenchmark {
    @Param("500")
    public int words;

    private final TypoCheck check = new TypoCheck();
    private List<String> slips;

    @Setup
    public void setUp() throws IOException {
        check.prepare(Dialect.EN_US);
        Set<String> source = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(TestData.news())) {
            for (Path f : files.sorted().toList()) {
                for (String w : Files.readString(f, StandardCharsets.UTF_8).split("[^\\p{L}]+")) {
                    if (w.length() >= 5) {
                        source.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        Random random = new Random(1);
        List<String> base = new ArrayList<>(source);
        Set<String> made = new LinkedHashSet<>();
        while (made.size() < words) {
            made.add(slip(base.get(random.nextInt(base.size())), random));
        }
        slips = List.copyOf(made);
    }

    /** One slip of the keyboard in a word. */
    static String slip(String w, Random random) {
        int at = 1 + random.nextInt(w.length() - 2);
        String letters = "abcdefghijklmnopqrstuvwxyz";
        return switch (random.nextInt(4)) {
            case 0 -> w.substring(0, at) + w.substring(at + 1);
            case 1 -> w.substring(0, at) + w.charAt(at) + w.substring(at);
            case 2 -> w.substring(0, at) + letters.charAt(random.nextInt(26)) + w.substring(at + 1);
            default -> w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2);
        };
    }

    @Benchmark
    public Map<String, List<String>> judgeAndRank() {
        return check.correct(slips, Dialect.EN_US);
    }
}
