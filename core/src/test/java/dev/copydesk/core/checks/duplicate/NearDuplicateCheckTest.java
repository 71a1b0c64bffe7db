package dev.copydesk.core.checks.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Evidence.DiffOp;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.testing.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearDuplicateCheckTest {
    private final NearDuplicateCheck check = new NearDuplicateCheck();

    private List<Finding> run(Corpus corpus) {
        return check.run(corpus, CheckContext.defaults(check.info()));
    }

    private static Evidence.Comparison comparison(Finding f) {
        return (Evidence.Comparison) f.evidence();
    }

    @Test
    void writesASimilarityWithTwoDecimalsRoundedHalfUpAsStringFormatDoes() {
        for (int k = 0; k <= 1000; k++) {
            double similarity = Math.round(k / 1000.0 * 1000) / 1000.0;
            assertThat(GroupReport.twoDecimals(similarity)).as("%d thousandths", k)
                    .isEqualTo(String.format(Locale.ROOT, "%.2f", similarity));
        }
    }

    @Test
    void findsEveryLabelledGroupOfTheSeedsAndNothingElse() throws IOException {
        Map<String, Set<String>> labelled = new TreeMap<>();
        for (String line : Files.readAllLines(TestData.root().resolve("labels/duplicate.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            labelled.computeIfAbsent(f[0] + "/" + f[1], k -> new TreeSet<>()).add(f[2] + ":" + f[3]);
        }
        Set<String> expected = labelled.entrySet().stream()
                .map(e -> e.getKey().substring(e.getKey().indexOf('/') + 1) + " " + e.getValue())
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> reported = new TreeSet<>();
        for (Finding f : run(TestData.newsCorpus())) {
            Set<String> members = comparison(f).members().stream()
                    .map(m -> Path.of(m.location().documentId()).getFileName() + ":" + m.location().line())
                    .collect(Collectors.toCollection(TreeSet::new));
            reported.add(comparison(f).kind() + " " + members);
        }
        assertThat(reported).isEqualTo(expected);
    }

    @Test
    void comparesAMemberThatIsOnlyLinkedThroughAMergedParagraphWithThatParagraph() throws IOException {
        // Seed 000, line 10 merges lines 3 and 4: line 4 has little in common with line 3, the
        // group's first member, so it is shown beside line 10, which it is in the group through.
        Finding jawlani = run(TestData.newsCorpus()).stream()
                .filter(f -> f.location().documentId().endsWith("000_b63dc4cb37152557.txt") && f.location().line() == 3)
                .findFirst().orElseThrow();
        List<Evidence.Member> members = comparison(jawlani).members();

        assertThat(members).extracting(m -> m.location().line()).containsExactly(3, 4, 10);
        assertThat(members.get(1).comparedWith()).isEqualTo(2);
        assertThat(members.get(2).comparedWith()).isZero();
        Evidence.Member line4 = members.get(1);
        double toFirst = WordDiff.of(WordDiff.Word.split(members.get(0).text()),
                WordDiff.Word.split(line4.text())).similarity();
        assertThat(line4.similarity()).isGreaterThan(toFirst + 0.1);
        assertThat(line4.diff()).filteredOn(t -> t.op() == DiffOp.EQUAL).extracting(Evidence.DiffToken::text)
                .anyMatch(t -> t.contains("sought refuge in neighboring Iraq"));
        assertThat(jawlani.related().get(0).note()).contains("to the occurrence at").contains(":10:1");
        assertThat(jawlani.related().get(1).note()).contains("to the first occurrence");
    }

    @Test
    void reportsNothingOnHardNegatives() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("hard-negatives.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    paragraphs.add(line);
                }
            }
        }
        assertThat(paragraphs).hasSizeGreaterThan(25);
        Corpus corpus = Corpus.of(List.of(TestData.document("negatives.txt", paragraphs.toArray(String[]::new))));

        assertThat(run(corpus)).isEmpty();
    }

    /**
     * {@code words} words drawn from a Zipfian vocabulary of 4,000 made-up words, as one line: a
     * document written without paragraph breaks. Two such texts share word pairs by chance (the
     * commonest words make the commonest pairs), as two long speeches do, but hardly any runs of four.
     */
    private static String zipfian(long seed, int words) {
        Random random = new Random(seed);
        double[] cumulative = new double[4_000];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += 1 / Math.pow(i + 1, 1.05);
            cumulative[i] = sum;
        }
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words; w++) {
            int i = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
            int rank = i < 0 ? -i - 1 : i;
            StringBuilder word = new StringBuilder();
            for (int r = rank + 1; r > 0; r /= 8) {
                word.append("bdgklmst".charAt(r % 8)).append("aeiou".charAt((r / 8 + word.length()) % 5));
            }
            out.append(w == 0 ? "" : " ").append(word);
        }
        return out.append('.').toString();
    }

    @Test
    void aParagraphIsNotADuplicateOfADocumentWrittenAsOneLongLineThatSharesOnlyItsCommonWordPairs() {
        Corpus corpus = TestData.corpusOf(zipfian(1, 300), zipfian(2, 20_000), zipfian(3, 12_000));

        assertThat(run(corpus)).isEmpty();
    }

    @Test
    void aParagraphCopiedIntoALongOneLineDocumentAndAnEditedCopyOfThatDocumentAreStillFound() {
        String paragraph = zipfian(4, 300);
        String[] words = zipfian(5, 20_000).split(" ");
        String[] edited = words.clone();
        for (int i = 0; i < edited.length; i += 20) {
            edited[i] = "changed";
        }
        String withCopy = String.join(" ", Arrays.copyOf(words, 5_000)) + " " + paragraph + " "
                + String.join(" ", Arrays.copyOfRange(words, 5_000, words.length));
        Corpus corpus = TestData.corpusOf(paragraph, withCopy, String.join(" ", edited));

        assertThat(run(corpus)).singleElement().satisfies(f -> assertThat(comparison(f).members())
                .extracting(m -> m.location().documentId()).containsExactly("doc00.txt", "doc01.txt", "doc02.txt"));
    }

    @Test
    void aLineThatIsOnlyALinkIsNoParagraphToCopy() {
        Corpus corpus = TestData.corpusOf("\u2192 https://www.debian.org/releases/bullseye/amd64/release-notes/"
                + "ch-information.en.html#security-archive", "\u2192 https://www.debian.org/releases/bullseye/amd64/"
                + "release-notes/ch-information.en.html#deprecated-components");

        assertThat(run(corpus)).isEmpty();
    }

    @Test
    void groupsExactCopiesAcrossDocumentsIgnoringCaseQuotesAndSpacing() {
        String text = "The Syrian Observatory for Human Rights said \"regime forces\" withdrew from the towns, "
                + "ten kilometres from Damascus, after local fighters overran them.";
        String copy = "the syrian observatory for human rights said “regime forces” withdrew from the towns -"
                + "  ten kilometres from Damascus; after local fighters overran them";
        Corpus corpus = TestData.corpusOf(text, "An unrelated paragraph about the weather in Geneva, "
                + "where it rained all week long and the lake rose", copy);

        List<Finding> findings = run(corpus);

        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(comparison(f).kind()).isEqualTo("exact");
        assertThat(f.location().documentId()).isEqualTo("doc00.txt");
        assertThat(f.related()).extracting(r -> r.location().documentId()).containsExactly("doc02.txt");
        assertThat(comparison(f).members()).extracting(Evidence.Member::similarity).containsExactly(1.0, 1.0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void reportsALightlyEditedParagraphAsNearWithTheChangedWordsMarked() {
        String first = "Rebel forces have seized control of several towns southwest of Damascus, pushing closer "
                + "to the Syrian capital, according to the monitoring group based in Britain.";
        String edited = "Rebel forces have captured several towns southwest of Damascus, pushing closer "
                + "to the Syrian capital, according to the monitoring group based in Britain.";

        List<Finding> findings = run(TestData.corpusOf(first, edited));

        assertThat(findings).hasSize(1);
        Evidence.Member member = comparison(findings.get(0)).members().get(1);
        assertThat(comparison(findings.get(0)).kind()).isEqualTo("near");
        assertThat(member.similarity()).isBetween(0.8, 0.99);
        assertThat(member.diff()).contains(new Evidence.DiffToken(DiffOp.DELETE, "seized control of"),
                new Evidence.DiffToken(DiffOp.INSERT, "captured"));
        assertThat(findings.get(0).key()).startsWith("rebel forces have seized control");
    }

    @Test
    void reportsAShortParagraphCopiedInsideALongerOneAsContainment() {
        String quote = "Turkey has urged an end to the bloodshed, while India and the United States have "
                + "issued advisories for their citizens to leave Syria.";
        String longer = "Diplomats scrambled on Saturday as the offensive gathered pace and the roads north "
                + "filled with families fleeing the fighting around Homs. " + quote
                + " Israel, facing a conflict on several fronts, braced for new uncertainty along its border.";

        List<Finding> findings = run(TestData.corpusOf(longer, quote));

        assertThat(findings).hasSize(1);
        assertThat(comparison(findings.get(0)).kind()).isEqualTo("containment");
    }

    @Test
    void reportsTwoLongerParagraphsQuotingTheSameShortOneAsOneContainmentGroup() {
        String quote = "Turkey has urged an end to the bloodshed, while India and the United States have "
                + "issued advisories for their citizens to leave Syria.";
        String first = "Diplomats scrambled on Saturday as the offensive gathered pace and the roads north "
                + "filled with families fleeing the fighting around Homs and Hama. " + quote;
        String second = quote + " Markets in Beirut and Amman fell sharply on Monday morning as traders weighed "
                + "the risk of a wider regional war drawing in Israel and Iran.";

        List<Finding> findings = run(TestData.corpusOf(first, second, quote));

        assertThat(findings).hasSize(1);
        assertThat(comparison(findings.get(0)).kind()).isEqualTo("containment");
        assertThat(comparison(findings.get(0)).members()).hasSize(3);
    }

    @Test
    void reportsAParagraphRecurringInManyDocumentsOnceAsBoilerplate() {
        String footer = "This article was produced with the help of our partners; republication is allowed "
                + "with credit and a link back to the original story.";
        String[] docs = new String[6];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = footer;
        }
        List<Finding> findings = run(TestData.corpusOf(docs));

        assertThat(findings).hasSize(1);
        assertThat(comparison(findings.get(0)).kind()).isEqualTo("boilerplate");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(findings.get(0).message())
                .isEqualTo("Boilerplate paragraph (boilerplate), 6 occurrences in 6 documents: also at "
                        + "doc01.txt:paragraph 1, doc02.txt:paragraph 1, doc03.txt:paragraph 1 and 2 more");
    }

    @Test
    void reportsAParagraphCopiedWithSmallEditsIntoManyDocumentsAsOneGroup() {
        String[] words = ("Rebel forces have seized control of several towns southwest of Damascus, pushing closer to "
                + "the Syrian capital, according to the observatory, which said that regime troops withdrew from "
                + "areas located about ten kilometres from the city after they were overrun by local fighters "
                + "who had joined the offensive in the early hours of the morning").split(" ");
        Random random = new Random(5);
        List<Document> docs = new ArrayList<>();
        for (int d = 0; d < 60; d++) {
            String[] copy = words.clone();
            for (int e = 0; e < 2; e++) {
                copy[random.nextInt(copy.length)] = "edit" + d + "x" + e;
            }
            StringBuilder filler = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                filler.append("filler").append(random.nextInt(100_000)).append(' ');
            }
            docs.add(TestData.document(String.format("doc%02d.txt", d), filler.toString(), String.join(" ", copy)));
        }

        List<Finding> findings = run(Corpus.of(docs));

        assertThat(findings).hasSize(1);
        assertThat(comparison(findings.get(0)).kind()).isEqualTo("boilerplate");
        assertThat(findings.get(0).message())
                .startsWith("Boilerplate paragraph (boilerplate), 60 occurrences in 60 documents");
    }

    @Test
    void findsTheSameGroupsWhateverTheOrderOfTheDocumentsAndTheSameFindingsOnEveryRun() {
        List<Document> docs = TestData.load(TestData.news());
        List<Document> reversed = new ArrayList<>(docs);
        Collections.reverse(reversed);

        assertThat(groups(run(Corpus.of(reversed)))).isEqualTo(groups(run(Corpus.of(docs))));
        assertThat(run(Corpus.of(docs))).isEqualTo(run(Corpus.of(docs)));
    }

    private static Set<Set<String>> groups(List<Finding> findings) {
        return findings.stream().map(f -> comparison(f).members().stream()
                        .map(m -> m.location().documentId() + "#" + m.location().blockIndex())
                        .collect(Collectors.toCollection(TreeSet::new)))
                .collect(Collectors.toSet());
    }

    @Test
    void ignoresRepeatedHeadingsAndTheTableOfContentsThatListsThemButNotParagraphs(@TempDir Path dir)
            throws IOException {
        String heading = "8.2.3. Connecting with PPP through a PSTN Modem on an Old Telephone Line";
        String paragraph = "A point to point connection establishes an intermittent connection; this is the most "
                + "common solution for connections made with a telephone modem on the old lines.";
        Files.writeString(dir.resolve("index.md"), "# Contents\n\n- " + heading + "\n- 8.2.4. Connecting "
                + "through an ADSL Modem\n");
        Files.writeString(dir.resolve("network.md"), "## " + heading + "\n\n" + paragraph + "\n");
        Files.writeString(dir.resolve("ppp.md"), "## " + heading + "\n\n" + paragraph + "\n");

        List<Finding> findings = run(Corpus.of(TestData.load(dir)));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(comparison(f).kind()).isEqualTo("exact");
            assertThat(f.location().documentId()).endsWith("network.md");
            assertThat(f.location().blockIndex()).isEqualTo(1);
        });
    }

    @Test
    void aPrintedTableOfContentsEntryWithItsDotLeaderAndPageIsNoCopyOfTheSectionsHeadingButAParagraphStillIs() {
        String title = "8.2.3 Connecting with PPP through a PSTN Modem on an Old Telephone Line";
        String paragraph = "A point to point connection establishes an intermittent connection; this is the most "
                + "common solution for connections made with a telephone modem . . . . on the old lines 12";
        Corpus corpus = Corpus.of(List.of(TestData.document("book.pdf",
                title + " . . . . . . . . . . . . . . . 152", "Preface to the Second Edition of the Network Guide"
                        + " ........................ xi", title, paragraph, "Preface to the Second Edition of the"
                        + " Network Guide", paragraph)));

        assertThat(run(corpus)).singleElement().satisfies(f -> {
            assertThat(comparison(f).kind()).isEqualTo("exact");
            assertThat(f.location().blockIndex()).isEqualTo(3);
        });
        assertThat(Paragraphs.contentsEntry("Chapter one . . . . 1")).isTrue();
        assertThat(Paragraphs.contentsEntry("And then . . . he left in 1990")).isFalse();
    }

    @Test
    void ignoresEmptyDocumentsOneWordParagraphsAndTheirRepeats() {
        Corpus corpus = Corpus.of(List.of(TestData.document("empty.txt"),
                TestData.document("blank.txt", "", "   ", "\u00a0"),
                TestData.document("words.txt", "Yes.", "Yes.", "Comments (0)", "Comments (0)", "—", "—")));

        assertThat(run(corpus)).isEmpty();
    }

    @Test
    void handlesAHundredThousandWordParagraphWithoutFalseClusters() {
        Random random = new Random(42);
        String[] vocabulary = ("rebel forces seized control several towns southwest damascus pushing closer "
                + "syrian capital observatory human rights reported regime withdrew areas located approximately "
                + "ten kilometers after being overrun local fighters").split(" ");
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            huge.append(vocabulary[random.nextInt(vocabulary.length)]).append(i % 17 == 16 ? ". " : " ");
        }
        Corpus corpus = TestData.corpusOf(huge.toString(),
                "Rebel forces seized control of several towns southwest of Damascus, pushing closer to the capital.",
                "The observatory reported that regime forces withdrew from areas located ten kilometers away.");

        assertThat(run(corpus)).isEmpty();
    }

    @Test
    void groupsCopiesInArabicAndCyrillicButNotDifferentParagraphsInThoseScripts() {
        String arabic = "أعلنت فصائل المعارضة السورية أنها دخلت ضواحي دمشق وأن القوات الحكومية انسحبت نحو العاصمة.";
        String russian = "Повстанцы заявили, что их силы вошли в пригороды Дамаска, а правительственные войска "
                + "отступили к столице.";
        Corpus corpus = TestData.corpusOf(arabic, russian, "ПОВСТАНЦЫ заявили что их силы вошли в пригороды "
                + "Дамаска а правительственные войска отступили к столице",
                "نفت وزارة الدفاع السورية الأنباء عن انسحاب الجيش وأكدت أن قواتها ما زالت منتشرة في ريف دمشق.");

        List<Finding> findings = run(corpus);

        assertThat(findings).hasSize(1);
        assertThat(comparison(findings.get(0)).members()).extracting(m -> m.location().documentId())
                .containsExactly("doc01.txt", "doc02.txt");
        assertThat(comparison(findings.get(0)).kind()).isEqualTo("exact");
    }

    @Test
    void describesEveryOptionWithADefault() {
        assertThat(check.info().id()).isEqualTo("duplicate");
        assertThat(check.info().defaultSeverity()).isEqualTo(Severity.WARNING);
        assertThat(check.info().options()).extracting(o -> o.key()).containsAll(Arrays.asList(
                "min-words", "shingle-size", "min-containment", "near-similarity", "bands", "rows"));
    }
}
