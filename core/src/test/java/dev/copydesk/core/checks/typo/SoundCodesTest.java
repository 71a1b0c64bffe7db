package dev.copydesk.core.checks.typo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SoundCodesTest {

    @Test
    void findsTheSameCodesAsComparingWithEveryCodeOfASmallList() {
        List<String> list = List.of("A", "AK", "AKS", "ARK", "ARKT", "ARKTKTR", "ARTKTTR", "FNTK", "FNK", "K",
                "KA", "KAT", "TKT", "TK", "XR", "XRT", "RTKTTR", "ARKTKTRL", "ARKTKTRS");
        SoundCodes codes = new SoundCodes(list);
        assertThat(codes.size()).isEqualTo(list.size());
        for (String query : List.of("ARKTKTR", "ARTKTTR", "FNTK", "A", "KT", "XRT", "ZZZ", "AKTS")) {
            for (int edits = 0; edits <= 3; edits++) {
                assertThat(codes.within(query, edits)).as(query + " within " + edits)
                        .isEqualTo(bruteForce(list, query, edits));
            }
        }
    }

    @Test
    void findsTheSameCodesAsComparingWithEveryCodeOfTheDictionary() {
        Map<String, List<String>> index = SoundIndex.shipped(Dialect.EN_US);
        List<String> all = new ArrayList<>(index.keySet());
        SoundCodes codes = new SoundCodes(all);
        for (String query : List.of("ARTKTTR", "ANFRTNNT", "PKNJNK", "AKSNL")) {
            assertThat(codes.within(query, 2)).as(query).isEqualTo(bruteForce(all, query, 2));
        }
        assertThat(codes.within("ARTKTTR", 2)).contains("ARKTKTR"); // aratictature, architecture
        assertThat(codes.within("ANFRTNNT", 2)).contains("ANFRTNTL"); // unfortunently, unfortunately
    }

    private static List<String> bruteForce(List<String> codes, String query, int edits) {
        TreeSet<String> out = new TreeSet<>();
        for (String c : codes) {
            if (distance(query, c) <= edits) {
                out.add(c);
            }
        }
        return new ArrayList<>(out);
    }

    /** Optimal string alignment distance, the textbook table. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int v = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                v = Math.min(v, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
