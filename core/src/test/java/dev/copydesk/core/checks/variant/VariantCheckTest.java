package dev.copydesk.core.checks.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.corpus.ClusterLabels;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.Labels;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantCheckTest {
    /** The held-out figures after the changes the first run prompted (see the README); a floor. */
    private static final double HOLDOUT_PRECISION = 1.0;
    private static final double HOLDOUT_RECALL = 11 / 13.0;

    private final VariantCheck check = new VariantCheck();

    private List<Finding> run(Corpus corpus) {
        return check.run(corpus, CheckContext.defaults(check.info()));
    }

    private List<Finding> run(Corpus corpus, Dialect dialect, List<CheckContext.PreferredForm> houseStyle,
                              Map<String, String> options) {
        return check.run(corpus, new CheckContext(check.info(), dialect, Set.of(), houseStyle, options));
    }

    @Test
    void findsEveryLabelledClusterInTheSeedsWithTheRightMembersAndNothingElse() {
        List<Finding> findings = run(TestData.newsCorpus());
        ClusterLabels labels = ClusterLabels.read(TestData.root().resolve("labels/variant.tsv"));
        assertThat(labels.missed(findings)).isEmpty();
        assertThat(labels.unexpected(findings)).isEmpty();
        assertThat(labels.clusters()).hasSize(3);
    }

    @Test
    void aTieBetweenFormsOffersEveryFormInsteadOfPickingOne() {
        Finding qaim = run(TestData.newsCorpus()).stream().filter(f -> ClusterLabels.members(f).contains("Al-Qaim"))
                .findFirst().orElseThrow();
        assertThat(qaim.message()).contains("no form is more frequent").doesNotContain("; use '");
        assertThat(qaim.suggestions()).containsExactlyInAnyOrder("Al Qaima", "Al-Qaim");
        Finding abdelghani = run(TestData.newsCorpus()).stream()
                .filter(f -> ClusterLabels.members(f).contains("Hassan Abdel Ghani")).findFirst().orElseThrow();
        assertThat(abdelghani.message()).endsWith("; use 'Hassan Abdelghani'");
        assertThat(abdelghani.suggestions()).containsExactly("Hassan Abdelghani");
    }

    @Test
    void anIdentifierTheCorpusMarksAsCodeIsNoVariantOfItsWordsSpacedOutButASlipOfItIs() {
        Corpus corpus = TestData.corpusOf("Call `ReadableStream` to read it, and `IgnoreNodeManager` to skip it.",
                "A ReadableStream reads the file, as any Readable Stream does.",
                "The IgnoreNodeManager skips the node, and so the IgnoreNodeManger skips it too.");
        assertThat(run(corpus)).extracting(Finding::message).containsExactly(
                "Spelling variants (transliteration): 'IgnoreNodeManager' 1, 'IgnoreNodeManger' 1;"
                        + " no form is more frequent: choose one (or set a house style)");
    }

    @Test
    void twoNamesThatDifferInACapitalInsideAWordAreDifferentNames() {
        Corpus corpus = TestData.corpusOf("Upload the package to PyPI and test it on PyPy first.",
                "The minister Mohammed Hassan spoke, and later Muhammed Hassan spoke again.");
        assertThat(run(corpus)).extracting(Finding::subject).containsExactly("Muhammed Hassan");
        assertThat(VariantClusterer.innerCapitalDiffers("PyPI", "PyPy")).isTrue();
        assertThat(VariantClusterer.innerCapitalDiffers("Mohammed", "Muhammed")).isFalse();
        assertThat(VariantClusterer.innerCapitalDiffers("al-Jolani", "al-Jilani")).isFalse();
    }

    @Test
    void aTieBetweenSpellingsOfACompoundGoesToTheOneTheDictionaryHas() {
        Corpus corpus = TestData.corpusOf("They sailed at daybreak and at nightfall.",
                "They came back at day-break and left at night-fall.",
                "A small-business loan and a smallbusiness grant.",
                "A long-time friend and a longtime rival.");
        List<Finding> findings = run(corpus);
        assertThat(findings).extracting(Finding::message).containsExactlyInAnyOrder(
                "Spelling variants (spacing): 'daybreak' 1, 'day-break' 1; use 'daybreak'",
                "Spelling variants (spacing): 'nightfall' 1, 'night-fall' 1; use 'nightfall'",
                "Spelling variants (spacing): 'small-business' 1, 'smallbusiness' 1; use 'small-business'",
                // both in the dictionary: the tie stands
                "Spelling variants (spacing): 'long-time' 1, 'longtime' 1; no form is more frequent: choose one"
                        + " (or set a house style)");
        assertThat(findings).filteredOn(f -> f.message().contains("daybreak")).singleElement()
                .satisfies(f -> assertThat(f.subject()).isEqualTo("day-break"));
    }

    @Test
    void neverMergesIranAndIraqInTheSeeds() {
        assertThat(run(TestData.newsCorpus())).allSatisfy(f -> assertThat(ClusterLabels.members(f))
                .doesNotContain("Iran", "Iraq", "Muhammed"));
    }

    @Test
    void reportsTheJolaniClusterOnceAtTheFirstOtherFormWithEveryOtherOccurrenceRelated() {
        Finding jolani = run(TestData.newsCorpus()).stream().filter(f -> f.key().equals("abu mohammed al-jolani"))
                .findFirst().orElseThrow();
        assertThat(jolani.suggestions()).containsExactly("Abu Mohammed al-Jolani");
        assertThat(jolani.subject()).isEqualTo("Abu Mohammed al-Jawlani");
        assertThat(jolani.location().documentId()).endsWith("000_b63dc4cb37152557.txt");
        assertThat(jolani.location().blockIndex()).isEqualTo(2);
        assertThat(jolani.related()).extracting(r -> r.text())
                .containsExactly("Abu Mohammed al-Jawlani", "Abu Mohammad al-Jolani");
        Evidence.Forms forms = (Evidence.Forms) jolani.evidence();
        assertThat(forms.kind()).isEqualTo("transliteration");
        assertThat(forms.forms().get(0).form()).isEqualTo("Abu Mohammed al-Jolani");
        assertThat(forms.forms().get(0).documents()).hasSize(2);
    }

    @Test
    void scoresAtLeastTheGoalOnTheOwnLabelledSet() {
        Path set = TestData.root().resolve("variant-set");
        List<Finding> findings = run(Corpus.of(TestData.load(set.resolve("docs"))));
        ClusterLabels labels = ClusterLabels.read(set.resolve("labels.tsv"));
        Labels.Score score = labels.score(findings);
        System.out.println("variant-set: " + score);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void scoresTheHeldOutSetAtLeastAsWellAsRecordedInTheReadme() {
        Path set = TestData.root().resolve("variant-set");
        List<Finding> findings = run(Corpus.of(TestData.load(set.resolve("holdout"))));
        Labels.Score score = ClusterLabels.read(set.resolve("holdout-labels.tsv")).score(findings);
        System.out.println("variant-set holdout: " + score);
        assertThat(score.precision()).isGreaterThanOrEqualTo(HOLDOUT_PRECISION);
        assertThat(score.recall()).isGreaterThanOrEqualTo(HOLDOUT_RECALL);
    }

    @Test
    void outputIsTheSameWhateverTheDocumentOrder() {
        List<Document> docs = TestData.load(TestData.root().resolve("variant-set/docs"));
        List<Document> reversed = new ArrayList<>(docs);
        Collections.reverse(reversed);
        assertThat(run(Corpus.of(reversed))).extracting(Finding::key, Finding::message)
                .containsExactlyInAnyOrderElementsOf(run(Corpus.of(docs)).stream()
                        .map(f -> tuple(f.key(), f.message())).toList());
    }

    @Test
    void keepsLookAlikesApart(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), String.join("\n",
                "Iran and Iraq signed a deal. Austria and Australia watched, as did Slovenia and Slovakia.",
                "Aid reached Hama and then Homs. Hamas said Gaza was calm; tourists visited Giza.",
                "Officials from Salzburg met officials from Strasbourg.",
                "The speech was a complement to the plan, and a compliment to the host.",
                "Israel and Israeli officials met Syrian officials from Syria.",
                "She will re-sign the contract; he will resign. The co-op runs the coop.",
                "Check the bill and pay by cheque. The meter reads ten metres.",
                "President Bashar al-Assad spoke. Assad left. Assad's car waited.",
                "Professor Muhammed Hassan met Abu Mohammed al-Jolani."));
        assertThat(run(Corpus.of(TestData.load(dir)))).isEmpty();
    }

    @Test
    void prefersTheConfiguredDialectsSpelling() {
        Corpus corpus = TestData.corpusOf("The defence ministry spoke.", "The defense budget rose.");
        assertThat(run(corpus, Dialect.EN_GB, List.of(), Map.of())).singleElement()
                .satisfies(f -> {
                    assertThat(f.suggestions()).containsExactly("defence");
                    assertThat(f.subject()).isEqualTo("defense");
                    assertThat(((Evidence.Forms) f.evidence()).kind()).isEqualTo("dialect");
                });
    }

    @Test
    void flagsTheOtherDialectAloneOnlyWhenAsked() {
        Corpus corpus = TestData.corpusOf("The colour of the flag.");
        assertThat(run(corpus)).isEmpty();
        assertThat(run(corpus, Dialect.EN_US, List.of(), Map.of(VariantCheck.ENFORCE_DIALECT, "true")))
                .singleElement().satisfies(f -> assertThat(f.suggestions()).containsExactly("color"));
    }

    @Test
    void enforcesTheHouseStyleEvenWhenOnlyOneFormOccurs() {
        Corpus corpus = TestData.corpusOf("Send an e-mail to the desk.", "HTS leader al-Jawlani spoke.");
        List<Finding> findings = run(corpus, Dialect.EN_US, List.of(
                new CheckContext.PreferredForm("email", List.of("e-mail")),
                new CheckContext.PreferredForm("al-Jolani", List.of())), Map.of());
        assertThat(findings).extracting(Finding::subject, Finding::firstSuggestion)
                .containsExactlyInAnyOrder(tuple("e-mail", "email"),
                        tuple("al-Jawlani", "al-Jolani"));
    }

    @Test
    void aPossessiveIsNotASpellingOfThePluralNorAnAcronymOfAName() {
        Corpus corpus = TestData.corpusOf("America's workers and America's farmers built the Americas. America grew.",
                "Robert's plan met Senator Roberts. Robert agreed. NATO's allies met NATO's rivals; Nate came.",
                "Iraqis voted. An Iraqi's vote counted, as Iraqis said. An Iraqi won.");
        assertThat(run(corpus)).isEmpty();
        Corpus misplaced = TestData.corpusOf("Bayes showed it. Bayes theorem holds, as Bayes said.",
                "By Baye’s theorem the odds change.");
        assertThat(run(misplaced)).as("an apostrophe misplaced: no 'Baye' on its own").singleElement()
                .satisfies(f -> assertThat(f.subject()).isEqualTo("Baye’s"));
    }

    @Test
    void aOneWordNamePlusLettersIsAnotherWordWhereTheDictionaryHasBoth() {
        Corpus corpus = TestData.corpusOf("Germany and German workers; Germany again.",
                "Latin America and Latino voters; Latin roots.", "Indiana farmers and an Indian chief in Indiana.");
        assertThat(run(corpus)).isEmpty();
        assertThat(run(TestData.corpusOf("Eastern European leaders met. Western European leaders left.",
                "Eastern European farmers and Western European banks."))).as("two common words").isEmpty();
        assertThat(run(TestData.corpusOf("Bear me out in it, O God!", "That man should be so, Oh God!")))
                .as("a short word and another made of it and a letter").isEmpty();
        assertThat(run(TestData.corpusOf("The League of Nations met. The League of Nations voted. The League of Nations "
                + "ended.", "Later the League of Notions failed."))).as("one letter in a longer word")
                .extracting(ClusterLabels::members).containsExactly(Set.of("League of Nations", "League of Notions"));
        Corpus names = TestData.corpusOf("Historically Black Colleges thrive. Historically Black Colleges grow.",
                "Historical Black Colleges need help.", "President Zelensky spoke. Zelensky left. Zelenskyy returned.");
        assertThat(run(names)).extracting(ClusterLabels::members).containsExactlyInAnyOrder(
                Set.of("Historically Black Colleges", "Historical Black Colleges"), Set.of("Zelensky", "Zelenskyy"));
    }

    @Test
    void anAcronymsPossessiveIsNotASpellingOfItsPlural() {
        Corpus corpus = TestData.corpusOf("The smarthost is the ISP's SMTP server.", "It takes mail from the ISP's customers.",
                "Both ISPs agreed.", "Create the CA's key pair.", "Two CAs signed it. Three CAs did not.");
        assertThat(run(corpus)).isEmpty();
    }

    @Test
    void aPossessiveAndAPluralOfADictionaryWordAreTwoWordsThoughTheStemNeverStandsAlone() {
        Corpus corpus = TestData.corpusOf("The Grand Turk's harem and the Grand Turks of old.",
                "Grand Turks ruled. The heat of all the Julys and one July's storm.");
        assertThat(run(corpus)).isEmpty();
    }

    @Test
    void aNameEndingInALetterIsTheSameNameAtTheEndOfASentence() {
        Corpus corpus = TestData.corpusOf("Farmers file Schedule K every spring.", "The form is Schedule K for most.",
                "Then they file Schedule K.");
        assertThat(run(corpus)).isEmpty();
    }

    @Test
    void aDictionaryNameAndAnUnknownOneAnEditApartAreLeftToTheTypoCheck() {
        Corpus corpus = TestData.corpusOf("Spain sent ships.", "Johnny Michael Spann died there.",
                "Mr. Jones spoke. Jones left.", "Janes came later.");
        assertThat(run(corpus)).isEmpty();
        Corpus dominant = TestData.corpusOf("Latakia fell. The port of Latakia burned. Latakia is quiet.",
                "Rebels left Latakia. Latakia voted.", "Fighting reached Lataika overnight.");
        assertThat(run(dominant)).extracting(ClusterLabels::members).containsExactly(Set.of("Latakia", "Lataika"));
    }

    @Test
    void namesThatDifferOnlyInOneCharacterPartsAreKeysAndModelsNotSpellingsOfOneName() {
        Corpus corpus = TestData.corpusOf("Press Ctrl-D to leave. Ctrl-D again.", "Press Ctrl-T for a tab.",
                "Hold Ctrl and press Ctrl-A.", "The Type-A plug and the Type-C plug.");
        assertThat(run(corpus)).isEmpty();
        assertThat(VariantClusterer.singleCharacterParts("ctrl-d", "ctrl-t")).isTrue();
        assertThat(VariantClusterer.singleCharacterParts("al-jawlani", "al-jolani")).isFalse();
        assertThat(VariantClusterer.singleCharacterParts("ctrl-d", "ctrl-d")).isFalse();
    }

    @Test
    void aNameRunOnIntoTheNextWordThroughADashIsNotASpellingOfIt() {
        Corpus corpus = TestData.corpusOf("Wall Street and Main Street agree.", "Help Main Street grow.",
                "We will help Main Street-to help every family.", "This America-we all know it.", "America grew.");
        assertThat(run(corpus)).isEmpty();
    }

    @Test
    void aBrandWithACapitalInsideIsNoSpellingOfANameWithoutOneButTwoSuchCompoundsMayBe() {
        Corpus corpus = TestData.corpusOf("SELinux is on. We set SELinux to enforcing.", "Boot with Syslinux today.");
        assertThat(run(corpus)).isEmpty();
        Corpus code = TestData.corpusOf("Use IgnoreNodeManager here. The IgnoreNodeManager helps.",
                "Create an IgnoreNodeManger first.");
        assertThat(run(code)).extracting(ClusterLabels::members)
                .containsExactly(Set.of("IgnoreNodeManager", "IgnoreNodeManger"));
        assertThat(VariantClusterer.compound("McDonald")).isFalse();
        assertThat(VariantClusterer.compound("DeSantis")).isFalse();
        assertThat(VariantClusterer.compound("KMail")).isTrue();
    }

    @Test
    void anIdentifierInCamelCaseIsNotASpellingOfThePhraseItNames() {
        Corpus corpus = TestData.corpusOf("Pass a storageAdapter to the cache.", "The storageAdapter option is read once.",
                "Storage Adapter", "Write your own Storage Adapter for any store.");
        assertThat(run(corpus)).isEmpty();
        Corpus brand = TestData.corpusOf("She bought a Stack Overflow mug.", "He posted on Stack Overflow again.",
                "They answered on StackOverflow too.");
        assertThat(run(brand)).extracting(ClusterLabels::members)
                .containsExactly(Set.of("Stack Overflow", "StackOverflow"));
    }

    @Test
    void oneWordNamesTheDictionaryHasInEachSpellingAreReportedAtInfo() {
        Corpus corpus = TestData.corpusOf("Colombia signed. Colombia paid. Colombia won.", "Columbia agreed.",
                "The leader Nasrallah spoke. Nasrallah left. Nasrallah returned.", "Later Nasrullah said so.");
        List<Finding> findings = run(corpus);
        assertThat(findings).filteredOn(f -> ClusterLabels.members(f).contains("Columbia")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(findings).filteredOn(f -> ClusterLabels.members(f).contains("Nasrullah")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aCommonWordWrittenOnceAtASentenceStartIsOfferedInLowerCase() {
        Corpus corpus = TestData.corpusOf("Lifesaving drugs help.", "The lifesaving work goes on.",
                "The life-saving plan passed.");
        assertThat(run(corpus)).singleElement().satisfies(f -> assertThat(f.suggestions()).containsExactly("lifesaving"));
    }

    @Test
    void leavesLowConfidenceClustersOutUnlessTheThresholdIsLowered() {
        Corpus corpus = TestData.corpusOf("Rebels freed prisoners from Sednaya.", "Families waited at Saydnaya.");
        assertThat(run(corpus, Dialect.EN_US, List.of(), Map.of(VariantCheck.MIN_CONFIDENCE, "0.75"))).isEmpty();
        assertThat(run(corpus)).singleElement().satisfies(f -> assertThat(f.confidence()).isLessThan(0.8));
    }
}
