package dev.copydesk.core.checks.mechanics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SubjectCountsTest {

    /**
     * Counting in one pass per length gives what indexOf from each match plus one gives, overlaps
     * included (slips are never empty, so neither are the strings here).
     */
    @Test
    void countsEveryStringAsIndexOfWouldOnRandomTexts() {
        String alphabet = "ab .,T\u201d\u2019x";
        Random random = new Random(3);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            List<String> subjects = new ArrayList<>();
            for (int k = random.nextInt(6); k > 0; k--) {
                if (!t.isEmpty() && random.nextBoolean()) {
                    int from = random.nextInt(t.length());
                    subjects.add(t.substring(from, Math.min(t.length(), from + 1 + random.nextInt(4))));
                } else {
                    StringBuilder s = new StringBuilder();
                    for (int c = 1 + random.nextInt(3); c > 0; c--) {
                        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    subjects.add(s.toString());
                }
            }
            Map<String, Integer> counts = SubjectCounts.of(t, subjects);
            for (String s : subjects) {
                assertThat(counts.get(s)).as("'%s' in '%s'", s, t).isEqualTo(byIndexOf(t, s));
            }
        }
    }

    @Test
    void countsOverlappingOccurrencesAndTheEmptyStringAtEveryOffset() {
        assertThat(SubjectCounts.of("the the the", List.of("the the", "he", "x"))).containsEntry("the the", 2)
                .containsEntry("he", 3).containsEntry("x", 0);
        assertThat(SubjectCounts.of("ab", List.of("", "abc"))).containsEntry("", 3).containsEntry("abc", 0);
    }

    private static int byIndexOf(String text, String subject) {
        int n = 0;
        for (int at = text.indexOf(subject); at >= 0; at = text.indexOf(subject, at + 1)) {
            n++;
        }
        return n;
    }
}
