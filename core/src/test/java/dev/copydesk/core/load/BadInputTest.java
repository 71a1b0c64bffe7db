package dev.copydesk.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.model.Document;
import dev.copydesk.core.testing.BadInputs;
import dev.copydesk.core.testing.FormatFiles;
import dev.copydesk.core.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
    @TempDir
    Path dir;

    private static List<SourceFile> discover(Path folder) {
        FileDiscovery.Found found = FileDiscovery.of(List.of(), List.of(), false).discover(List.of(folder));
        assertThat(found.failures()).isEmpty();
        return found.files();
    }

    private static String id(Path folder, String name) {
        return folder.normalize().toString() + "/" + name;
    }

    @Test
    void eachBadFileGivesOneReasonAndTheGoodFileStillLoads() throws Exception {
        Map<String, String> expected = BadInputs.write(dir);
        FileDiscovery.Found found = FileDiscovery.of(List.of(), List.of(), false).discover(List.of(dir));
        LoadResult result = DocumentLoader.create(TestData.segmenter()).load(found.files());
        List<LoadFailure> failures = new ArrayList<>(found.failures());
        failures.addAll(result.failures());

        assertThat(result.documents()).extracting(Document::id).containsExactly(id(dir, "good.txt"));
        assertThat(result.documents().get(0).blocks()).hasSize(31);
        assertThat(failures).hasSize(expected.size());
        for (LoadFailure failure : failures) {
            String name = Path.of(failure.id()).getFileName().toString();
            assertThat(failure.reason()).as(name).startsWith(expected.get(name));
            assertThat(failure.describe()).isEqualTo(failure.id() + ": cannot read: " + failure.reason())
                    .doesNotContain("\n");
        }
    }

    @Test
    void folderGivenAsAFileFailsAtReadTime() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("chapter.txt"));
        LoadResult result = DocumentLoader.create(TestData.segmenter())
                .load(List.of(new SourceFile(folder, "chapter.txt")));
        assertThat(result.failures()).extracting(LoadFailure::describe)
                .containsExactly("chapter.txt: cannot read: is a folder");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedWithoutReadingIt() throws Exception {
        Files.writeString(dir.resolve("big.txt"), "Word and word. ".repeat(10_000));
        Files.writeString(dir.resolve("small.txt"), "A short paragraph.");
        LoadResult result = DocumentLoader.create(TestData.segmenter(), 64 * 1024, Duration.ofSeconds(60), 2)
                .load(discover(dir));
        assertThat(result.documents()).extracting(Document::id).containsExactly(id(dir, "small.txt"));
        assertThat(result.failures()).extracting(LoadFailure::describe).containsExactly(
                id(dir, "big.txt") + ": cannot read: file too large (150000 bytes; the limit is 65536)");
    }

    @Test
    void compressedDocumentWhoseTextExceedsTheWriteLimitIsRefused() throws Exception {
        String paragraph = "Word and word. ".repeat(20_000);
        Path docx = FormatFiles.docx(new FormatFiles.Article("Heading", List.of(paragraph), 1), dir.resolve("bomb.docx"));
        assertThat(Files.size(docx)).isLessThan(64 * 1024); // the zip is small, its text is not
        LoadResult result = DocumentLoader.create(TestData.segmenter(), 64 * 1024, Duration.ofSeconds(60), 1)
                .load(List.of(new SourceFile(docx, "bomb.docx")));
        assertThat(result.failures()).extracting(LoadFailure::describe)
                .containsExactly("bomb.docx: cannot read: more than 65536 characters of text (the limit)");
    }

    @Test
    void pdfWhoseTextExceedsTheWriteLimitIsRefused() throws Exception {
        String paragraph = "Word and word. ".repeat(20_000);
        Path pdf = FormatFiles.pdf(new FormatFiles.Article("Heading", List.of(paragraph), 1), dir.resolve("bomb.pdf"), null);
        assertThat(Files.size(pdf)).isLessThan(64 * 1024); // its pages are compressed, its text is not
        LoadResult result = DocumentLoader.create(TestData.segmenter(), 64 * 1024, Duration.ofSeconds(60), 1)
                .load(List.of(new SourceFile(pdf, "bomb.pdf")));
        assertThat(result.failures()).extracting(LoadFailure::describe)
                .containsExactly("bomb.pdf: cannot read: more than 65536 characters of text (the limit)");
    }

    @Test
    void readThatNeverEndsIsAbandonedAtTheTimeLimitAndOthersStillLoad() throws Exception {
        Files.copy(TestData.news().resolve("001_ca4f9e456fb637fd.txt"), dir.resolve("a.txt"));
        Path stuck = BadInputs.fifo(dir.resolve("b-stuck.txt"));
        Files.copy(TestData.news().resolve("002_a7c7fd3637e157c1.txt"), dir.resolve("c.txt"));
        List<SourceFile> files = List.of(new SourceFile(dir.resolve("a.txt"), "a.txt"),
                new SourceFile(stuck, "b-stuck.txt"), new SourceFile(dir.resolve("c.txt"), "c.txt"));
        try {
            LoadResult result = DocumentLoader.create(TestData.segmenter(), 1 << 20, Duration.ofMillis(300), 2)
                    .load(files);
            assertThat(result.documents()).extracting(Document::id).containsExactly("a.txt", "c.txt");
            assertThat(result.failures()).extracting(LoadFailure::describe)
                    .containsExactly("b-stuck.txt: cannot read: took longer than the limit of 300 ms");
        } finally {
            CompletableFuture.runAsync(() -> {
                try {
                    BadInputs.release(stuck);
                } catch (java.io.IOException ignored) {
                    // the reader is gone already
                }
            }).get(5, java.util.concurrent.TimeUnit.SECONDS);
            Files.delete(stuck);
        }
    }

    @Test
    void tikaParseOverATinyTimeLimitIsAbandoned() throws Exception {
        Path docx = FormatFiles.docx(FormatFiles.seedExcerpt(), dir.resolve("slow.docx"));
        LoadResult result = DocumentLoader.create(TestData.segmenter(), 1 << 20, Duration.ofMillis(1), 1)
                .load(List.of(new SourceFile(docx, "slow.docx")));
        assertThat(result.documents()).isEmpty();
        assertThat(result.failures()).extracting(LoadFailure::describe)
                .containsExactly("slow.docx: cannot read: took longer than the limit of 1 ms");
    }

    @Test
    void symlinkLoopIsWalkedOnceWithoutFailure() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.copy(TestData.news().resolve("001_ca4f9e456fb637fd.txt"), sub.resolve("article.txt"));
        Files.createSymbolicLink(sub.resolve("loop"), dir);
        Files.createSymbolicLink(dir.resolve("self"), dir);
        FileDiscovery.Found found = FileDiscovery.of(List.of(), List.of(), false).discover(List.of(dir));
        assertThat(found.files()).extracting(SourceFile::id).containsExactly(id(dir, "sub/article.txt"));
        assertThat(found.failures()).isEmpty();
        LoadResult result = DocumentLoader.create(TestData.segmenter()).load(found.files());
        assertThat(result.documents()).hasSize(1);
    }
}
