package dev.copydesk.report;

import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.CheckOption;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Evidence.DiffOp;
import dev.copydesk.core.check.Evidence.DiffToken;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Related;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.engine.DocumentSummary;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.load.LoadFailure;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.model.Word;
import dev.copydesk.core.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A report over the seed articles plus two generated files (a rewritten wire copy of a seed
 * paragraph and a hostile document full of markup), with hand-made findings of every evidence
 * shape: a typo in its sentence, a casing cluster and a transliteration cluster, a duplicate pair
 * with a word diff, a finding without evidence, and findings whose text is an attack.
 */
final class ReportFixture {
    /** The hostile document's name: itself an attempt to break out of an attribute. */
    static final String XSS_FILE = "x\"><img src=x onerror=window.__xss=9>.txt";
    static final String XSS_TEXT = """
            Breaking: <script>window.__xss = 1; document.title = 'pwned'</script> in the copy.
            An image "><img src=x onerror="window.__xss = 2"> slipped in, and a <a href="javascript:window.__xss=3">link</a> too.
            See [the source](javascript:window.__xss=4) and <svg onload="window.__xss=5"></svg> at the end.
            """;
    static final String WIRE_FILE = "wire/rewrite.txt";
    /** The batch's folder, relative to the module, so document ids are the same on every machine. */
    static final String DIR = "target/batch";

    static final List<CheckInfo> CHECKS = List.of(
            new CheckInfo("duplicates", "Near-duplicate paragraphs across the batch", Severity.WARNING,
                    List.of(new CheckOption("threshold", "0.8", "Similarity from which two paragraphs are reported"))),
            new CheckInfo("typo", "Words the dictionary and the batch do not know", Severity.WARNING, List.of()),
            new CheckInfo("casing", "Words written in a casing the batch does not use elsewhere", Severity.WARNING,
                    List.of()),
            new CheckInfo("variants", "Names and terms spelled more than one way", Severity.INFO, List.of()),
            new CheckInfo("length", "Paragraphs too long to read at a glance", Severity.INFO, List.of()),
            new CheckInfo("markup", "Markup left in running text", Severity.ERROR, List.of()));

    private ReportFixture() {
    }

