package dev.copydesk.core.checks.typo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.checks.confusion.ConfusionCheck;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.testing.MarkedText;
import dev.copydesk.core.testing.NewsLabels;
import dev.copydesk.core.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypoCheckTest {
    private static final TypoCheck CHECK = new TypoCheck();
    private static Corpus news;

    @BeforeAll
    static void loadNews() {
        news = TestData.newsCorpus();
    }

    private static List<Finding> run(Corpus corpus) {
        return CHECK.run(corpus, CheckContext.defaults(CHECK.info()));
    }

    private static List<String> flagged(String text) {
        return run(TestData.corpusOf(text)).stream().map(Finding::subject).toList();
    }

    @Test
    void wordsOfLoanPhrasesAreNotTyposInTheirPhraseButAreElsewhere() {
        assertThat(flagged("The region is de facto independent and de jure part of the state, "
                + "said ad nauseam in pro forma statements; a cappella groups sang of force majeure.")).isEmpty();
        assertThat(flagged("The laissez-faire view had a certain je ne sais quoi about it.")).isEmpty();
        assertThat(flagged("The coup d\u2019\u00e9tat of 1961 failed.")).isEmpty();
        assertThat(flagged("The facto was not known to the jure.")).containsExactly("facto", "jure");
    }

    @Test
    void aWordCutOffByAnEllipsisIsAnExcerptNotATypo() {
        assertThat(flagged("...esident Bush noted that the country would do its part.")).isEmpty();
        assertThat(flagged("She reached her second WTA Tou\u2026")).isEmpty();
        assertThat(flagged("The esident noted it... and left.")).containsExactly("esident");
    }

    @Test
    void aWordBrokenOffByAHyphenBeforeADashOrASpaceIsAFalseStartNotATypo() {
        assertThat(flagged("We are not going to seek esca-\u2014ecala-\u2014excuse me\u2014escalation.")).isEmpty();
        assertThat(flagged("Both pree- and post-war plans failed.")).isEmpty();
        assertThat(flagged("The dream--that goverment dream--is alive.")).containsExactly("goverment");
    }

    @Test
    void aCommonMisspellingCapitalisedRightAfterATitleIsAName() {
        assertThat(flagged("The framework was developed by Senators Frist and Breaux last year.")).isEmpty();
        assertThat(flagged("It came from Sen. Frist, the leader.")).isEmpty();
        assertThat(flagged("The Frist thing to do is wait.")).containsExactly("Frist");
        assertThat(flagged("The senators frist agreed.")).containsExactly("frist");
    }

    @Test
    void aCommonMisspellingInANameOfSeveralCapitalisedWordsIsOnlyInformation() {
        Corpus corpus = TestData.corpusOf("He won two Serie A titles with the club.",
                "The letter was signed by Benjamin Meeds alone.", "Benjamin Meeds",
                "It was filed via the Exchnage today.", "Serie was the word he used.",
                "The World Series ended, and the Series MVP spoke."); // the correction as a name, but not Series A
        assertThat(run(corpus)).extracting(Finding::subject, Finding::severity).containsExactly(
                tuple("Serie", Severity.INFO), tuple("Meeds", Severity.INFO), tuple("Meeds", Severity.INFO),
                tuple("Exchnage", Severity.WARNING), tuple("Serie", Severity.WARNING));
        assertThat(run(corpus).get(0).message()).contains("common misspelling, but in a name");
        // the corpus writes the corrected name elsewhere: this is a slip of it
        assertThat(run(TestData.corpusOf("Talks on the Middle East went on.", "Peace in the Middel East is far off.")))
                .extracting(Finding::subject, Finding::severity).containsExactly(tuple("Middel", Severity.WARNING));
    }

    @Test
    void twoCommonWordsWrittenAsOneAreAStyleQuestionAtInfoWithTheOpenAndHyphenatedForms() {
        List<Finding> findings = run(TestData.corpusOf("The powerplant closed, the rollcall ended and the autoworkers "
                + "cut the redtape; it was rocksolid."));
        assertThat(findings).extracting(Finding::subject, Finding::severity, Finding::firstSuggestion).containsExactly(
                tuple("powerplant", Severity.INFO, "power plant"), tuple("rollcall", Severity.INFO, "roll call"),
                tuple("autoworkers", Severity.INFO, "auto workers"), tuple("redtape", Severity.INFO, "red tape"),
                tuple("rocksolid", Severity.INFO, "rock solid"));
        assertThat(findings.get(0).suggestions()).containsExactly("power plant", "power-plant");
        assertThat(findings.get(0).message()).contains("two words written as one? 'power plant'");
        // the same in a part of a hyphenated word; an unknown part that is no compound is still a typo
        assertThat(run(TestData.corpusOf("She sang the folkhop-influenced song. The non-mamalian race left.")))
                .extracting(Finding::subject, Finding::severity, Finding::firstSuggestion).containsExactly(
                        tuple("folkhop-influenced", Severity.INFO, "folk hop-influenced"),
                        tuple("non-mamalian", Severity.WARNING, "non-mammalian"));
    }

    @Test
    void aHyphenLeftOutInsideAHyphenatedWordIsPutBackFirst() {
        assertThat(run(TestData.corpusOf("They passed a right-toknow law.", "She is a stayat-home mother.")))
                .extracting(Finding::subject, Finding::firstSuggestion)
                .containsExactly(tuple("right-toknow", "right-to-know"), tuple("stayat-home", "stay-at-home"));
    }

    @Test
    void aSlipThatSplitsIntoWordsIsStillATypo() {
        List<Finding> findings = run(TestData.corpusOf("He was always carefull about it.", "She was properally dressed.",
                "Meet me tothe office.", "The firm went bankrot last year.", "We met beeteen noon and one."));
        assertThat(findings).extracting(Finding::subject).containsExactly("carefull", "properally", "tothe", "bankrot",
                "beeteen");
        assertThat(findings).allSatisfy(f -> assertThat(f.message()).doesNotContain("written as one"));
    }

    @Test
    void aCheckPreparedFromSeveralThreadsWhileItRunsFindsWhatOneThreadFinds() throws Exception {
        TypoCheck shared = new TypoCheck(); // as a run prepares it twice (at start-up and for its settings)
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> preparing = new ArrayList<>();
            for (Dialect d : List.of(Dialect.EN_US, Dialect.EN_GB, Dialect.EN_US)) {
                preparing.add(pool.submit(() -> shared.prepare(d)));
            }
            Future<List<Finding>> running = pool.submit(() -> shared.run(news, CheckContext.defaults(shared.info())));
            assertThat(running.get(2, TimeUnit.MINUTES)).isEqualTo(run(news));
            for (Future<?> f : preparing) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPreparedCheckFindsWhatAnUnpreparedOneFinds() {
        TypoCheck prepared = new TypoCheck();
        prepared.prepare(Dialect.EN_US);
        TypoCheck fresh = new TypoCheck();
        assertThat(prepared.run(news, CheckContext.defaults(prepared.info())))
                .isEqualTo(fresh.run(news, CheckContext.defaults(fresh.info())));
    }

    @Test
    void aDroppedGMarkedByAnApostropheIsSpeechNotATypo() {
        assertThat(flagged("He would have been doin\u2019 it at noon, sayin' nothin' to anyone.")).isEmpty();
        assertThat(flagged("He would have been doin it at noon.")).containsExactly("doin");
        assertThat(flagged("They were walkin' and goverment' was there.")).containsExactly("goverment");
    }

    @Test
    void contractedEndingsOfKnownWordsAreWords() {
        assertThat(flagged("What'll it be? Have you pray\u2019d tonight? Who've they seen?")).isEmpty();
        assertThat(flagged("So whta'll it be?")).containsExactly("whta'll");
    }

    @Test
    void identifiersAndBrandsWithAnInnerCapitalAreNotChecked() {
        assertThat(flagged("Set maxDate and call operationComplete on the new iPhone from eBay.")).isEmpty();
        assertThat(flagged("The goverment said so.")).containsExactly("goverment");
        assertThat(flagged("The GOVERMENT said so, and the Goverment agreed.")).contains("Goverment");
    }

    @Test
    void wordsWithLettersEnglishOnlyBorrowsAreForeignNotTypos() {
        assertThat(flagged("He shouted viva la anarqu\u00eda, and the sp\u00f8rgsm\u00e5l was whether asz\u00fa wine sold.")).isEmpty();
        assertThat(flagged("He shouted viva la anarquia.")).containsExactly("anarquia");
    }

    @Test
    void foreignLetteredWordsStillMarkTheirSentenceAsForeign() {
        assertThat(flagged("A m\u00e9s tamb\u00e9 es va vendre el Citro\u00ebn.")).isEmpty();
        assertThat(flagged("Then they va vendre the car.")).contains("vendre");
    }

    @Test
    void anUnknownWordRightBesideAForeignLetteredOneIsOfTheSamePhrase() {
        assertThat(flagged("The sign over the door read finç abui in old letters.")).isEmpty();
        // a known word with such a letter, or punctuation between, makes no phrase of the two
        assertThat(flagged("The café wiht a view was full.")).containsExactly("wiht");
        assertThat(flagged("The sign read finç, and abui stood below it.")).containsExactly("abui");
    }

    @Test
    void aLetterDrawnOutOnPurposeIsNotATypo() {
        assertThat(flagged("Let's goooooooo, they sang. Noooo, she said.")).isEmpty();
        assertThat(flagged("The bulll was loose.")).containsExactly("bulll");
    }

    @Test
    void anUnknownWordStartingARunOfCapitalisedWordsIsAName() {
        assertThat(flagged("Montse Saez runs the office. Wayde van Niekerk ran. Hudgins sent it.")).containsExactly("Hudgins");
        assertThat(flagged("Goverment Officials said so.")).containsExactly("Goverment");
        assertThat(flagged("Rbeels Advance Toward The Capital")).containsExactly("Rbeels");
    }

    @Test
    void fileNamesHostsAndDottedHandlesAreNotChecked() {
        assertThat(flagged("It is not in my nginx.conf or diaspora.yml; see erdogan.com.tr or ask @lior.avni now.")).isEmpty();
        assertThat(flagged("It is not in my conf file.")).containsExactly("conf");
    }

    @Test
    void theSOfAnAcronymWrittenSmallIsNotATypo() {
        assertThat(flagged("A couple of midsize suv's have a third seat.")).isEmpty();
        assertThat(flagged("A couple of midsize svu's have a third seat.")).containsExactly("svu's");
    }

    @Test
    void contractionsOfSpeechAreWordsWithEitherApostrophe() {
        assertThat(flagged("The dos and don'ts: how do y\u2019all do it, and nor one nor t'other slept.")).isEmpty();
    }

    @Test
    void findsEveryLabelledTypoInNewsWithItsFirstSuggestionAndNothingElse() {
        List<Finding> findings = new ArrayList<>(run(news));
        ConfusionCheck confusion = new ConfusionCheck();
        findings.addAll(confusion.run(news, CheckContext.defaults(confusion.info())));
        List<NewsLabels.Label> labels = NewsLabels.read("typo.tsv", "typo");
        for (NewsLabels.Label label : labels) {
            List<Finding> hits = findings.stream().filter(label::matches).toList();
            if (label.flag()) {
                assertThat(hits).as("labelled %s", label).hasSize(1);
                assertThat(hits.get(0).firstSuggestion()).as("first suggestion for %s", label)
                        .isEqualTo(label.suggestion());
            } else {
                assertThat(hits).as("name %s must not be flagged", label).isEmpty();
            }
        }
        assertThat(findings).as("findings beyond the labels")
                .allMatch(f -> labels.stream().anyMatch(l -> l.flag() && l.matches(f)));
    }

    @Test
    void findsEveryMarkedTypoInTheFixture() {
        MarkedText fixture = MarkedText.resource(getClass(), "positives.txt");
        assertThat(fixture.actual(CHECK, CheckContext.defaults(CHECK.info())))
                .containsExactlyElementsOf(fixture.expected());
    }

    @Test
    void reportsNothingOnHardNegatives() {
        MarkedText fixture = MarkedText.resource(getClass(), "hard-negatives.txt");
        assertThat(run(fixture.corpus())).isEmpty();
    }

    @Test
    void findingsDoNotDependOnWhichWorkerJudgedAFormOrWhatWasCachedBefore() {
        List<Document> slipped = new ArrayList<>();
        for (Document d : TestData.load(TestData.news())) {
            List<String> paragraphs = new ArrayList<>();
            d.blocks().forEach(b -> paragraphs.add(swapLettersOfLongWords(b.text(), 3)));
            slipped.add(TestData.document("slipped-" + d.id(), paragraphs.toArray(String[]::new)));
        }
        Corpus corpus = Corpus.of(slipped);
        List<Finding> fresh = new TypoCheck().run(corpus, CheckContext.defaults(CHECK.info()));
        TypoCheck warm = new TypoCheck();
        warm.run(news, CheckContext.defaults(CHECK.info()));
        List<Finding> afterOtherRun = warm.run(corpus, CheckContext.defaults(CHECK.info()));
        assertThat(fresh).hasSizeGreaterThan(100);
        assertThat(afterOtherRun).containsExactlyElementsOf(fresh);
        assertThat(new TypoCheck().run(corpus, CheckContext.defaults(CHECK.info()))).containsExactlyElementsOf(fresh);
    }

    /** Every {@code step}-th word of seven letters or more with its third and fourth letters swapped. */
    private static String swapLettersOfLongWords(String text, int step) {
        String[] words = text.split(" ", -1);
        int n = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() >= 7 && w.chars().allMatch(Character::isLetter) && n++ % step == 0) {
                words[i] = w.substring(0, 2) + w.charAt(3) + w.charAt(2) + w.substring(4);
            }
        }
        return String.join(" ", words);
    }

    @Test
    void ranksTheIntendedWordFirstForClassicSlips() {
        Map<String, List<String>> corrected = CHECK.correct(List.of("teh", "goverment", "recieve", "definately"),
                Dialect.EN_US);
        assertThat(corrected.get("teh")).first().isEqualTo("the");
        assertThat(corrected.get("goverment")).first().isEqualTo("government");
        assertThat(corrected.get("recieve")).first().isEqualTo("receive");
        assertThat(corrected.get("definately")).first().isEqualTo("definitely");
    }

    @Test
    void reportsRareMisspellingOfAFrequentCorpusName() {
        Corpus corpus = Corpus.of(List.of(TestData.document("story.txt", "Officials said Jolani met aides.",
                "Later Jolani spoke.", "Aides to Jolani left.", "Then Jolani returned.", "Witnesses saw Jolaani in the city.")));
        List<Finding> findings = run(corpus);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("Jolaani");
            assertThat(f.firstSuggestion()).isEqualTo("Jolani");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void aSlipOfANameUsedAFewTimesOnlyInOtherStoriesIsOnlyInformation() {
        String slip = "Witnesses saw Jolaani in the city.";
        // four uses, all in other documents: Jolaani may be another man
        Corpus few = TestData.corpusOf("Officials said Jolani met aides.", "Later Jolani spoke.",
                "Aides to Jolani left.", "Then Jolani returned.", slip);
        assertThat(run(few)).extracting(Finding::subject, Finding::severity, Finding::firstSuggestion)
                .containsExactly(tuple("Jolaani", Severity.INFO, "Jolani"));
        assertThat(run(few).get(0).message()).contains("though not near here");
        // nor does a use in the same document help when it is more than a story's length away
        List<String> paragraphs = new java.util.ArrayList<>(List.of("Officials said Jolani met aides."));
        paragraphs.addAll(java.util.Collections.nCopies(TypoCheck.MAGNET_REACH, "The talks went on."));
        paragraphs.add(slip);
        Document story = TestData.document("story.txt", paragraphs.toArray(String[]::new));
        Document b = TestData.document("b.txt", "Later Jolani spoke.");
        Document c = TestData.document("c.txt", "Aides to Jolani left.");
        assertThat(run(Corpus.of(List.of(story, b, c)))).extracting(Finding::severity).containsExactly(Severity.INFO);
        paragraphs.remove(1); // now just within reach
        story = TestData.document("story.txt", paragraphs.toArray(String[]::new));
        assertThat(run(Corpus.of(List.of(story, b, c)))).extracting(Finding::severity).containsExactly(Severity.WARNING);
        // a name used all over the corpus is a magnet anywhere: a one-off beside ten uses
        String[] docs = new String[11];
        java.util.Arrays.fill(docs, "Officials said Jolani met aides.");
        docs[10] = slip;
        assertThat(run(TestData.corpusOf(docs))).extracting(Finding::subject, Finding::severity)
                .containsExactly(tuple("Jolaani", Severity.WARNING));
    }

    @Test
    void aWordTheCorpusWritesAsCodeIsATermOfItsInProseToo() {
        Corpus corpus = TestData.corpusOf("Copy the tree with `rsync -a src/ dst/` first, then call `recieve()` on it.",
                "After that, rsync copies only what has changed since the last time the tree was copied.",
                "A small window from zenity asks which of the two copies should be kept for the record.",
                "We recieve the rest of the files by post on the first day of the next month.");
        assertThat(run(corpus)).extracting(Finding::subject, Finding::severity).containsExactly(
                tuple("rsync", Severity.INFO), tuple("zenity", Severity.WARNING), tuple("recieve", Severity.WARNING));
        assertThat(run(corpus).get(0).message()).endsWith("written as code elsewhere)");
    }

    @Test
    void aNameThatDiffersFromACorpusNameInItsFirstLetterOnlyIsNoSlipOfIt() {
        Corpus corpus = besideFrequent("The team wrote the code for the new website in Python last year.",
                "The same code also runs on Jython, which the other team uses for their own work.",
                "The Pythno team said that the code would be ready by the end of the month.");
        assertThat(run(corpus)).filteredOn(f -> f.message().contains("frequent in this corpus"))
                .extracting(Finding::subject).containsExactly("Pythno");
    }

    /** Ten documents using {@code word}, then the given ones. */
    private static Corpus besideFrequent(String sentenceWithWord, String... more) {
        List<String> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            docs.add(sentenceWithWord);
        }
        docs.addAll(List.of(more));
        return TestData.corpusOf(docs.toArray(String[]::new));
    }

    @Test
    void aRecurringLowerCaseSwapOfAFrequentCorpusWordIsATypoEvenWhereItLooksLikeAName() {
        // the typo also sits in a name, capitalised mid-sentence: without the magnet it passes as a name
        Corpus corpus = besideFrequent("Rebel forces advanced on the city and the forces held.",
                "Rebel forcse advanced.", "The forcse left.", "Their forcse rested.",
                "He met the Democratic Forcse today.");
        List<Finding> findings = run(corpus).stream().filter(f -> f.subject().equals("forcse")).toList();

        assertThat(findings).hasSize(3).allSatisfy(f -> {
            assertThat(f.firstSuggestion()).isEqualTo("forces");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("frequent in this corpus as 'forces'");
        });
    }

    @Test
    void aCapitalisedSwapOfAWordTheCorpusWritesCapitalisedAsOftenIsATypoEvenWhereItLooksLikeAName() {
        // syndicated headlines: the typo recurs, once in a line whose broken casing makes it look mid-sentence
        Corpus corpus = besideFrequent("Celebrated Anarchic Victory in Homs",
                "Celebrated Anarchic Vcitory in Homs", "Celebrated Anarchic Vcitory in homs.");
        List<Finding> findings = run(corpus).stream().filter(f -> f.subject().equals("Vcitory")).toList();

        assertThat(findings).hasSize(2).allSatisfy(f -> {
            assertThat(f.firstSuggestion()).isEqualTo("Victory");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void aDictionaryWordBetweenTheWordsThatSurroundAFrequentNeighbourManyTimesIsARealWordSlip() {
        Corpus corpus = besideFrequent("Listen to World Today News now, and there was more of it.",
                "Listen to World Toady News now.", "The minister is a toady of the regime.",
                "And three was more of it.");
        List<Finding> findings = run(corpus).stream()
                .filter(f -> f.message().contains("between the same words")).toList();

        assertThat(findings).extracting(Finding::subject, Finding::firstSuggestion)
                .containsExactlyInAnyOrder(tuple("Toady", "Today"), tuple("three", "there"));
        assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aWordUsedAThirdAsOftenAsItsNeighbourBetweenTheSameWordsIsMeantNotASlip() {
        // 12 "the farmers of" against 4 "the framers of": both are words, and four uses are intent
        List<String> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            docs.add("We owe much to the farmers of the West.");
        }
        for (int i = 0; i < 4; i++) {
            docs.add("We owe much to the framers of the Constitution.");
        }
        assertThat(run(TestData.corpusOf(docs.toArray(String[]::new))))
                .noneMatch(f -> f.message().contains("between the same words"));
        // six times as often is enough
        docs.subList(12, 14).clear();
        assertThat(run(TestData.corpusOf(docs.toArray(String[]::new))))
                .filteredOn(f -> f.message().contains("between the same words")).hasSize(2)
                .allMatch(f -> f.subject().equals("framers"));
    }

    @Test
    void aSpellingOfTheOtherDialectIsReportedAsSuchNotAsARealWordSlip() {
        Corpus corpus = besideFrequent("They went to the theater last night.", "They went to the theatre last night.");

        assertThat(run(corpus)).noneMatch(f -> f.message().contains("between the same words"))
                .anyMatch(f -> f.subject().equals("theatre") && f.message().contains("other dialect"));
    }

    @Test
    void aCompoundWithAPartOfTheOtherDialectIsADialectSpellingNotATypo() {
        List<Finding> findings = run(TestData.corpusOf("The drab-coloured coat hung by the well-organised crowd.",
                "A drab-colourd coat hung there."));

        assertThat(findings).filteredOn(f -> f.subject().equals("drab-coloured")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).contains("'coloured' is a spelling of the other dialect");
                    assertThat(f.firstSuggestion()).isEqualTo("drab-colored");
                });
        assertThat(findings).filteredOn(f -> f.subject().equals("well-organised")).extracting(Finding::severity)
                .containsExactly(Severity.INFO);
        assertThat(findings).as("a slip in a part is still a typo").filteredOn(f -> f.subject().equals("drab-colourd"))
                .extracting(Finding::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void aWordBothDictionariesHaveIsNotASlipOfAFrequentWordOnlyOneDialectHas() {
        // en-US has both 'canceled' and 'cancelled', en-GB only 'cancelled': a spelling, not a slip
        Corpus corpus = besideFrequent("The match was canceled by the league.", "The match was cancelled by the league.");

        assertThat(run(corpus)).noneMatch(f -> f.subject().equals("cancelled"));
    }

    @Test
    void aRealWordSlipCutOffByAnEllipsisIsAnExcerptNotASlip() {
        Corpus corpus = besideFrequent("Listen to World Today News now.", "Listen to World ...Toady News now.");

        assertThat(run(corpus)).noneMatch(f -> f.message().contains("between the same words"));
    }

    @Test
    void aCapitalisedWordOneSwapFromAFrequentWordIsNotMadeATypoOfIt() {
        Corpus corpus = besideFrequent("The area was quiet.", "Mu Arae is a star in the south.");

        assertThat(run(corpus)).noneMatch(f -> f.message().contains("frequent in this corpus"));
    }

    @Test
    void aCapitalisedWordOfFourLettersIsNotASlipOfAFrequentNameButOneOfFiveIs() {
        // short names are dense: Mayr, Mika and Al-Qaim are names of their own beside Mary, Mike and Al Qaima
        Corpus shortNames = besideFrequent("Officials said Mary and Mike met aides at the Al Qaima crossing.",
                "Officials said Mayr left.", "Mika stayed.", "The mayor of Al-Qaim spoke.");
        assertThat(run(shortNames)).noneMatch(f -> f.message().contains("frequent in this corpus"));

        Corpus longer = besideFrequent("Officials said Assad met aides.", "Officials said Asaad left.");
        assertThat(run(longer)).filteredOn(f -> f.subject().equals("Asaad")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("frequent in this corpus as 'Assad'");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void aWordOfTheOtherDialectIsNotASlipOfTheFrequentSpellingOfThisOne() {
        Corpus corpus = besideFrequent("The center was open.", "The centre was closed.", "A centre opened.");

        assertThat(run(corpus)).noneMatch(f -> f.message().contains("frequent in this corpus"));
    }

    @Test
    void aHyphenatedNameWithASlipInOnePartIsCorrectedFromTheCorpus() {
        Corpus corpus = besideFrequent("Officials said Abdel Ghani met aides.", "Officials said Adbel-Rahman left.");
        List<Finding> findings = run(corpus).stream().filter(f -> f.subject().equals("Adbel-Rahman")).toList();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.firstSuggestion()).isEqualTo("Abdel-Rahman");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void anAcceptedPartOfAHyphenatedWordIsNotMadeASlipOfACorpusName() {
        Corpus corpus = besideFrequent("Officials said Abdel Ghani met aides.", "Officials said Adbel-Rahman left.");
        CheckContext context = new CheckContext(CHECK.info(), Dialect.EN_US, Set.of("Adbel"), List.of(), Map.of());

        assertThat(CHECK.run(corpus, context)).noneMatch(f -> f.subject().equals("Adbel-Rahman"));
    }

    @Test
    void aMisspeltPossessiveIsCorrectedInItsStemAndKeepsItsEnding() {
        Corpus corpus = TestData.corpusOf("The regmie\u2019s army left. The goverment's plan failed.");

        assertThat(run(corpus)).extracting(Finding::subject, Finding::firstSuggestion)
                .containsExactly(tuple("regmie\u2019s", "regime\u2019s"), tuple("goverment's", "government's"));
    }

    @Test
    void aLongMisspellingThatStartsASentenceIsReportedThoughItIsCapitalised() {
        List<Finding> findings = run(TestData.corpusOf("Occusionaly the rebels met. Abdelghani spoke."));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("Occusionaly");
            assertThat(f.suggestions()).contains("Occasionally");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void treatsAConsistentlyCapitalisedUnknownWordAsAName() {
        Corpus corpus = TestData.corpusOf("Rebels freed prisoners from Sednaya prison.",
                "Sednaya is infamous, and the Sednaya files were opened.");
        assertThat(run(corpus)).isEmpty();
    }

    @Test
    void aWordTheDictionaryLacksThatSeveralDocumentsUseInTheirOwnWordsIsATermAtInfo() {
        Corpus corpus = TestData.corpusOf("The frequentist view treats probability as a long-run rate.",
                "A frequentist would reject the prior entirely.",
                "Statisticians of the frequentist school disagree about it.");
        assertThat(run(corpus)).hasSize(3).allSatisfy(f -> {
            assertThat(f.subject()).isEqualTo("frequentist");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message())
                    .isEqualTo("Possible typo: 'frequentist' (not in the dictionary; used 3 times in 3 documents)");
        });
        CheckContext never = new CheckContext(CHECK.info(), Dialect.EN_US, Set.of(), List.of(),
                Map.of("term-min-places", "0"));
        assertThat(CHECK.run(corpus, never)).hasSize(3).allMatch(f -> f.severity() == Severity.WARNING);
    }

    @Test
    void aWordOneDocumentUsesInThreeDifferentPlacesIsATermAtInfoButNotInTwo() {
        String three = "Before doing anything we should give podmins easy steps. Other podmins could "
                + "install it. A few confirmed podmins have found the same.";
        assertThat(run(TestData.corpusOf(three))).hasSize(3).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).endsWith("(not in the dictionary; used 3 times in 1 document)");
        });
        String two = three.substring(0, three.lastIndexOf(" A few"));
        assertThat(run(TestData.corpusOf(two))).hasSize(2).allMatch(f -> f.severity() == Severity.WARNING);
        // the same neighbours each time are one place, in one document or in three
        String same = "Other podmins could install it. ";
        assertThat(run(TestData.corpusOf(same + same + same))).hasSize(3)
                .allMatch(f -> f.severity() == Severity.WARNING);
    }

    @Test
    void aWordTheDictionaryLacksCountsTogetherAloneAndInItsCompoundsAsOneTerm() {
        Corpus corpus = TestData.corpusOf("Install mdast-util-gfm before the parser runs.",
                "The plugin mdast-util-to-markdown writes the tree back out.",
                "Every mdast node has a type field.",
                "We also ship json-stable-strigify for sorted output.");
        List<Finding> findings = run(corpus);

        assertThat(findings).filteredOn(f -> f.subject().contains("mdast")).hasSize(3).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).endsWith("used 3 times in 3 documents)");
        });
        assertThat(findings).filteredOn(f -> f.subject().equals("json-stable-strigify")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void anArchaicFormOfAVerbIsInformationNamingTheVerbNotATypo() {
        List<Finding> findings = run(TestData.corpusOf("Thou makest the sea boil, and wantest more; "
                + "he cometh and laugheth, and thou gettest nothing. Thou would'st, and thou liv'st."));

        assertThat(findings).extracting(Finding::subject, Finding::severity).containsExactly(
                tuple("makest", Severity.INFO), tuple("wantest", Severity.INFO), tuple("cometh", Severity.INFO),
                tuple("laugheth", Severity.INFO), tuple("gettest", Severity.INFO), tuple("would'st", Severity.INFO),
                tuple("liv'st", Severity.INFO));
        assertThat(findings).first().satisfies(f -> assertThat(f.message()).contains("archaic form of 'make'"));
    }

    @Test
    void anArchaicFormIsNotASlipOfAFrequentNameAnEditAway() {
        Corpus corpus = besideFrequent("The ship sailed West for a week.", "Thou owest the sea a life.");

        assertThat(run(corpus)).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("owest");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("archaic form of 'owe'");
        });
    }

    @Test
    void aWordWithLettersLeftOutForAnApostropheIsAnElisionOfTheWholeWord() {
        List<Finding> findings = run(TestData.corpusOf("It was e\u2019en so. We ate a reg'lar feast at noon. "
                + "We hav'n't seen them since. The work is a'most done."));

        assertThat(findings).extracting(Finding::subject, Finding::severity, Finding::firstSuggestion).containsExactly(
                tuple("e\u2019en", Severity.INFO, "even"),
                tuple("reg'lar", Severity.INFO, "regular"), tuple("hav'n't", Severity.INFO, "haven't"),
                tuple("a'most", Severity.INFO, "almost"));
        assertThat(findings).first().satisfies(f -> assertThat(f.message()).contains("elision of 'even'"));
    }

    @Test
    void aStrayApostropheThatLeavesNoLetterOutIsStillATypo() {
        assertThat(run(TestData.corpusOf("They wo'nt come back today."))).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("wo'nt");
            assertThat(f.message()).doesNotContain("elision");
        });
    }

    @Test
    void aRegularFormationOfALongDictionaryWordIsInformationButASlipInAShortOneIsATypo() {
        List<Finding> findings = run(TestData.corpusOf("The flutterings of the sail went on. "
                + "He looked reelingly about. The unharming sea was calm. The unform crowd waited. "
                + "Some orchids are single-anthered. It occured to him that he commited nothing. "
                + "They scrutiniesed it."));

        assertThat(findings).extracting(Finding::subject, Finding::severity).containsExactly(
                tuple("flutterings", Severity.INFO), tuple("reelingly", Severity.INFO),
                tuple("unharming", Severity.INFO), tuple("unform", Severity.WARNING),
                tuple("single-anthered", Severity.INFO), tuple("occured", Severity.WARNING),
                tuple("commited", Severity.WARNING), tuple("scrutiniesed", Severity.WARNING));
        assertThat(findings).first().satisfies(f -> assertThat(f.message()).contains("formed regularly from 'fluttering'"));
    }

    @Test
    void aMisspeltSuperlativeOfAnAdjectiveIsStillATypoThoughItEndsInEst() {
        assertThat(run(TestData.corpusOf("It was the bigest and the strongst crowd in years.")))
                .extracting(Finding::subject, Finding::severity, Finding::firstSuggestion)
                .contains(tuple("bigest", Severity.WARNING, "biggest"));
    }

    @Test
    void aPossessiveAndAPluralCountWithTheirWordAsOneTerm() {
        Corpus corpus = TestData.corpusOf("The harpooneers rowed hard all day.",
                "Each harpooneer's lance was sharp.", "Two harpooneers slept below deck.");

        assertThat(run(corpus)).hasSize(3).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).endsWith("used 3 times in 3 documents)");
        });
    }

    @Test
    void aFormAlreadyReportedAsInfoCountsTowardsItsTerm() {
        // frequentists is info on its own (its corrections are rare words); with it, three documents use the term
        List<Finding> found = run(TestData.corpusOf("The frequentist view treats probability as a rate.",
                "A frequentist would reject the prior.", "Most frequentists disagree."));
        assertThat(found).hasSize(3).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).endsWith("(not in the dictionary; used 3 times in 3 documents)");
        });
    }

    @Test
    void aSmallLetterWordOneSlipOnlyFromRareWordsIsInfoButFromACommonWordOrAWellKnownNameAWarning() {
        List<Finding> found = run(TestData.corpusOf("You can untick the box on the form if you like.",
                "The paper says that these cyclases work in the cell.", "Then check the timimg of the second visit.",
                "He flew from Cairo to isreal last week.", "We will dessiccate the samples before the test."));
        assertThat(found).extracting(Finding::subject, Finding::severity).containsExactlyInAnyOrder(
                tuple("untick", Severity.INFO), tuple("cyclases", Severity.INFO),
                tuple("timimg", Severity.WARNING), tuple("isreal", Severity.WARNING),
                tuple("dessiccate", Severity.WARNING));
    }

    @Test
    void aTypoCopiedIntoSeveralDocumentsOrUsedInTwoStaysAWarning() {
        String syndicated = "The govenrment said the talks would resume.";
        assertThat(run(TestData.corpusOf(syndicated, syndicated, "Unrelated copy. " + syndicated)))
                .hasSize(3).allMatch(f -> f.severity() == Severity.WARNING && f.subject().equals("govenrment"));
        assertThat(run(TestData.corpusOf("The frequentist view treats probability as a rate.",
                "A frequentist would reject the prior.")))
                .hasSize(2).allMatch(f -> f.severity() == Severity.WARNING);
    }

    @Test
    void aNameMadeFromACorpusNameWithALetterInFrontIsNotASlipOfIt() {
        String[] docs = new String[8];
        for (int i = 0; i < 6; i++) {
            docs[i] = "We installed Ubuntu on laptop " + i + " and kept Ubuntu there.";
        }
        docs[6] = "The desktop of Kubuntu differs, and Xubuntu is lighter still.";
        docs[7] = "They run Uubuntu at work, and Ubnutu at home.";
        List<Finding> findings = run(TestData.corpusOf(docs));

        assertThat(findings).filteredOn(f -> f.severity() == Severity.WARNING).extracting(Finding::subject)
                .containsExactly("Uubuntu", "Ubnutu");
        assertThat(findings).filteredOn(f -> f.subject().equals("Uubuntu")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("frequent in this corpus as 'Ubuntu'"));
    }

    @Test
    void thePluralOrSingularOfACorpusNameIsNotASlipOfIt() {
        String[] docs = new String[8];
        for (int i = 0; i < 6; i++) {
            docs[i] = "Ships crossed the Pacific " + i + " times, and the Pacific stayed calm.";
        }
        docs[6] = "Whole Atlantics and Pacifics seemed passed as they shot on.";
        docs[7] = "They crossed the Pacfic once, and the Paciifc twice.";
        List<Finding> findings = run(TestData.corpusOf(docs));

        assertThat(findings).filteredOn(f -> f.severity() == Severity.WARNING).extracting(Finding::subject)
                .containsExactly("Pacfic", "Paciifc");
        assertThat(CorpusNames.numberOf("post-offices", "post-office")).isTrue();
        assertThat(CorpusNames.numberOf("canaller", "canallers")).isTrue();
        assertThat(CorpusNames.numberOf("pacifica", "pacific")).isFalse();
        assertThat(CorpusNames.numberOf("pacifis", "pacific")).isFalse();
    }

    @Test
    void aTransliterationUsedSeveralTimesIsAVariantButAOneOffVowelSlipIsATypo() {
        String[] docs = new String[14];
        for (int i = 0; i < 10; i++) {
            docs[i] = "Fighters of Hezbollah crossed the border " + i + " times, said Hezbollah officials.";
        }
        for (int i = 10; i < 13; i++) {
            docs[i] = "Another agency spells it Hizbollah in report " + i + ".";
        }
        docs[13] = "The statement from Hezbullah came late.";
        List<Finding> warnings = run(TestData.corpusOf(docs)).stream()
                .filter(f -> f.severity() == Severity.WARNING).toList();
        // Hizbollah is the variant check's (three times, a vowel for a vowel); the one-off is a slip
        assertThat(warnings).extracting(Finding::subject).containsExactly("Hezbullah");
    }

    @Test
    void anAcronymAttractsNothingAndANameThatIsAWordAttractsSmallWordsOnlyAsAWordDoes() {
        String[] docs = new String[7];
        for (int i = 0; i < 6; i++) {
            docs[i] = "Our client speaks HTTP to server " + i + ", and the Studio build " + i + " ran on it.";
        }
        docs[6] = "Use https for the upload. The tool reads stdio by default. We took the sutdio build.";
        List<Finding> findings = run(TestData.corpusOf(docs));

        assertThat(findings).filteredOn(f -> f.subject().equals("https") || f.subject().equals("stdio"))
                .noneMatch(f -> f.message().contains("frequent in this corpus"));
        // a swap of neighbours is still a slip of the name, as of a word
        assertThat(findings).filteredOn(f -> f.subject().equals("sutdio")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("frequent in this corpus as 'Studio'"));
    }

    @Test
    void aNameWrittenWithAHyphenIsASpellingNotASlip() {
        String[] docs = new String[6];
        for (int i = 0; i < 5; i++) {
            docs[i] = "The war in Vietnam went on, and Vietnam talks met in round " + i + ".";
        }
        docs[5] = "He spoke of Viet-Nam and of Vietanm in one breath.";
        assertThat(run(TestData.corpusOf(docs))).filteredOn(f -> f.severity() == Severity.WARNING)
                .extracting(Finding::subject).containsExactly("Vietanm");
    }

    @Test
    void aContractionWrittenWithAnAcuteAccentForItsApostropheIsKnown() {
        assertThat(run(TestData.corpusOf("I don\u00B4t know why they weren\u00B4t there. It\u00B4s late."))).isEmpty();
    }

    @Test
    void neverFlagsAcceptedWords() {
        Corpus corpus = TestData.corpusOf("We read teh report and the frobnicator.");
        CheckContext context = new CheckContext(CHECK.info(), Dialect.EN_US, Set.of("Teh", "frobnicator"),
                List.of(), Map.of());
        assertThat(CHECK.run(corpus, context)).isEmpty();
    }

    @Test
    void followsTheDialect() {
        Corpus corpus = TestData.corpusOf("The colour of the flag was discussed at the centre.");
        CheckContext gb = new CheckContext(CHECK.info(), Dialect.EN_GB, Set.of(), List.of(), Map.of());
        assertThat(CHECK.run(corpus, gb)).isEmpty();
        assertThat(run(corpus)).extracting(Finding::subject).containsExactly("colour", "centre");
        assertThat(run(corpus)).allMatch(f -> f.severity() == Severity.INFO)
                .extracting(Finding::firstSuggestion).containsExactly("color", "center");
    }

    @Test
    void aCommonSpellingOfTheOtherDialectIsNoCommonMisspelling() {
        // the list has focusses -> focuses and thru -> through; British English writes the one, and
        // American the other, often enough that neither is a slip there
        Corpus corpus = TestData.corpusOf("The team focusses on speed, and the road goes thru the town.");
        CheckContext gb = new CheckContext(CHECK.info(), Dialect.EN_GB, Set.of(), List.of(), Map.of());
        assertThat(run(corpus)).extracting(Finding::subject).doesNotContain("focusses");
        assertThat(CHECK.run(corpus, gb)).extracting(Finding::subject).doesNotContain("focusses");
        assertThat(CHECK.run(corpus, gb)).filteredOn(f -> f.subject().equals("thru")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).doesNotContain("common misspelling");
                });
        assertThat(flagged("The team focuses on speed and recieves praise.")).containsExactly("recieves");
    }

    @Test
    void anEndingCitedOnItsOwnAfterAHyphenIsNotATypo() {
        assertThat(flagged("It corresponds to English adjectives in -ic, -al, -ist, and to nouns in (-ium) too."))
                .isEmpty();
        // a dash with a space after it is no cited ending: the word after it is read as a word
        assertThat(flagged("The army - wiht its allies - held the town.")).containsExactly("wiht");
    }

    @Test
    void aFormCitedBetweenQuotationMarksAfterAWordThatSaysSoIsNotATypo() {
        assertThat(flagged("It is called \"dialect\" (pronounced \"dialek\") locally.")).isEmpty();
        assertThat(flagged("The word \u201Cwiht\u201D is an old spelling.")).isEmpty();
        assertThat(flagged("On signs it is spelt \u2018wiht\u2019 still.")).isEmpty();
        // quoted, but not cited as a form; or cited, but not quoted
        assertThat(flagged("He said \"wiht\" twice, and it was pronounced wiht care.")).containsExactly("wiht", "wiht");
    }

    @Test
    void thereforInItsOwnSenseAfterTheWordItGovernsIsNotASlipOfTherefore() {
        assertThat(flagged("The Secretary shall state his reasons therefor, and the sums appropriated therefor"
                + " are paid upon receipt of an invoice therefor from the Buyer.")).isEmpty();
        // after a conjunction, a pronoun, an auxiliary verb or punctuation, and at a sentence's start
        assertThat(flagged("It rained, and therefor we stayed. It is therefor late. We therefor ask. He was ill;"
                + " therefor he stayed. Therefor the vote failed."))
                .containsExactly("therefor", "therefor", "therefor", "therefor", "Therefor");
    }

    @Test
    void anUnknownWordAloneInBracketsAfterANameOrAQuotationIsAGloss() {
        assertThat(flagged("It is a \"Subtle Existence\" (miao-yu), which is just that.")).isEmpty();
        assertThat(flagged("The opera was written by Claudio Nicola Stampa (libr.) in 1740.")).isEmpty();
        // not alone in the brackets, not after a name or a quotation, or a listed misspelling
        assertThat(flagged("The opera was written by Stampa (wiht others) in 1740.")).containsExactly("wiht");
        assertThat(flagged("The opera was good (wiht) in 1740.")).containsExactly("wiht");
        assertThat(flagged("The opera was written by Stampa (recieve) in 1740.")).containsExactly("recieve");
    }

    @Test
    void aRareWordOfTheLargerListIsInformationNotATypo() {
        List<Finding> findings = run(TestData.corpusOf("The coat of arms shows the fasces, and the ad was puffery. "
                + "He said teh rest."));
        assertThat(findings).extracting(Finding::subject, Finding::severity).containsExactly(
                tuple("fasces", Severity.INFO), tuple("puffery", Severity.INFO), tuple("teh", Severity.WARNING));
        assertThat(findings.get(0).message()).contains(WordJudge.RARE_WORD);
        // a rare part is no slip either; a part of the other dialect is still that
        assertThat(run(TestData.corpusOf("They passed the charnel-house and the iron-grey sea.")))
                .extracting(Finding::subject, Finding::message)
                .containsExactly(tuple("iron-grey", "Possible typo: 'iron-grey' ('grey' is a spelling of the other dialect)"));
        // British copy has its own list; an American spelling there is still the other dialect's
        CheckContext gb = new CheckContext(CHECK.info(), Dialect.EN_GB, Set.of(), List.of(), Map.of());
        assertThat(CHECK.run(TestData.corpusOf("The fasces were painted in a bright color."), gb))
                .extracting(Finding::subject, Finding::message).containsExactly(
                        tuple("fasces", "Possible typo: 'fasces' (" + WordJudge.RARE_WORD + ")"),
                        tuple("color", "Possible typo: 'color' (spelling of the other dialect)"));
    }

    @Test
    void anUnknownWordAloneInItsParagraphIsANameOrALabelAtInfo() {
        Corpus corpus = TestData.corpusOf("hastscript", "It came with hastscript wiht care.", "recieve");
        assertThat(run(corpus)).extracting(Finding::subject, Finding::severity).containsExactly(
                tuple("hastscript", Severity.INFO), tuple("hastscript", Severity.WARNING), tuple("wiht", Severity.WARNING),
                tuple("recieve", Severity.WARNING));
        assertThat(run(corpus).get(0).message()).contains("alone in its paragraph");
    }

    @Test
    void aUnitAfterANumberAndASlashIsNotATypo() {
        assertThat(flagged("Parsing takes 2.98 µs/iter here and 31.25µs/iter there, with 40 req/conn.")).isEmpty();
        // no number before the unit, or a word too long for a unit: still read as words
        assertThat(flagged("The files are read/wrte only, and 3 readers/wrtie them.")).containsExactly("wrte", "wrtie");
    }

    @Test
    void aPartOfAHyphenatedWordThatTheCorpusWritesAsANameIsACasingQuestionNotATypo() {
        String compound = "We ship a commonmark-compliant parser.";
        // alone, the part reads as two words run together (common mark): a style question
        assertThat(run(TestData.corpusOf(compound))).extracting(Finding::subject, Finding::severity)
                .containsExactly(tuple("commonmark-compliant", Severity.INFO));
        assertThat(run(TestData.corpusOf(compound, "It follows the CommonMark spec closely."))).isEmpty();
    }

    @Test
    void dropsForeignPassagesInsteadOfFlaggingEveryWord() {
        Corpus corpus = TestData.corpusOf("His notes read: ce que j'ai entendu, faisant suite à ce que j'ai vu.");
        assertThat(run(corpus)).isEmpty();
    }

    @Test
    void functionWordsOfAnotherLanguageCountAsEvidenceOfAForeignPhrase() {
        // calcul and économique alone are two unknown words; et makes the title French
        String title = "His essay on money, \"Le calcul économique et la liberté\", was read in Paris that year.";
        assertThat(flagged(title)).isEmpty();
        // a word English has too (bare, para, er) is no such evidence
        assertThat(flagged("The bare para said er, the goverment and the recieve form were late."))
                .containsExactlyInAnyOrder("recieve", "goverment");
    }

    @Test
    void aFunctionWordOfAnotherLanguageOpeningAQuotationCountsWithItsCapital() {
        // vous and compris are two unknown words; Je, capitalised as the quotation's first word, is French
        assertThat(flagged("De Gaulle told the crowd \"Je vous ai compris\" from the balcony.")).isEmpty();
        // in mid-sentence a capitalised function word is a name's (Les Paul), no evidence
        assertThat(flagged("The guitarist Les Paul played the vous compris riff.")).containsExactly("vous", "compris");
    }

    @Test
    void threeUnknownWordsWithinSevenWordsOfALongSentenceAreAForeignPhrase() {
        String latin = "Schoolchildren long learned the nouns in a traditional order established by medieval "
                + "grammarians of the monasteries and later of the universities of Europe: mus (nominative), "
                + "muris (genitive), muri (dative), murem (accusative), and so on through the other cases.";
        assertThat(flagged(latin)).isEmpty();
        String spread = "Schoolchildren long learned the muris in a traditional order established by medieval "
                + "grammarians of the monasteries and later of the universities of Europe, with murem and many "
                + "other examples from the books their teachers had, and murrem at the very end of it all.";
        assertThat(flagged(spread)).containsExactlyInAnyOrder("muris", "murem", "murrem");
    }

    @Test
    void unknownWordsOfEqualParagraphsInTwoPlacesAreCountedPerPlaceNotAsOneForeignSentence() {
        // two unknown words are not a foreign passage; the same sentence in two documents must not
        // add up to four (the two blocks share one segmentation)
        String text = "The minitsry said it would recieev the aid from its allies next week.";
        List<Finding> findings = run(TestData.corpusOf(text, text));
        assertThat(findings).extracting(Finding::subject)
                .containsExactly("minitsry", "recieev", "minitsry", "recieev");
        assertThat(findings).extracting(f -> f.location().documentId()).containsOnly("doc00.txt", "doc01.txt");
    }

    @Test
    void commonMisspellingsAndTheOtherDialectsSpellingsAreEnglishNotAForeignPassage() {
        assertThat(flagged("The goverment said it would recieve the aid from its neighbours next week."))
                .containsExactly("goverment", "recieve", "neighbours");
        assertThat(flagged("His notes read: ce que j'ai entendu, faisant suite \u00e0 ce que j'ai recieve."))
                .isEmpty();
    }

    @Test
    void codeBetweenBackticksAndLoansWithForeignLettersAreNotTypos() {
        assertThat(flagged("I got `rbtrace` working, and two Chevau-l\u00e9gers charged.")).isEmpty();
        assertThat(flagged("I got rbtrace working, and two Chevau-legers charged.")).contains("rbtrace");
    }

    @Test
    void theSecondHalfOfASpeciesNameAfterItsGenusIsNotATypo() {
        assertThat(flagged("The smallest fish is Danionella translucida, and P. radiata is a pine.")).isEmpty();
        assertThat(flagged("The Syrian armya left, and the Syrian forcse followed.")).containsExactly("armya", "forcse");
        assertThat(flagged("They met J. ontheway to the town.")).containsExactly("ontheway");
    }

    @Test
    void findingCarriesTheSentenceTheSpanAndAKeyWithoutPositions() {
        Finding f = run(TestData.corpusOf("Rebels advanced. They took teh town quickly.")).get(0);
        assertThat(f.evidence()).isInstanceOfSatisfying(Evidence.InContext.class, c -> {
            assertThat(c.sentence()).isEqualTo("They took teh town quickly.");
            assertThat(c.sentence().substring(c.start(), c.end())).isEqualTo("teh");
        });
        assertThat(f.key()).isEqualTo("took [teh] town");
        assertThat(f.message()).contains("teh");
    }

    @Test
    void findsTyposInAGeneratedFileLoadedFromDisk(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("story.txt"), "The goverment met.\nThe goverment left.\n");
        List<Finding> findings = run(Corpus.of(TestData.load(dir)));
        assertThat(findings).hasSize(2).allMatch(f -> f.firstSuggestion().equals("government"))
                .extracting(f -> f.location().line()).containsExactly(1, 2);
        assertThat(findings).allSatisfy(f -> assertThat(((Evidence.InContext) f.evidence()).seenElsewhere())
                .isEqualTo(1));
    }

    @Test
    void outputIsDeterministic() {
        assertThat(run(news)).isEqualTo(run(news));
    }
}
