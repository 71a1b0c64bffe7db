package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record a baseline, edit the copy, check against the baseline. Written against the test check,
 * whose fingerprint key is the word like a real typo check's, so it holds for the real checks too.
 */
class BaselineRoundTripTest {
    @TempDir
    Path dir;

    Path docs;
    Path story;
    Path baseline;
    Cli cli;

    @BeforeEach
    void recordBaseline() {
        docs = dir.resolve("docs");
        story = Cli.write(docs.resolve("story.txt"), "An opening paragraph.", "The rebels took teh town.",
                "A closing paragraph.");
        Cli.write(docs.resolve("other.txt"), "We recieve letters.");
        baseline = dir.resolve("copydesk-baseline.json");
        cli = Cli.in(dir);
        Cli.Result r = cli.run("baseline", docs.toString(), "--output", baseline.toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private Cli.Result checkAgainstBaseline() {
        return cli.run("check", docs.toString(), "--baseline", baseline.toString());
    }

    @Test
    void recordsEveryCurrentFindingSoTheSameCopyPasses() throws Exception {
        assertThat(Files.readString(baseline)).contains("\"count\" : 1", "Possible typo: 'teh'", "Possible typo: 'recieve'");
        Cli.Result r = checkAgainstBaseline();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("2 documents, 4 blocks, 14 words checked: 0 errors, 0 warnings, 0 info;"
                + " 2 in the baseline\n");
    }

    @Test
    void anEditToAnUnrelatedLineGivesNoNewFinding() {
        Cli.write(story, "A new first line that moves everything down.", "An opening paragraph, rewritten.",
                "The rebels took teh town.", "A closing paragraph.");
        Cli.Result r = checkAgainstBaseline();
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).doesNotContain("[test-typo]");
    }

    @Test
    void aNewTypoIsExactlyOneNewFinding() {
        Cli.write(story, "An opening paragraph.", "The rebels took teh town.", "They will recieve help.",
                "A closing paragraph.");
        Cli.Result r = checkAgainstBaseline();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines().filter(l -> l.contains("[test-typo]")))
                .containsExactly(story + ":3:11: warning [test-typo] Possible typo: 'recieve' (receive)");
    }

    @Test
    void theSameTypoOnceMoreInTheSameDocumentIsOneNewFinding() {
        Cli.write(story, "An opening paragraph.", "The rebels took teh town.", "A closing paragraph, teh end.");
        Cli.Result r = checkAgainstBaseline();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines().filter(l -> l.contains("[test-typo]"))).hasSize(1);
    }

    @Test
    void aBaselineThatIsNotOneIsAUsageError() throws Exception {
        Files.writeString(baseline, "{ not json");
        Cli.Result r = checkAgainstBaseline();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("copydesk: " + baseline + ":1:");
    }

    @Test
    void baselineNeedsAnOutputAndNeverWritesOverAnInput() throws Exception {
        assertThat(cli.run("baseline", docs.toString()).exit()).isEqualTo(2);
        String before = Files.readString(story);
        assertThat(cli.run("baseline", docs.toString(), "-o", story.toString()).exit()).isEqualTo(2);
        assertThat(Files.readString(story)).isEqualTo(before);
    }
}
