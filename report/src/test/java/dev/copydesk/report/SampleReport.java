package dev.copydesk.report;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.engine.Engine;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.engine.RunSettings;
import dev.copydesk.core.load.DocumentLoader;
import dev.copydesk.core.load.LoadFailure;
import dev.copydesk.core.load.LoadResult;
import dev.copydesk.core.load.SourceFile;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The report the renderer golden files are made from: the seed articles (ids {@code news/...}),
 * findings placed on real text of theirs through the engine, one of them without line and column
 * and with characters every format must escape, and one unreadable input.
 */
final class SampleReport {
    /** Where the renderers' golden files live. */
    static final Path GOLDEN = Path.of("src/test/resources/dev/copydesk/report/golden");

    private SampleReport() {
    }

    static Report build() {
        List<Document> docs = news();
        Document first = docs.get(0);
        Check typo = check("typo", Severity.WARNING, c -> List.of(finding("typo", Severity.WARNING, first, "teh",
                "Possible typo: 'teh'", List.of("the", "ten"))));
        Check casing = check("sentence-case", Severity.INFO, c -> List.of(finding("sentence-case", Severity.INFO,
                first, "the advance", "Sentence starts with a lower-case letter: 'the'", List.of("The"))));
        Document second = docs.get(1);
        Location noLines = new Location(second.id(), 2, 0, 7, 0, 0, 0, 0, 3);
        Check style = check("house-style", Severity.ERROR, c -> List.of(new Finding("house-style", Severity.ERROR,
                1.0, noLines, "Write 'email', not 'e-mail': 100% house style,\nsee the guide: p. 3", "e-mail",
                List.of("email"), List.of(), Evidence.NONE, "e-mail")));
        return new Engine(List.of(typo, casing, style)).run(Corpus.of(docs),
                List.of(new LoadFailure("news/broken.docx", "not a valid Word document")), RunSettings.defaults());
    }

    /** The five seed articles with ids {@code news/<file>}, so golden files do not depend on the clone's path. */
    static List<Document> news() {
        try (Stream<Path> files = Files.list(TestData.news())) {
            List<SourceFile> sources = files.sorted()
                    .map(p -> new SourceFile(p, "news/" + p.getFileName())).toList();
            LoadResult loaded = DocumentLoader.create(TestData.segmenter()).load(sources);
            return loaded.documents();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Finding finding(String check, Severity severity, Document doc, String text, String message,
                                   List<String> suggestions) {
        for (Block b : doc.blocks()) {
            int at = b.text().indexOf(text);
            if (at >= 0) {
                return new Finding(check, severity, 0.9, Location.of(doc, b, at, at + text.length()), message, text,
                        suggestions, List.of(), Evidence.NONE, text);
            }
        }
        throw new IllegalStateException("'" + text + "' is not in " + doc.id());
    }

    static Check check(String id, Severity severity, Function<Corpus, List<Finding>> findings) {
        CheckInfo info = new CheckInfo(id, "test check " + id, severity, List.of());
        return new Check() {
            @Override
            public CheckInfo info() {
                return info;
            }

            @Override
            public List<Finding> run(Corpus corpus, CheckContext context) {
                return findings.apply(corpus);
            }
        };
    }
}
