package dev.copydesk.bench.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.Finding;
import dev.copydesk.core.corpus.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
    private static final Path SEEDS = Path.of("..", "testdata", "news");

    private static CorpusGenerator.Generated generate(int paragraphs, long seed) throws IOException {
        return CorpusGenerator.fromSeeds(SEEDS, 5_000, seed).generate(paragraphs, seed);
    }

    @Test
    void generatesTheSameCorpusFromTheSameSeed() throws IOException {
        CorpusGenerator.Generated a = generate(2_000, 5);
        CorpusGenerator.Generated b = generate(2_000, 5);

        assertThat(a.documents()).hasSize(200);
        assertThat(a.documents().get(17).blocks().get(3).text()).isEqualTo(b.documents().get(17).blocks().get(3).text());
        assertThat(a.planted()).extracting(CorpusGenerator.Planted::kind).containsExactly("exact", "near", "containment");
    }

    @Test
    void theCheckReportsExactlyThePlantedGroups() throws IOException {
        CorpusGenerator.Generated generated = generate(5_000, 11);
        List<Finding> findings = CheckRun.run(Corpus.of(generated.documents()), Map.of());

        assertThat(findings).hasSameSizeAs(generated.planted());
        assertThat(findings).extracting(f -> CheckRun.comparison(f).kind())
                .containsExactlyInAnyOrder("exact", "near", "containment", "exact", "near");
    }
}
