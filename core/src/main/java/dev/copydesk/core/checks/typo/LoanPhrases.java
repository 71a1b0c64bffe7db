package dev.copydesk.core.checks.typo;

import dev.copydesk.core.model.Word;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Latin and French phrases that English copy uses as they are ({@code de facto}, {@code ad
 * nauseam}, {@code force majeure}), read from {@code loan-phrases.txt}. A word is excused only
 * where it stands inside one of them, so {@code facto} alone is still checked.
 */
final class LoanPhrases {
    static final String RESOURCE = "loan-phrases.txt";

    /** For each word of a phrase (folded), the phrases it occurs in, as folded words. */
    private final Map<String, List<String[]>> byWord = new HashMap<>();

    private LoanPhrases(Set<String> phrases) {
        for (String phrase : phrases) {
            String[] words = fold(phrase).split("[\\s-]+");
            for (String w : words) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(words);
            }
        }
    }

    /** The phrases shipped with copydesk. */
    static LoanPhrases load() {
        return new LoanPhrases(KnownMisspellings.words(RESOURCE));
    }

    /**
     * Whether the word at {@code index} of a block's words stands inside one of the phrases. A
     * hyphenated token ({@code laissez-faire}) counts as its parts.
     */
    boolean covers(List<Word> words, int index) {
        String[] own = fold(words.get(index).text()).split("-");
        List<String[]> phrases = byWord.get(own[0]);
        if (phrases == null) {
            return false;
        }
        List<String> around = new ArrayList<>();
        int ownAt = -1;
        int from = Math.max(0, index - 4);
        int to = Math.min(words.size(), index + 5);
        for (int k = from; k < to; k++) {
            if (k == index) {
                ownAt = around.size();
            }
            for (String part : fold(words.get(k).text()).split("-")) {
                around.add(part);
            }
        }
        for (String[] phrase : phrases) {
            for (int p = 0; p < phrase.length; p++) {
                if (phrase[p].equals(own[0]) && matchesAt(around, ownAt - p, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(List<String> around, int start, String[] phrase) {
        if (start < 0 || start + phrase.length > around.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!around.get(start + k).equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, accents removed, curly apostrophes straightened. */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s.replace('\u2019', '\''), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
