package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationCliTest {
    @TempDir
    Path dir;

    Path docs;

    @BeforeEach
    void corpus() {
        docs = dir.resolve("project/docs");
        Cli.write(docs.resolve("a.txt"), "It has teh slip in it.");
        Cli.write(docs.resolve("drafts/b.txt"), "Another teh here.");
    }

    @Test
    void findsTheConfigurationInAParentOfTheWorkingFolder() {
        Cli.write(dir.resolve("project/copydesk.yml"), "checks:", "  test-typo: error");
        Cli.Result r = Cli.in(docs.resolve("drafts")).run("check", docs.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("error [test-typo]").doesNotContain("warning [test-typo]");
    }

    @Test
    void noConfigIgnoresTheFileAndConfigNamesAnother() {
        Cli.write(dir.resolve("project/copydesk.yml"), "checks:", "  test-typo: error");
        Path other = Cli.write(dir.resolve("elsewhere.yml"), "checks:", "  test-typo: info");
        Cli cli = Cli.in(dir.resolve("project"));
        assertThat(cli.run("check", "--no-config", docs.toString()).out()).contains("warning [test-typo]");
        assertThat(cli.run("check", "--config", other.toString(), docs.toString()).out()).contains("info [test-typo]");
    }

    @Test
    void checksPassagesInAnotherLanguageOnlyWhenAskedByTheFlagOrTheFile() {
        Path german = dir.resolve("german");
        Cli.write(german.resolve("de.txt"),
                "Wir haben den Bericht gelesen, und das ist nicht teh Ende der Geschichte, sagt sie.");
        Cli cli = Cli.in(dir.resolve("project"));
        assertThat(cli.run("check", german.toString()).exit()).isZero();
        assertThat(cli.run("check", "--check-other-languages", german.toString()).out()).contains("[test-typo]");
        Cli.write(dir.resolve("project/copydesk.yml"), "check-other-languages: true");
        assertThat(cli.run("check", german.toString()).exit()).isEqualTo(1);
    }

    @Test
    void appliesAcceptedWordsFromTheFileTheWordsFilesAndTheFlag() {
        Cli cli = Cli.in(dir.resolve("project"));
        Cli.write(dir.resolve("project/words/house.txt"), "# house words", "teh");
        Cli.write(dir.resolve("project/copydesk.yml"), "accept-files: words/house.txt");
        assertThat(cli.run("check", docs.toString()).exit()).isZero();
        Cli.write(dir.resolve("project/copydesk.yml"), "accept: [teh]");
        assertThat(cli.run("check", docs.toString()).exit()).isZero();
        Cli.write(dir.resolve("project/copydesk.yml"), "");
        assertThat(cli.run("check", "--accept", "teh", docs.toString()).exit()).isZero();
        assertThat(cli.run("check", docs.toString()).exit()).isEqualTo(1);
    }

    @Test
    void appliesExcludeGlobsAndOptionsAndTurnsChecksOff() {
        Cli cli = Cli.in(dir.resolve("project"));
        Cli.write(dir.resolve("project/copydesk.yml"), "exclude: [\"drafts/**\"]");
        assertThat(cli.run("check", docs.toString()).out()).contains("1 document,").doesNotContain("drafts");
        Cli.write(dir.resolve("project/copydesk.yml"), "checks:", "  test-typo:", "    min-length: 4");
        assertThat(cli.run("check", docs.toString()).exit()).isZero();
        Cli.write(dir.resolve("project/copydesk.yml"), "checks:", "  test-typo: {enabled: false}");
        assertThat(cli.run("check", docs.toString()).out()).as("the only check is off").isEmpty();
    }

    @Test
    void aBrokenConfigurationExitsTwoWithFileLineAndColumnAndChecksNothing() {
        Path config = dir.resolve("project/copydesk.yml");
        Cli cli = Cli.in(dir.resolve("project"));
        assertBroken(cli, config, "checks:\n  test-typos: off\n", ":2:3: unknown check 'test-typos'; the checks are: test-typo");
        assertBroken(cli, config, "checks:\n  test-typo:\n    min-length: short\n", ":3:17: option 'min-length' must be an integer");
        assertBroken(cli, config, "checks:\n  test-typo:\n    max-length: 3\n", ":3:5: unknown key 'max-length' in check 'test-typo'");
        assertBroken(cli, config, "include: \"[a-\"\n", ":1:10: bad glob '[a-'");
        assertBroken(cli, config, "dialect: [en-GB]\n", ":1:10: 'dialect' must be a single value, not a list");
        assertBroken(cli, config, "colour: true\n", ":1:1: unknown key 'colour'");
        assertBroken(cli, config, "checks:\n  test-typo: off\n", ":2:3: every check is turned off");
    }

    private void assertBroken(Cli cli, Path config, String yaml, String message) {
        Cli.write(config, yaml.strip());
        Cli.Result r = cli.run("check", docs.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("copydesk: " + config + message).hasLineCount(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingConfigFileNamedOnTheCommandLineIsAUsageError() {
        Cli.Result r = Cli.in(dir).run("check", "--config", dir.resolve("none.yml").toString(), docs.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("none.yml: cannot read: no such file");
    }

    @Test
    void initWritesACommentedDefaultThatChecksRunWithAndRefusesToOverwriteIt() throws IOException {
        Path project = dir.resolve("project");
        Cli cli = Cli.in(project);
        Cli.Result first = cli.run("init");
        assertThat(first.exit()).isZero();
        Path written = project.resolve("copydesk.yml");
        assertThat(Files.readString(written)).contains("# test-typo:    # flags a few known misspellings",
                "#   min-length: 3", "# dialect: en-US");
        assertThat(cli.run("check", docs.toString()).exit()).isEqualTo(1);
        Files.writeString(written, "dialect: en-GB\n");
        Cli.Result again = cli.run("init");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("exists already; not overwriting it");
        assertThat(Files.readString(written)).isEqualTo("dialect: en-GB\n");
        assertThat(cli.run("init", "other.yml").exit()).isZero();
        assertThat(project.resolve("other.yml")).exists();
    }
}
