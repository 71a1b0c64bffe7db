package dev.copydesk.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copydesk.core.check.CheckContext.PreferredForm;
import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.CheckOption;
import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.engine.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {
    static final List<CheckInfo> CHECKS = List.of(
            new CheckInfo("near-duplicate", "near-duplicate paragraphs", Severity.WARNING, List.of(
                    new CheckOption("similarity", "0.8", "Jaccard similarity at or above which paragraphs match"),
                    new CheckOption("min-words", "12", "shorter paragraphs are ignored"))),
            new CheckInfo("typo", "typos", Severity.WARNING, List.of(
                    new CheckOption("suggest", "true", "whether to suggest corrections"))),
            new CheckInfo("variant", "spelling variants", Severity.WARNING, List.of(
                    new CheckOption("mode", "phonetic", "how variants are grouped"))));

    @TempDir
    Path dir;

    private Config parse(String yaml) throws ConfigException {
        return new ConfigReader(CHECKS).parse(yaml, dir.resolve("copydesk.yml"));
    }

    private void assertError(String yaml, int line, int column, String problem) {
        ThrowingCallable parsing = () -> parse(yaml);
        assertThatThrownBy(parsing).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.problem()).contains(problem);
            assertThat(e.line()).as("line").isEqualTo(line);
            assertThat(e.column()).as("column").isEqualTo(column);
            assertThat(e.getMessage()).startsWith(dir.resolve("copydesk.yml") + ":" + line + ":" + column + ": ");
        });
    }

    @Test
    void readsEverySettingOfAFullConfiguration() throws Exception {
        Files.writeString(dir.resolve("words.txt"), "# house words\nJolani\n\n  Idlib  \n");
        Config c = parse("""
                dialect: en-GB
                checks:
                  near-duplicate:
                    severity: info
                    similarity: 0.9
                    min-words: 20
                  typo: off
                  variant: error
                accept: [Sassa]
                accept-files: words.txt
                prefer:
                  al-Jolani: [al-Jawlani, al-Julani]
                  email: e-mail
                  Kyiv:
                include: ["**/*.md"]
                exclude: ["drafts/**"]
                check-other-languages: true
                """);
        assertThat(c.dialect()).isEqualTo(Dialect.EN_GB);
        assertThat(c.checkOtherLanguages()).isTrue();
        assertThat(c.runSettings(List.of()).checkOtherLanguages()).isTrue();
        assertThat(parse("dialect: en-US\n").checkOtherLanguages()).isFalse();
        assertThat(parse("dialect: en-US\n").minSeverity()).isEqualTo(Severity.INFO);
        assertThat(parse("min-severity: Warning\n").minSeverity()).isEqualTo(Severity.WARNING);
        assertThat(c.checks().get("near-duplicate")).isEqualTo(new CheckSettings(true, Optional.of(Severity.INFO),
                Map.of("similarity", "0.9", "min-words", "20")));
        assertThat(c.checks().get("typo").enabled()).isFalse();
        assertThat(c.checks().get("variant").severity()).contains(Severity.ERROR);
        assertThat(c.acceptedWords()).containsExactlyInAnyOrder("Sassa", "Jolani", "Idlib");
        assertThat(c.houseStyle()).containsExactly(new PreferredForm("al-Jolani", List.of("al-Jawlani", "al-Julani")),
                new PreferredForm("email", List.of("e-mail")), new PreferredForm("Kyiv", List.of()));
        assertThat(c.includes()).containsExactly("**/*.md");
        assertThat(c.excludes()).containsExactly("drafts/**");
    }

    @Test
    void keepsWordsThatYamlWouldReadAsBooleansOrNumbersAsWritten() throws Exception {
        Config c = parse("accept: [No, On, 2024]\nprefer:\n  Yes: [yes]\nchecks:\n  variant:\n    mode: off\n");
        assertThat(c.acceptedWords()).containsExactlyInAnyOrder("No", "On", "2024");
        assertThat(c.houseStyle()).containsExactly(new PreferredForm("Yes", List.of("yes")));
        assertThat(c.checks().get("variant").options()).containsEntry("mode", "off");
    }

    @Test
    void mapsTheConfigurationIntoTheEnginesSettings() throws Exception {
        RunSettings s = parse("""
                dialect: en-GB
                checks:
                  typo: off
                  near-duplicate: {severity: error, similarity: 0.95}
                accept: Sassa
                """).runSettings(CHECKS);
        assertThat(s.enabledChecks()).containsExactlyInAnyOrder("near-duplicate", "variant");
        assertThat(s.severities()).isEqualTo(Map.of("near-duplicate", Severity.ERROR));
        assertThat(s.options()).isEqualTo(Map.of("near-duplicate", Map.of("similarity", "0.95")));
        assertThat(s.dialect()).isEqualTo(Dialect.EN_GB);
        assertThat(s.acceptedWords()).containsExactly("Sassa");
        assertThat(s.baseline()).isEmpty();
        assertThat(s.reportDocuments()).isEmpty();
    }

    @Test
    void anEmptyFileMeansEveryDefault() throws Exception {
        Config c = parse("# nothing yet\n");
        assertThat(c.runSettings(CHECKS)).isEqualTo(RunSettings.defaults());
    }

    @Test
    void rejectsAnUnknownTopLevelKeyWithItsPosition() {
        assertError("dialect: en-US\nexlude: [x]\n", 2, 1, "unknown key 'exlude'");
        assertError("min-severity: off\n", 1, 15, "unknown min-severity 'off' (error, warning or info)");
    }

    @Test
    void rejectsAnUnknownCheck() {
        assertError("checks:\n  typos: off\n", 2, 3, "unknown check 'typos'; the checks are: near-duplicate, typo, variant");
    }

    @Test
    void rejectsAnOptionTheCheckDoesNotDeclare() {
        assertError("checks:\n  typo:\n    threshold: 3\n", 3, 5, "unknown key 'threshold' in check 'typo'");
    }

    @Test
    void rejectsAnOptionOfTheWrongType() {
        assertError("checks:\n  near-duplicate:\n    min-words: many\n", 3, 16, "option 'min-words' must be an integer, not a text");
        assertError("checks:\n  near-duplicate:\n    similarity: high\n", 3, 17, "must be a number");
        assertError("checks:\n  typo:\n    suggest: 1\n", 3, 14, "must be true or false, not an integer");
        assertError("checks:\n  variant:\n    mode: [a]\n", 3, 11, "'mode' must be a single value, not a list");
    }

    @Test
    void rejectsAWrongTypeForASection() {
        assertError("checks: [typo]\n", 1, 9, "'checks' must be a mapping, not a list");
        assertError("include: {a: b}\n", 1, 10, "'include' must be texts, not a mapping");
        assertError("accept: [Jolani, ~]\n", 1, 18, "'accept' must be texts, not an empty value");
        assertError("prefer: [email]\n", 1, 9, "'prefer' must be a mapping, not a list");
        assertError("- just\n- a list\n", 1, 1, "the configuration must be a mapping, not a list");
    }

    @Test
    void rejectsAnUnknownSeverityAndAnUnknownDialect() {
        assertError("checks:\n  typo: severe\n", 2, 9, "unknown severity 'severe'");
        assertError("checks:\n  typo:\n    severity: fatal\n", 3, 15, "unknown severity 'fatal'");
        assertError("dialect: en-AU\n", 1, 10, "unknown dialect 'en-AU'");
    }

    @Test
    void rejectsABadGlob() {
        assertError("exclude:\n  - ok/**\n  - \"[a-\"\n", 3, 5, "bad glob '[a-'");
    }

    @Test
    void rejectsAMissingAcceptedWordsFile() {
        assertError("accept-files: [missing.txt]\n", 1, 16, "cannot read accepted words file 'missing.txt': no such file");
    }

    @Test
    void rejectsAVariantThatIsThePreferredFormItself() {
        assertError("prefer:\n  email: [e-mail, email]\n", 2, 19, "'email' is listed as a variant of itself");
    }

    @Test
    void rejectsDuplicateKeysAndBrokenYaml() {
        assertError("dialect: en-US\ndialect: en-GB\n", 2, 1, "duplicate key 'dialect'");
        assertThatThrownBy(() -> parse("checks:\n  typo: [off\n")).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.problem()).startsWith("not valid YAML");
            assertThat(e.line()).isPositive();
        });
    }

    @Test
    void refusesToTurnEveryCheckOff() {
        assertError("checks:\n  typo: off\n  variant: off\n  near-duplicate: {enabled: false}\n", 2, 3,
                "every check is turned off");
    }

    @Test
    void readsAFileAndResolvesWordFilesAgainstItsFolder() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("conf"));
        Files.writeString(sub.resolve("words.txt"), "Abdelghani\n");
        Path file = Files.writeString(sub.resolve("copydesk.yml"), "accept-files: words.txt\n");
        assertThat(new ConfigReader(CHECKS).read(file).acceptedWords()).containsExactly("Abdelghani");
        assertThat(new ConfigReader(CHECKS).read(file).source()).contains(file);
    }

    @Test
    void findsTheNearestConfigurationInTheFolderOrItsParents() throws Exception {
        Path deep = Files.createDirectories(dir.resolve("a/b/c"));
        assertThat(ConfigFiles.discover(deep)).isEmpty().as("none above a temp folder");
        Path top = Files.writeString(dir.resolve("copydesk.yml"), "");
        assertThat(ConfigFiles.discover(deep)).contains(top);
        Path hidden = Files.writeString(dir.resolve("a/.copydesk.yml"), "");
        assertThat(ConfigFiles.discover(deep)).contains(hidden);
    }

    @Test
    void refusesAFolderWithBothConfigurationNames() throws IOException {
        Files.writeString(dir.resolve("copydesk.yml"), "");
        Files.writeString(dir.resolve(".copydesk.yml"), "");
        assertThatThrownBy(() -> ConfigFiles.discover(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("keep one");
    }

    @Test
    void theDefaultFileParsesAndChangesNothing() throws Exception {
        Config c = parse(DefaultConfig.text(CHECKS));
        assertThat(c.runSettings(CHECKS)).isEqualTo(RunSettings.defaults());
        Config withoutChecks = new ConfigReader(List.of()).parse(DefaultConfig.text(List.of()), dir.resolve("c.yml"));
        assertThat(withoutChecks.runSettings(List.of())).isEqualTo(RunSettings.defaults());
        assertThat(DefaultConfig.text(CHECKS)).contains("#   similarity: 0.8", "# typo:    # typos", "# prefer:");
    }

    @Test
    void everyCommentedSettingOfTheDefaultFileParsesWhenUncommented() throws Exception {
        Files.writeString(dir.resolve("house-words.txt"), "Jolani\n");
        String uncommented = DefaultConfig.text(CHECKS).lines()
                .map(l -> l.matches("\\s*#\\s+[A-Za-z-]+:.*") ? l.replaceFirst("# ", "").replaceFirst("\\s+#.*", "") : l)
                .reduce("", (a, b) -> a + b + "\n");
        Config c = parse(uncommented);
        assertThat(c.dialect()).isEqualTo(Dialect.EN_US);
        assertThat(c.checks()).containsKeys("near-duplicate", "typo", "variant");
        assertThat(c.houseStyle()).extracting(PreferredForm::preferred).containsExactly("al-Jolani", "email");
        assertThat(c.runSettings(CHECKS).enabledChecks()).isEqualTo(Set.of());
    }
}
