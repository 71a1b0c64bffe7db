package dev.copydesk.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.copydesk.core.check.Finding;
import dev.copydesk.core.checks.BuiltInChecks;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.engine.Engine;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.engine.RunSettings;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Suppression;
import dev.copydesk.core.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherLanguageTest {
    private static final String GERMAN = "Die Paketierung ist nicht schwer, wenn man die Werkzeuge kennt und "
            + "sich an die Regeln hält, die das Team für alle Pakete aufgestellt hat.";
    private static final String SPANISH = "El equipo de seguridad publica las actualizaciones para los paquetes "
            + "que tienen errores, y los usuarios pueden instalarlas desde el archivo.";
    private static final String ENGLISH = "The rebels took the city on Sunday, and the army withdrew to the "
            + "south after a week of fighting.";

    @TempDir
    Path dir;

    @Test
    void aParagraphOfGermanOrSpanishIsAnotherLanguageAndEnglishIsNot() {
        assertThat(OtherLanguage.languageOf(TestData.document("a.txt", GERMAN).blocks().get(0))).isEqualTo("de");
        assertThat(OtherLanguage.languageOf(TestData.document("a.txt", SPANISH).blocks().get(0))).isEqualTo("es");
        assertThat(OtherLanguage.languageOf(TestData.document("a.txt", ENGLISH).blocks().get(0))).isEqualTo("en");
        assertThat(OtherLanguage.languageOf(TestData.document("a.txt", "Regeringen har inte svarat på frågan, "
                + "och det är oklart när beslutet kan komma.").blocks().get(0))).isEqualTo("sv");
        assertThat(OtherLanguage.languageOf(TestData.document("a.txt", "Rząd nie odpowiedział jeszcze na pytanie, "
                + "ale wiadomo, że decyzja może być podjęta przez ministra.").blocks().get(0))).isEqualTo("pl");
    }

    @Test
    void czechRomanianHungarianAndTurkishParagraphsAreTheirLanguages() {
        Map<String, String> samples = Map.of(
                "cs", "Vláda zatím na otázku neodpověděla a není jasné, kdy bude rozhodnutí přijato, "
                        + "protože ministr je podle mluvčího také v zahraničí.",
                "ro", "Guvernul nu a răspuns încă la întrebare și nu este clar când va fi luată decizia, "
                        + "pentru că ministrul este în străinătate după vizită.",
                "hu", "A kormány még nem válaszolt a kérdésre, és nem világos, hogy mikor születik döntés, "
                        + "mert a miniszter csak a jövő héten tér haza.",
                "tr", "Hükümet henüz soruya yanıt vermedi ve kararın ne zaman alınacağı belli değil, "
                        + "çünkü bakan daha sonra yurt dışından dönecek.");
        samples.forEach((language, text) -> assertThat(
                OtherLanguage.languageOf(TestData.document("a.txt", text).blocks().get(0))).as(text).isEqualTo(language));
    }

    @Test
    void namesQuotedPhrasesAndCitationsLeaveEnglishCopyEnglish() {
        for (String english : List.of(
                "Der Spiegel and El País reported that Lula da Silva met Charles de Gaulle's heirs in the city.",
                "As Smith et al. and Jones et al. showed, the effect is small; see also Brown et al. for the data.",
                "He said \"je ne sais quoi\" and \"c'est la vie\" to the reporters, who were not amused by it.",
                "The café served crème brûlée, and the maître d' was proud of the à la carte menu.")) {
            assertThat(OtherLanguage.languageOf(TestData.document("a.txt", english).blocks().get(0)))
                    .as(english).isEqualTo("en");
        }
    }

    @Test
    void aBlockInAnotherScriptIsAnotherLanguage() {
        String russian = "Пакет собирается в чистой среде, чтобы проверить, что все зависимости указаны верно.";
        assertThat(OtherLanguage.languageOf(TestData.document("a.txt", russian).blocks().get(0))).isEqualTo("Cyrl");
    }

    @Test
    void aShortBlockGoesWithTheBlocksAroundIt() {
        Document doc = TestData.document("a.txt", ENGLISH, "Pakete bauen", GERMAN, "Weitere Hinweise", GERMAN,
                "Next steps", ENGLISH);
        assertThat(OtherLanguage.passages(doc.blocks()))
                .containsExactly(Suppression.otherLanguage(2, 4, "de"));
        Document english = TestData.document("b.txt", ENGLISH, "Next steps", ENGLISH);
        assertThat(OtherLanguage.passages(english.blocks())).isEmpty();
    }

    @Test
    void aDocumentThatDeclaresAnotherLanguageIsInItWhereItsWordsCannotTell() {
        Document doc = TestData.document("a.xhtml", "Debian Live Projekt", ENGLISH, "Serwer", "Pakiet", GERMAN,
                "Next steps", ENGLISH, "Next steps", "Further reading", ENGLISH);
        // "Next steps" after the German goes with it; between two English paragraphs it is English
        assertThat(OtherLanguage.passages(doc.blocks(), "pl-PL")).containsExactly(
                Suppression.otherLanguage(0, 0, "pl"), Suppression.otherLanguage(2, 5, "de"));
        // without a declaration, or declaring English, the short blocks beside English stay English
        assertThat(OtherLanguage.passages(doc.blocks(), "")).containsExactly(Suppression.otherLanguage(4, 4, "de"));
        assertThat(OtherLanguage.passages(doc.blocks(), "en-GB")).containsExactly(Suppression.otherLanguage(4, 4, "de"));
        assertThat(OtherLanguage.declaredOther("pt_BR")).isEqualTo("pt");
        assertThat(OtherLanguage.declaredOther("und")).isNull();
    }

    @Test
    void anHtmlPageDeclaresItsLanguageWithItsLangAttribute() throws Exception {
        Path page = dir.resolve("projekt.html");
        Files.writeString(page, "<html lang=\"de\"><body><h1>Projekt</h1><p>Serwer und Pakiet.</p></body></html>",
                StandardCharsets.UTF_8);
        Document doc = DocumentLoader.create(TestData.segmenter()).loadOne(new SourceFile(page, "projekt.html"));
        assertThat(doc.language()).isEqualTo("de");
        assertThat(doc.suppressions()).containsExactly(Suppression.otherLanguage(0, 1, "de"));
    }

    @Test
    void aPassageWhoseMarkupDeclaresAnotherLanguageIsInItWhateverItsWords() throws Exception {
        Path page = dir.resolve("quotes.html");
        Files.writeString(page, "<html lang=\"en\"><body><p>The minister spoke to the press on Monday.</p>"
                + "<p lang=\"fr\">Bonjour</p><blockquote lang=\"de-CH\"><p>Grüezi</p><p>Merci vilmal</p></blockquote>"
                + "<p>Back in English, with a <span lang=\"es\">hola</span> inside.</p>"
                + "<div lang=\"en\"><p>Teh end.</p></div></body></html>", StandardCharsets.UTF_8);
        Document doc = DocumentLoader.create(TestData.segmenter()).loadOne(new SourceFile(page, "quotes.html"));
        assertThat(doc.blocks()).hasSize(6);
        // a span inside an English paragraph leaves the paragraph English, and so does lang="en"
        assertThat(doc.suppressions()).containsExactly(Suppression.otherLanguage(1, 1, "fr"),
                Suppression.otherLanguage(2, 3, "de"));
    }

    @Test
    void theItemsOfAListTooShortToTellOneByOneAreReadTogether() throws Exception {
        Path guide = dir.resolve("guia.md");
        Files.writeString(guide, ENGLISH + "\n\n- Crear su clave GPG\n- Preparar una configuración para trabajar "
                + "con Launchpad\n- Corregir un fallo en Ubuntu\n- Averiguar qué se debe corregir\n"
                + "- Obtener una cuenta de Launchpad\n\n" + ENGLISH + "\n", StandardCharsets.UTF_8);
        Document doc = DocumentLoader.create(TestData.segmenter()).loadOne(new SourceFile(guide, "guia.md"));
        assertThat(doc.blocks().subList(1, 6)).allSatisfy(item -> assertThat(OtherLanguage.languageOf(item)).isNull());
        assertThat(doc.suppressions()).containsExactly(Suppression.otherLanguage(1, 5, "es"));

        // a list of short English items stays English, and so does one that reads as English
        // between two passages of German (a half-translated table of contents)
        Document english = TestData.document("b.txt", ENGLISH, "Setting up sbuild", "Using schroot for builds",
                "Further reading", ENGLISH);
        assertThat(OtherLanguage.passages(english.blocks())).isEmpty();
        Document mixed = TestData.document("c.txt", GERMAN, "Setting up sbuild", "Using schroot for builds",
                "Notes on the tools", GERMAN);
        assertThat(OtherLanguage.passages(mixed.blocks())).containsExactly(Suppression.otherLanguage(0, 4, "de"));
    }

    @Test
    void aHeadingGoesWithTheTextItHeads() throws Exception {
        Path page = dir.resolve("guide.html");
        Files.writeString(page, "<html><body><h1>Packaging</h1><p>" + ENGLISH + "</p><h2>Pakete bauen</h2><p>"
                + GERMAN + "</p><h2>Next steps</h2><p>" + ENGLISH + "</p></body></html>", StandardCharsets.UTF_8);
        Document doc = DocumentLoader.create(TestData.segmenter()).loadOne(new SourceFile(page, "guide.html"));
        assertThat(doc.suppressions()).containsExactly(Suppression.otherLanguage(2, 3, "de"));
    }

    @Test
    void aLoadedDocumentsPassagesInAnotherLanguageAreNotCheckedForEnglishButAreForCopies() throws Exception {
        // German doubles "die die" rightly, spaces before a colon in French, and spells its own way;
        // the English paragraph's typo is still found, and the copied German paragraph still a copy
        String german = "Die Werkzeuge, die die Entwickler nutzen, sind nicht neu, und sie werden "
                + "für alle Pakete des Projekts verwendet : zum Beispiel debuild.";
        Path file = dir.resolve("guide.txt");
        Files.writeString(file, String.join("\n\n", ENGLISH.replace("withdrew", "withdrwe"), german, german),
                StandardCharsets.UTF_8);
        Document doc = DocumentLoader.create(TestData.segmenter()).loadOne(new SourceFile(file, "guide.txt"));
        assertThat(doc.suppressions()).containsExactly(Suppression.otherLanguage(1, 2, "de"));
        Report report = new Engine(BuiltInChecks.all()).run(Corpus.of(List.of(doc)), List.of(),
                RunSettings.defaults());
        assertThat(report.findings()).extracting(Finding::checkId, f -> f.location().blockIndex())
                .containsExactlyInAnyOrder(tuple("typo", 0),
                        tuple("duplicate", 1));
        assertThat(report.suppressed()).isPositive();
    }
}
