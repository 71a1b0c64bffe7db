package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.testing.BrokenCheck;
import dev.copydesk.core.testing.TestData;
import dev.copydesk.report.OutputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    Path docs;
    Cli cli;

    @BeforeEach
    void corpus() {
        docs = dir.resolve("docs");
        Cli.write(docs.resolve("a.txt"), "The story starts here.", "It has teh slip in it.");
        Cli.write(docs.resolve("b.txt"), "A clean paragraph.");
        cli = Cli.in(dir);
    }

    @Test
    void exitsZeroWhenNothingIsFound() {
        Cli.Result r = cli.run("check", docs.resolve("b.txt").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("1 document, 1 block, 3 words checked: 0 errors, 0 warnings, 0 info\n");
    }

    @Test
    void exitsOneAndPrintsPathLineColumnSeverityCheckMessageAndSuggestion() {
        Cli.Result r = cli.run("check", docs.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).startsWith(docs.resolve("a.txt") + ":2:8: warning [test-typo] Possible typo: 'teh' (the)\n")
                .endsWith("2 documents, 3 blocks, 13 words checked: 0 errors, 1 warning, 0 info\n");
    }

    @Test
    void checksTheSeedArticles() {
        Cli.Result r = cli.run("check", TestData.news().toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines()).filteredOn(l -> l.contains("[test-typo]"))
                .containsExactly(TestData.news().resolve("000_b63dc4cb37152557.txt") + ":1:122: warning [test-typo] "
                        + "Possible typo: 'teh' (the)");
    }

    @Test
    void failOnDecidesWhichSeverityFailsTheRun() {
        assertThat(cli.run("check", "--fail-on", "error", docs.toString()).exit()).isZero();
        assertThat(cli.run("check", "--fail-on", "WARNING", docs.toString()).exit()).isEqualTo(1);
        assertThat(cli.run("check", "--fail-on", "info", docs.toString()).exit()).isEqualTo(1);
        assertThat(cli.run("check", "--fail-on", "none", docs.toString()).exit()).isZero();
        Path config = Cli.write(dir.resolve("info.yml"), "checks:", "  test-typo: info");
        assertThat(cli.run("check", "-c", config.toString(), docs.toString()).exit()).isZero();
        assertThat(cli.run("check", "-c", config.toString(), "--fail-on", "info", docs.toString()).exit()).isEqualTo(1);
    }

    @Test
    void minSeverityLeavesTheLessSeriousFindingsOutOfTheReportAndTheExitCode() throws IOException {
        Cli.Result shown = cli.run("check", "--min-severity", "error", docs.toString());
        assertThat(shown.exit()).isZero();
        assertThat(shown.out()).isEqualTo("2 documents, 3 blocks, 13 words checked: 0 errors, 0 warnings, 0 info;"
                + " 1 less serious not shown (--min-severity)\n");
        Cli.Result json = cli.run("check", "--format", "json", "--min-severity", "ERROR", docs.toString());
        assertThat(json.out()).contains("\"notShown\" : 1").doesNotContain("teh");
        assertThat(cli.run("check", "--format", "json", docs.toString()).out()).doesNotContain("notShown");
        // from the configuration, and the flag over it
        Path config = Cli.write(dir.resolve("quiet.yml"), "min-severity: error");
        assertThat(cli.run("check", "-c", config.toString(), docs.toString()).exit()).isZero();
        assertThat(cli.run("check", "-c", config.toString(), "--min-severity", "warning", docs.toString()).out())
                .contains("[test-typo]");
        assertUsage(cli.run("check", "--min-severity", "none", docs.toString()), "'none' is not error, warning or info");
    }

    @Test
    void exitsTwoOnUsageErrorsWithoutCheckingAnything() {
        assertUsage(cli.run("check", "--format", "yaml", docs.toString()), "unknown format 'yaml'; the formats are: text, json");
        assertUsage(cli.run("check", "--fail-on", "severe", docs.toString()), "--fail-on");
        assertUsage(cli.run("check", "--frmat", "json", docs.toString()), "Unknown option");
        assertUsage(cli.run("check"), "Missing required parameter");
        assertUsage(cli.run("check", "--include", "[a-", docs.toString()), "bad glob '[a-'");
        assertUsage(cli.run("check", "--dialect", "en-AU", docs.toString()), "unknown dialect");
        assertUsage(cli.run("check", "--report", "json", docs.toString()), "only one report can go to stdout");
        assertUsage(cli.run("check", "--report", "json=", docs.toString()), "the file is missing");
        assertUsage(cli.run("frobnicate"), "Unmatched argument");
        assertUsage(cli.run(), "Missing command");
    }

    private static void assertUsage(Cli.Result r, String message) {
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void exitsThreeWhenAnInputCannotBeReadButStillReportsTheOthers() throws IOException {
        Files.writeString(docs.resolve("empty.txt"), "");
        Cli.Result r = cli.run("check", docs.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("[test-typo]", "; 1 unreadable");
        Cli.Result missing = cli.run("check", dir.resolve("nowhere").toString(), docs.resolve("b.txt").toString());
        assertThat(missing.exit()).isEqualTo(3);
    }

    @Test
    void exitsThreeOnAnInternalError() {
        Check broken = new BrokenCheck(() -> new IllegalStateException("a bug in a check"));
        Cli.Result r = Cli.in(dir).withChecks(List.of(broken)).run("check", docs.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("internal error", "a bug in a check");
    }

    @Test
    void writesSeveralFormatsInOneRunAtomically() throws IOException {
        Path junit = dir.resolve("out/reports/copydesk.xml");
        Path github = dir.resolve("out/annotations.txt");
        Path json = dir.resolve("out/copydesk.json");
        Cli.Result r = cli.run("check", docs.toString(), "--report", "junit=" + junit, "--report", "github=" + github,
                "-f", "json", "-o", json.toString(), "--report", "text=-");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("warning [test-typo]").doesNotContain("::warning");
        assertThat(Files.readString(junit)).contains("<testcase name=\"" + docs.resolve("a.txt") + "\"");
        assertThat(Files.readString(github)).startsWith("::warning file=");
        assertThat(Files.readString(json)).contains("\"check\" : \"test-typo\"");
        try (Stream<Path> left = Files.walk(dir.resolve("out"))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void replacesAnExistingReportAndLeavesNoTemporaryFile() throws IOException {
        Path out = Cli.write(dir.resolve("report.txt"), "an old report");
        assertThat(cli.run("check", "-o", out.toString(), docs.toString()).exit()).isEqualTo(1);
        assertThat(Files.readString(out)).contains("[test-typo]").doesNotContain("old report");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("docs", "report.txt");
        }
    }

    @Test
    void refusesToWriteOverAnInputOrTwiceToOneFile() throws IOException {
        Path input = docs.resolve("b.txt");
        String before = Files.readString(input);
        Cli.Result r = cli.run("check", "-o", input.toString(), docs.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("it is one of the inputs");
        assertThat(Files.readString(input)).isEqualTo(before);
        Path twice = dir.resolve("r.txt");
        assertThat(cli.run("check", "-o", twice.toString(), "--report", "json=" + twice, docs.toString()).err())
                .contains("two reports would be written to");
    }

    @Test
    void aReportThatCannotBeWrittenExitsThreeAndLeavesNothingBehind() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        Cli.Result r = cli.run("check", "-o", folder.toString(), docs.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("cannot write text to " + folder);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("docs", "a-folder");
        }
    }

    @Test
    void reportsRenderedTogetherHaveTheBytesOfReportsRenderedAlone() throws IOException {
        Path alone = dir.resolve("alone.json");
        assertThat(cli.run("check", "-f", "json", "-o", alone.toString(), docs.toString()).exit()).isEqualTo(1);
        Path aloneSarif = dir.resolve("alone.sarif");
        assertThat(cli.run("check", "-f", "sarif", "-o", aloneSarif.toString(), docs.toString()).exit()).isEqualTo(1);
        Path json = dir.resolve("together/r.json");
        Path sarif = dir.resolve("together/r.sarif");
        Path html = dir.resolve("together/r.html");
        Cli.Result r = cli.run("check", "-f", "json", "-o", json.toString(), "--report", "sarif=" + sarif,
                "--report", "html=" + html, docs.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(Files.readString(json)).isEqualTo(Files.readString(alone));
        assertThat(Files.readString(sarif)).isEqualTo(Files.readString(aloneSarif));
        assertThat(Files.readString(html)).contains("<html");
    }

    @Test
    void oneReportThatCannotBeWrittenDoesNotStopTheOthers() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        Path json = dir.resolve("out/r.json");
        Cli.Result r = cli.run("check", "-o", folder.toString(), "--report", "json=" + json, docs.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("cannot write text to " + folder);
        assertThat(Files.readString(json)).contains("\"check\" : \"test-typo\"");
    }

    @Test
    void coloursTextOnlyOnATerminalWithoutNoColor() {
        String escape = "\u001b[";
        Cli terminal = Cli.with(new Environment(dir, Map.of(), true, true));
        assertThat(terminal.run("check", docs.toString()).out()).contains(escape + "33mwarning");
        assertThat(terminal.run("check", "--no-color", docs.toString()).out()).doesNotContain(escape);
        Cli noColor = Cli.with(new Environment(dir, Map.of("NO_COLOR", "1"), true, true));
        assertThat(noColor.run("check", docs.toString()).out()).doesNotContain(escape);
        assertThat(cli.run("check", docs.toString()).out()).doesNotContain(escape);
        Path file = dir.resolve("to-a-file.txt");
        terminal.run("check", "-o", file.toString(), docs.toString());
        assertThat(file).content().doesNotContain(escape);
    }

    @Test
    void showsProgressOnlyOnATerminalOutsideCi() {
        assertThat(new Environment(dir, Map.of(), true, true).progressOnStderr()).isTrue();
        assertThat(new Environment(dir, Map.of("CI", "true"), true, true).progressOnStderr()).isFalse();
        assertThat(new Environment(dir, Map.of(), true, false).progressOnStderr()).isFalse();
        assertThat(new Environment(dir, Map.of("TERM", "dumb"), true, true).progressOnStderr()).isFalse();
    }

    @Test
    void helpListsTheFormatsTheExitCodesAndFailOn() {
        Cli.Result r = cli.run("check", "--help");
        assertThat(r.exit()).isZero();
        for (OutputFormat f : OutputFormat.values()) {
            assertThat(r.out()).contains(f.id());
        }
        assertThat(r.out().replaceAll("\\s+", " ")).contains( "--fail-on=LEVEL", "error, warning, info or none",
                "Exit codes:", "0 no finding at or above --fail-on", "2 usage or configuration error",
                "3 an input could not be read", "--report=FORMAT=FILE", "--changed-since=REF", "--baseline=FILE");
        assertThat(cli.run("--help").out()).contains("check", "baseline", "init", "Exit codes:");
    }
}
