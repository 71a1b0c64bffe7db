package dev.copydesk.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDiscoveryTest {
    @TempDir
    Path dir;

    /** A documentation folder as a site generator leaves it: pages beside images, styles and scripts. */
    private void writeSite() throws IOException {
        Files.createDirectories(dir.resolve("docs/images"));
        for (String name : List.of("README", "CHANGES", "notes.txt", "docs/guide.md", "docs/index.html",
                "docs/report.docx", "docs/notes.log", "docs/images/logo.png", "docs/images/logo.svg",
                "docs/style.css", "docs/site.js", "Makefile", "mvnw", "data.json")) {
            Files.writeString(dir.resolve(name), "Some text.");
        }
    }

    private List<String> relativeIds(FileDiscovery.Found found) {
        String prefix = dir.normalize() + "/";
        return found.files().stream().map(f -> f.id().substring(prefix.length())).toList();
    }

    @Test
    void folderWalkTakesDocumentsAndCountsTheFilesItPassesOver() throws IOException {
        writeSite();
        FileDiscovery.Found found = FileDiscovery.of(List.of(), List.of(), false).discover(List.of(dir));

        assertThat(relativeIds(found)).containsExactly("CHANGES", "README", "docs/guide.md", "docs/index.html",
                "docs/report.docx", "notes.txt");
        assertThat(found.failures()).isEmpty();
        assertThat(found.passedOver()).containsExactlyInAnyOrderEntriesOf(Map.of("Makefile", 1, "css", 1, "js", 1,
                "json", 1, "log", 1, "mvnw", 1, "png", 1, "svg", 1));
        assertThat(found.passedOverCount()).isEqualTo(8);
    }

    @Test
    void aBrokenLinkIsAFailureOnlyWhereItNamesADocument() throws IOException {
        Files.createSymbolicLink(dir.resolve("chapter.md"), dir.resolve("missing.md"));
        Files.createSymbolicLink(dir.resolve("logo.png"), dir.resolve("missing.png"));
        FileDiscovery.Found found = FileDiscovery.of(List.of(), List.of(), false).discover(List.of(dir));
        assertThat(found.failures()).extracting(LoadFailure::describe)
                .containsExactly(dir.normalize() + "/chapter.md: cannot read: broken link (its target does not exist)");
        assertThat(found.passedOver()).containsExactly(Map.entry("png", 1));
    }

    @Test
    void whatTheIgnoringFunctionNamesIsLeftOutOfTheWalkAndCounted() throws IOException {
        writeSite();
        Files.createDirectories(dir.resolve("node_modules/pkg"));
        Files.writeString(dir.resolve("node_modules/pkg/README.md"), "Some text.");
        FileDiscovery.Found found = FileDiscovery.of(List.of(), List.of(), false)
                .ignoring(root -> Set.of(Path.of("node_modules"), Path.of("notes.txt")))
                .discover(List.of(dir));
        assertThat(relativeIds(found)).containsExactly("CHANGES", "README", "docs/guide.md", "docs/index.html",
                "docs/report.docx");
        assertThat(found.ignored()).isEqualTo(2);
    }

    @Test
    void fileNamedOnTheCommandLineIsTakenWhateverItsType() throws IOException {
        writeSite();
        Path logo = dir.resolve("docs/images/logo.png");
        FileDiscovery.Found found = FileDiscovery.of(List.of(), List.of(), false).discover(List.of(logo));
        assertThat(found.files()).extracting(SourceFile::path).containsExactly(logo);
        assertThat(found.passedOverCount()).isZero();
    }

    @Test
    void includeGlobThatNamesFilesTakesThemButOneThatNamesFoldersTakesOnlyDocuments() throws IOException {
        writeSite();
        FileDiscovery.Found logs = FileDiscovery.of(List.of("**/*.log", "**/*.md"), List.of(), false)
                .discover(List.of(dir));
        assertThat(relativeIds(logs)).containsExactly("docs/guide.md", "docs/notes.log");

        FileDiscovery.Found docs = FileDiscovery.of(List.of("docs/**"), List.of(), false).discover(List.of(dir));
        assertThat(relativeIds(docs)).containsExactly("docs/guide.md", "docs/index.html", "docs/report.docx");
        assertThat(docs.passedOver()).containsOnlyKeys("css", "js", "log", "png", "svg");
    }

    @Test
    void documentsAreKnownByExtensionOrByANameInCapitals() {
        assertThat(FileDiscovery.isDocument(Path.of("a/Story.DOCX"))).isTrue();
        assertThat(FileDiscovery.isDocument(Path.of("a/notes.rst"))).isTrue();
        assertThat(FileDiscovery.isDocument(Path.of("LICENSE"))).isTrue();
        assertThat(FileDiscovery.isDocument(Path.of("CONTRIBUTING_2"))).isTrue();
        assertThat(FileDiscovery.isDocument(Path.of("Dockerfile"))).isFalse();
        assertThat(FileDiscovery.isDocument(Path.of("bin/copydesk"))).isFalse();
        assertThat(FileDiscovery.isDocument(Path.of("2024"))).isFalse();
        assertThat(FileDiscovery.isDocument(Path.of("photo.jpeg"))).isFalse();
    }

    @Test
    void aGlobNamesFilesWhenItsLastPartIsMoreThanWildcards() {
        assertThat(FileDiscovery.namesFiles("**/*.log")).isTrue();
        assertThat(FileDiscovery.namesFiles("NOTES")).isTrue();
        assertThat(FileDiscovery.namesFiles("docs/**")).isFalse();
        assertThat(FileDiscovery.namesFiles("**/*")).isFalse();
        assertThat(FileDiscovery.namesFiles("drafts/")).isFalse();
    }
}
