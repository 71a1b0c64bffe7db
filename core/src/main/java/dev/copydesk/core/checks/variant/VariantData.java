package dev.copydesk.core.checks.variant;

import dev.copydesk.core.corpus.Lexicon;
import dev.copydesk.core.corpus.WordList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the variant check knows beyond the corpus: US/British pairs (from VarCon), prefixes whose
 * hyphen changes meaning, look-alike names that are different things, and the dictionary.
 */
record VariantData(Map<String, String> americanToBritish, Map<String, String> britishToAmerican,
                   Set<String> meaningPrefixes, Set<Set<String>> distinct, Lexicon lexicon) {

    static VariantData load() {
        Map<String, String> us = new HashMap<>();
        Map<String, String> uk = new HashMap<>();
        for (String line : WordList.read(VariantData.class, "dialect-variants.tsv")) {
            String[] pair = line.split("\t");
            if (pair.length == 2) {
                us.putIfAbsent(pair[0], pair[1]);
                uk.putIfAbsent(pair[1], pair[0]);
            }
        }
        Set<Set<String>> distinct = new HashSet<>();
        for (String line : WordList.read(VariantData.class, "distinct-names.txt")) {
            String[] pair = line.split("\t");
            if (pair.length == 2) {
                distinct.add(Set.of(pair[0], pair[1]));
            }
        }
        return new VariantData(Map.copyOf(us), Map.copyOf(uk), WordList.read(VariantData.class,
                "meaning-prefixes.txt"), Set.copyOf(distinct), Lexicon.english());
    }

    /** The other dialect's spelling of a lower-case word, or null. */
    String counterpart(String word) {
        String b = americanToBritish.get(word);
        return b != null ? b : britishToAmerican.get(word);
    }

    /** Whether two lower-case spellings are known to name different things. */
    boolean knownDistinct(String a, String b) {
        return distinct.contains(Set.of(a, b));
    }
}
