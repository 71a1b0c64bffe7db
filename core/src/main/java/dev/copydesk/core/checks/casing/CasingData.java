package dev.copydesk.core.checks.casing;

import dev.copydesk.core.corpus.Lexicon;
import dev.copydesk.core.corpus.WordList;
import java.util.Locale;
import java.util.Set;

/**
 * What the casing rules know beyond the corpus: lower-case brands, words whose capital carries
 * meaning, head nouns of institution names, and the dictionary.
 */
record CasingData(Set<String> brands, Set<String> meaningful, Set<String> nameNouns, Lexicon lexicon) {

    static CasingData load() {
        return new CasingData(WordList.read(CasingData.class, "lowercase-brands.txt"),
                WordList.read(CasingData.class, "meaningful-casing.txt"),
                WordList.read(CasingData.class, "name-nouns.txt"), Lexicon.english());
    }

    /** Whether the lower-case form is a word in its own right, so a capital may mean something else. */
    boolean ambiguous(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return meaningful.contains(lower) || lexicon.knows(lower);
    }
}
