package dev.copydesk.core.checks.typo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MisspellingTableTest {
    @Test
    void answersEveryShippedListAsAMapOfItsLowerCaseMisspellingsWould() {
        for (String resource : List.of(KnownMisspellings.RESOURCE, "common-misspellings-en-US.tsv",
                "common-misspellings-en-GB.tsv")) {
            Map<String, String> map = KnownMisspellings.table(resource);
            MisspellingTable table = MisspellingTable.read(resource);
            assertThat(map).as(resource).hasSizeGreaterThan(1_000);
            map.forEach((misspelling, corrections) -> {
                assertThat(table.get(misspelling)).as(resource + ": " + misspelling).isEqualTo(corrections);
                assertThat(table.containsKey(misspelling)).isTrue();
                assertThat(table.get(misspelling + "qx")).isEqualTo(map.get(misspelling + "qx"));
            });
        }
    }

    @Test
    void theLaterOfTwoLinesWithTheSameLowerCaseMisspellingWinsWhateverTheirCase() {
        MisspellingTable table = MisspellingTable.of(String.join("\n",
                "# a comment\twith a tab",
                "teh\tthe",
                "Recieve\tReceive",
                "recieve\treceive",
                "wich\twhich",
                "WICH\tWhich",
                "\u00e9tude\t\u00e9tudes",
                "teh\tthe|ten\r",
                "",
                "notab",
                "\tno misspelling"));
        assertThat(table.get("teh")).isEqualTo("the|ten");
        assertThat(table.get("recieve")).isEqualTo("receive");
        assertThat(table.get("wich")).isEqualTo("Which");
        assertThat(table.get("\u00e9tude")).isEqualTo("\u00e9tudes");
        assertThat(table.get("Recieve")).isNull(); // keys are lower case
        assertThat(table.get("# a comment")).isNull();
        assertThat(table.get("notab")).isNull();
        assertThat(table.get("")).isNull();
        assertThat(table.containsKey("wich")).isTrue();
        assertThat(table.containsKey("which")).isFalse();
    }
}
