package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.checks.BuiltInChecks;
import dev.copydesk.core.testing.Golden;
import dev.copydesk.core.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command with every built-in check, end to end: the findings on the seed
 * articles are pinned in a golden file, output is byte-identical from run to run and whatever the
 * order the files are named in, and the user's switches (accepted words, suppression comments)
 * reach the real checks.
 */
class AllChecksSeedRunTest {
    private static final Path GOLDEN = Path.of("src/test/resources/dev/copydesk/cli/golden");

    @TempDir
    Path dir;

    private Cli cli() {
        return Cli.in(Path.of("").toAbsolutePath()).withChecks(BuiltInChecks.all());
    }

    private static String seeds() {
        return Path.of("").toAbsolutePath().relativize(TestData.news()).toString();
    }

    @Test
    void findsWhatTheSeedsHoldAsPinnedInTheGoldenFile() throws IOException {
        Cli.Result r = cli().run("check", "--no-config", seeds());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        Golden.assertMatches(GOLDEN, "news-all-checks.txt", r.out());
        for (String check : List.of("duplicate", "typo", "confusion", "mechanics", "casing", "variant")) {
            assertThat(r.out()).as(check).contains("[" + check + "]");
        }
    }

    @Test
    void reportsAreByteIdenticalRunToRunAndWhateverTheOrderOfTheFiles() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(TestData.news())) {
            s.map(p -> Path.of("").toAbsolutePath().relativize(p).toString()).sorted().forEach(files::add);
        }
        List<String> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);
        for (String format : List.of("json", "html", "sarif")) {
            Path a = dir.resolve("a." + format);
            Path b = dir.resolve("b." + format);
            List<String> first = new ArrayList<>(List.of("check", "--no-config", "--fail-on", "none", "-f", format,
                    "-o", a.toString()));
            first.addAll(files);
            List<String> second = new ArrayList<>(List.of("check", "--no-config", "--fail-on", "none", "-f", format,
                    "-o", b.toString()));
            second.addAll(reversed);
            assertThat(cli().run(first.toArray(String[]::new)).exit()).isZero();
            assertThat(cli().run(second.toArray(String[]::new)).exit()).isZero();
            assertThat(Files.readAllBytes(b)).as(format).isEqualTo(Files.readAllBytes(a));
        }
    }

    @Test
    void anAcceptedWordIsNoLongerFlagged() {
        Cli.Result plain = cli().run("check", "--no-config", seeds());
        Cli.Result accepted = cli().run("check", "--no-config", "--accept", "teh", seeds());
        assertThat(plain.out()).contains("Possible typo: 'teh'");
        assertThat(accepted.out()).doesNotContain("'teh'");
        assertThat(accepted.out().lines().count()).isEqualTo(plain.out().lines().count() - 1);
    }

    @Test
    void suppressionCommentsInMarkdownTurnChecksOffForTheirRegionOnly() throws IOException {
        Path md = dir.resolve("story.md");
        Files.writeString(md, String.join("\n",
                "# Story",
                "",
                "<!-- copydesk-disable typo -->",
                "The rebels pushed closer to teh capital.",
                "<!-- copydesk-enable -->",
                "",
                "Later, teh mayor spoke.",
                "",
                "<!-- copydesk-disable-next-line mechanics -->",
                "He left before.The end.",
                "",
                "She arrived before.The start.",
                ""), StandardCharsets.UTF_8);
        Cli.Result r = cli().run("check", "--no-config", md.toString());
        assertThat(r.out().lines().filter(l -> l.contains("[typo]")))
                .singleElement().asString().startsWith(md + ":7:");
        assertThat(r.out().lines().filter(l -> l.contains("[mechanics]")))
                .singleElement().asString().startsWith(md + ":12:");
    }
}
