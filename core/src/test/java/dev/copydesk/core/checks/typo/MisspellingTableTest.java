package dev.copydesk.core.checks.typo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MisspellingTableTest {
    @Test
    void answersEveryShippedListAsAMapOfItsLowerCaseMisspellingsWould() throws IOException {
        for (String resource : List.of(KnownMisspellings.RESOURCE, "common-misspellings-en-US.tsv",
                "common-misspellings-en-GB.tsv")) {
            Map<String, String> map = mapOf(resource);
            MisspellingTable table = MisspellingTable.read(resource);
            assertThat(map).as(resource).hasSizeGreaterThan(1_000);
            assertThat(table.toMap()).as(resource).isEqualTo(map);
            map.forEach((misspelling, corrections) -> {
                assertThat(table.get(misspelling)).as(resource + ": " + misspelling).isEqualTo(corrections);
                assertThat(table.containsKey(misspelling)).isTrue();
                assertThat(table.get(misspelling + "qx")).isEqualTo(map.get(misspelling + "qx"));
            });
        }
    }

    @Test
    void keepsTheGeneralListOneByteACharacterWithItsLinesBeyondLatin1Apart() {
        MisspellingTable table = MisspellingTable.read(KnownMisspellings.RESOURCE);
        assertThat(table.compact()).isTrue();
        assertThat(table.get("\u0441ontain")).isEqualTo("contain"); // a Cyrillic es for the c
        assertThat(table.get("econo\u0131mic")).isEqualTo("economic"); // a dotless i

        MisspellingTable small = MisspellingTable.of(String.join("\n", "teh\tthe", "\u0441at\tcat", "\u00e9tude\t\u00e9tudes",
                "wich\twhich\r", "").getBytes(StandardCharsets.UTF_8));
        assertThat(small.compact()).isTrue();
        assertThat(small.toMap()).containsOnly(Map.entry("teh", "the"), Map.entry("\u0441at", "cat"),
                Map.entry("\u00e9tude", "\u00e9tudes"), Map.entry("wich", "which"));
        assertThat(small.containsKey("\u0441at")).isTrue();
        assertThat(small.containsKey("cat")).isFalse();
    }

    /** The list read line by line into a map, as the check read it before the table. */
    private static Map<String, String> mapOf(String resource) throws IOException {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = MisspellingTable.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    map.put(line.substring(0, tab).toLowerCase(Locale.ROOT), line.substring(tab + 1).replace("\r", ""));
                }
            }
        }
        return map;
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
