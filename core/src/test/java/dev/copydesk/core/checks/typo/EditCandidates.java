package dev.copydesk.core.checks.typo;

import java.util.ArrayList;
import java.util.List;

/**
 * Test oracle for {@link EditSearch}, which must find what this finds in the dictionary: every
 * string one edit from a word (deletions, swaps of neighbours, replacements and insertions of a-z,
 * apostrophe and hyphen).
 */
final class EditCandidates {
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz'-";

    private EditCandidates() {
    }

    static List<String> oneEditFrom(String word) {
        return oneEditFrom(word, word.length());
    }

    /**
     * The strings one edit from a word whose edit is at a position up to {@code lastPosition}
     * (the characters before it unchanged), in the same order as {@link #oneEditFrom(String)}.
     */
    static List<String> oneEditFrom(String word, int lastPosition) {
        int n = word.length();
        List<String> out = new ArrayList<>(n * (2 * LETTERS.length() + 2) + LETTERS.length());
        StringBuilder sb = new StringBuilder(n + 1);
        for (int i = 0; i < n && i <= lastPosition; i++) {
            out.add(sb.append(word, 0, i).append(word, i + 1, n).toString());
            sb.setLength(0);
            if (i + 1 < n) {
                out.add(sb.append(word, 0, i).append(word.charAt(i + 1)).append(word.charAt(i))
                        .append(word, i + 2, n).toString());
                sb.setLength(0);
            }
            for (int k = 0; k < LETTERS.length(); k++) {
                char c = LETTERS.charAt(k);
                if (c != word.charAt(i)) {
                    out.add(sb.append(word, 0, i).append(c).append(word, i + 1, n).toString());
                    sb.setLength(0);
                }
            }
        }
        for (int i = 0; i <= n && i <= lastPosition; i++) {
            for (int k = 0; k < LETTERS.length(); k++) {
                out.add(sb.append(word, 0, i).append(LETTERS.charAt(k)).append(word, i, n).toString());
                sb.setLength(0);
            }
        }
        return out;
    }
}
