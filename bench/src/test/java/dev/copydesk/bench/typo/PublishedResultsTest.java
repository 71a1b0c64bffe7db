package dev.copydesk.bench.typo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedResultsTest {
    @TempDir
    Path dir;

    private List<MisspellingSets.Pair> set() throws IOException {
        Path tab = dir.resolve("orig-batch0.tab");
        Files.writeString(tab, "teh\tthe\nrecieve\treceive\nqwzx\tquiz\nbeleive\tbelieve\nzzz\tCircler\n",
                StandardCharsets.ISO_8859_1);
        return MisspellingSets.tab(tab);
    }

    @Test
    void scoresTheCheckerAndUsOnlyOnThePairsBothAreScoredOn() throws IOException {
        List<MisspellingSets.Pair> pairs = set();
        Path res = dir.resolve("cur--hunspell.res");
        // first, sixth, not suggested, second; the last is not in its dictionary
        Files.writeString(res, "teh\tthe\t1\t5\nrecieve\treceive\t6\t9\nqwzx\tquiz\t0\t3\n"
                + "beleive\tbelieve\t2\t4\nzzz\tCircler\t-1\t-1\n", StandardCharsets.ISO_8859_1);
        PublishedResults published = PublishedResults.read(res, pairs);
        int[] ours = {0, 3, -2, 7, 0}; // first, fourth, not flagged, eighth, first (but left out)

        PublishedResults.Comparison all = published.compare(pairs, i -> true, i -> ours[i]);
        PublishedResults.Comparison second = published.compare(pairs, i -> i != 0, i -> ours[i]);

        assertThat(published.checker()).isEqualTo("hunspell");
        assertThat(all).isEqualTo(new PublishedResults.Comparison("hunspell", 4, 1, 2, 1, 2));
        assertThat(second).isEqualTo(new PublishedResults.Comparison("hunspell", 3, 0, 1, 0, 1));
        assertThat(all.brief()).isEqualTo("n=4 25.0/50.0 vs 25.0/50.0");
    }

    @Test
    void refusesAResultsFileWhoseLinesAreNotTheSetsPairs() throws IOException {
        List<MisspellingSets.Pair> pairs = set();
        Path res = dir.resolve("cur--aspell.res");
        Files.writeString(res, "teh\tthe\t1\t5\nrecieve\treceive\t1\t9\nqwzx\tquiz\t0\t3\n",
                StandardCharsets.ISO_8859_1);
        Path shifted = dir.resolve("cur--ispell.res");
        Files.writeString(shifted, "recieve\treceive\t1\t9\nteh\tthe\t1\t5\nqwzx\tquiz\t0\t3\n"
                + "beleive\tbelieve\t2\t4\nzzz\tCircler\t-1\t-1\n", StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> PublishedResults.read(res, pairs)).isInstanceOf(IOException.class)
                .hasMessageContaining("no line 4");
        assertThatThrownBy(() -> PublishedResults.read(shifted, pairs)).isInstanceOf(IOException.class)
                .hasMessageContaining("line 1 is not the pair teh");
    }
}