    /** The batch's folder: the seeds and the generated files, written afresh under {@code target/}. */
    static Path batch() {
        try {
            Path root = Path.of(DIR);
            if (Files.exists(root)) {
                try (var walk = Files.walk(root)) {
                    walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(root.resolve("wire"));
            try (var seeds = Files.list(TestData.news())) {
                for (Path p : seeds.sorted().toList()) {
                    Files.copy(p, root.resolve(p.getFileName().toString()));
                }
            }
            Files.writeString(root.resolve(WIRE_FILE), rewrite(firstParagraph(TestData.news())),
                    StandardCharsets.UTF_8);
            Files.writeString(root.resolve(XSS_FILE), XSS_TEXT, StandardCharsets.UTF_8);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report of the batch with the hand-made findings. */
    static Report report() {
        List<Document> docs = TestData.load(batch());
        List<Finding> findings = new ArrayList<>();
        Document seed = byId(docs, "000_b63dc4cb37152557.txt");
        findings.add(typo(docs, seed, "teh", "the"));
        findings.addAll(cluster(docs, "casing", "casing", "Syrian", "syrian", Severity.WARNING));
        findings.addAll(cluster(docs, "variants", "transliteration", "al-Jolani", "al-Jawlani", Severity.INFO));
        findings.add(duplicate(seed, byId(docs, WIRE_FILE)));
        Document long3 = byId(docs, "003_83a5accc3178cb06.txt");
        Block longest = long3.blocks().stream().max((a, b) -> Integer.compare(a.words().size(), b.words().size()))
                .orElseThrow();
        findings.add(new Finding("length", Severity.INFO, 1.0, Location.of(long3, longest),
                "Paragraph of " + longest.words().size() + " words; consider splitting it", "", List.of(), List.of(),
                Evidence.NONE, "paragraph " + (longest.index() + 1)));
        findings.addAll(markup(byId(docs, XSS_FILE)));
        Collections.sort(findings);
        List<DocumentSummary> summaries = docs.stream()
                .map(d -> new DocumentSummary(d.id(), d.format().id(), d.blocks().size(), d.wordCount())).toList();
        return new Report(CHECKS, summaries, findings, List.of(new LoadFailure("broken/<b>bold</b>.pdf",
                "not a valid PDF")), 1, 0, docs);
    }

    static Document byId(List<Document> docs, String id) {
        String full = DIR + "/" + id;
        return docs.stream().filter(d -> d.id().equals(full)).findFirst().orElseThrow(() -> new AssertionError(full));
    }

    private static Finding typo(List<Document> docs, Document doc, String word, String suggestion) {
        Occurrence o = occurrences(List.of(doc), word).get(0);
        Block b = o.block();
        var sentence = b.sentenceAt(o.word().start());
        String text = b.sentenceText(sentence);
        int start = o.word().start() - sentence.start();
        return new Finding("typo", Severity.WARNING, 0.9, o.location(), "Possible typo: '" + word + "'", word,
                List.of(suggestion), List.of(), new Evidence.InContext(text, start, start + word.length(),
                occurrences(docs, word).size() - 1), word);
    }

    /** One finding per occurrence of the rare form, all sharing the cluster's evidence. */
    private static List<Finding> cluster(List<Document> docs, String check, String kind, String preferred,
                                         String rare, Severity severity) {
        Evidence.Forms forms = new Evidence.Forms(kind, preferred, List.of(form(docs, preferred), form(docs, rare)));
        List<Finding> out = new ArrayList<>();
        for (Occurrence o : occurrences(docs, rare)) {
            out.add(new Finding(check, severity, 0.8, o.location(), "'" + rare + "' where the batch mostly writes '"
                    + preferred + "'", rare, List.of(preferred), List.of(), forms, rare.toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    private static Evidence.FormCount form(List<Document> docs, String form) {
        List<Occurrence> found = occurrences(docs, form);
        List<String> ids = found.stream().map(o -> o.location().documentId()).distinct().sorted().toList();
        return new Evidence.FormCount(form, found.size(), ids, found.stream().map(Occurrence::location).toList());
    }

    private static Finding duplicate(Document first, Document copy) {
        Block a = first.blocks().get(0);
        Block b = copy.blocks().get(0);
        List<DiffToken> diff = WordDiff.of(a.text(), b.text());
        Location la = Location.of(first, a);
        Location lb = Location.of(copy, b);
        Evidence.Comparison comparison = new Evidence.Comparison("near", List.of(
                new Evidence.Member(la, a.text(), 1.0, List.of()),
                new Evidence.Member(lb, b.text(), 0.86, diff)));
        return new Finding("duplicates", Severity.WARNING, 0.86, lb,
                "Paragraph repeats " + first.id() + " paragraph 1 (86% similar)", b.text().substring(0, 40),
                List.of(), List.of(new Related(la, a.text(), "first occurrence")), comparison, "near:" + first.id());
    }

    private static List<Finding> markup(Document xss) {
        List<Finding> out = new ArrayList<>();
        for (Block b : xss.blocks()) {
            int at = b.text().indexOf('<');
            int end = b.text().indexOf('>', at) + 1;
            String tag = b.text().substring(at, end);
            var sentence = b.sentenceAt(at);
            String text = b.sentenceText(sentence);
            out.add(new Finding("markup", Severity.ERROR, 1.0, Location.of(xss, b, at, end),
                    "Markup in running text: " + tag, tag, List.of("\"><script>window.__xss=7</script>"),
                    List.of(new Related(Location.of(xss, b), b.text(), "<b>the paragraph</b>")),
                    new Evidence.InContext(text, at - sentence.start(), end - sentence.start(), 0), tag));
        }
        return out;
    }

    /** The first paragraph of the first seed article. */
    private static String firstParagraph(Path news) throws IOException {
        try (var files = Files.list(news)) {
            Path first = files.sorted().findFirst().orElseThrow();
            return Files.readAllLines(first, StandardCharsets.UTF_8).get(0);
        }
    }

    /** A wire rewrite: a few words changed, one dropped, one added. */
    static String rewrite(String paragraph) {
        List<String> words = new ArrayList<>(Arrays.asList(paragraph.split(" ")));
        words.set(0, "After");
        words.set(2, "dramatic");
        words.remove(6);
        words.add(words.size() - 1, "reportedly");
        return String.join(" ", words) + "\n";
    }

    record Occurrence(Block block, Word word, Location location) {
    }

    static List<Occurrence> occurrences(List<Document> docs, String text) {
        List<Occurrence> out = new ArrayList<>();
        for (Document d : docs) {
            for (Block b : d.blocks()) {
                for (Word w : b.words()) {
                    if (w.text().equals(text)) {
                        out.add(new Occurrence(b, w, Location.of(d, b, w)));
                    }
                }
            }
        }
        return out;
    }

    /** A word diff by longest common subsequence, enough for a fixture of two paragraphs. */
    static final class WordDiff {
        private WordDiff() {
        }

        static List<DiffToken> of(String first, String second) {
            String[] a = first.split(" ");
            String[] b = second.split(" ");
            int[][] lcs = new int[a.length + 1][b.length + 1];
            for (int i = a.length - 1; i >= 0; i--) {
                for (int j = b.length - 1; j >= 0; j--) {
                    lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            List<DiffToken> out = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (i < a.length || j < b.length) {
                if (i < a.length && j < b.length && a[i].equals(b[j])) {
                    out.add(new DiffToken(DiffOp.EQUAL, a[i++]));
                    j++;
                } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                    out.add(new DiffToken(DiffOp.INSERT, b[j++]));
                } else {
                    out.add(new DiffToken(DiffOp.DELETE, a[i++]));
                }
            }
            return out;
        }
    }
}
