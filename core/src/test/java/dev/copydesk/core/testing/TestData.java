package dev.copydesk.core.testing;

import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.load.DocumentLoader;
import dev.copydesk.core.load.FileDiscovery;
import dev.copydesk.core.load.LoadResult;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.DocumentFormat;
import dev.copydesk.core.model.SourceMap;
import dev.copydesk.core.segment.Segmenter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Shared test fixtures: the project's testdata folder, the seed corpus, and documents made from strings. */
public final class TestData {
    private static final Segmenter SEGMENTER = Segmenter.english();

    private TestData() {
    }

    /** The project's {@code testdata/} folder, found from the module's working directory. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("testdata");
            if (Files.isDirectory(candidate.resolve("news"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("testdata/ not found above " + Path.of("").toAbsolutePath());
    }

    /** {@code testdata/news}: the five seed articles. */
    public static Path news() {
        return root().resolve("news");
    }

    /** The shared segmenter. */
    public static Segmenter segmenter() {
        return SEGMENTER;
    }

    /** Loads every file under a folder, failing the test if any cannot be read. */
    public static List<Document> load(Path folder) {
        FileDiscovery.Found found = FileDiscovery.of(List.of(), List.of(), false).discover(List.of(folder));
        LoadResult result = DocumentLoader.create(SEGMENTER).load(found.files());
        if (!result.failures().isEmpty() || !found.failures().isEmpty()) {
            throw new IllegalStateException("could not load: " + result.failures() + found.failures());
        }
        return result.documents();
    }

    /** The seed corpus. */
    public static Corpus newsCorpus() {
        return Corpus.of(load(news()));
    }

    /** A plain-text document made from paragraphs, one block each, without source positions. */
    public static Document document(String id, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(SEGMENTER.segment(BlockKind.PARAGRAPH, blocks.size(), p, SourceMap.NONE, 0));
        }
        return new Document(id, DocumentFormat.TEXT, blocks);
    }

    /** A corpus of one document per string, each string one paragraph. */
    public static Corpus corpusOf(String... documents) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < documents.length; i++) {
            docs.add(document(String.format("doc%02d.txt", i), documents[i]));
        }
        return Corpus.of(docs);
    }
}
