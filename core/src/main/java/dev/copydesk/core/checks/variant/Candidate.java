package dev.copydesk.core.checks.variant;

import dev.copydesk.core.corpus.TermIndex;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongPredicate;

/**
 * One spelling the clusterer compares: its lower-case text, the surface forms that share it (they
 * differ only in capitals, which is the casing check's business), how many words it has and where
 * it came from.
 *
 * @param key    the spelling in lower case, words joined by single spaces
 * @param words  how many words it has
 * @param source a capitalised name, a common word, or a house-style form (which has no occurrences)
 * @param forms   surface forms with their occurrences (empty for a house-style form)
 * @param context for a one-word name, the other words of the longer names it appears in
 *                ({@code Muhammed}: {@code professor}, {@code hassan}); empty otherwise
 */
record Candidate(String key, int words, Source source, Map<String, TermIndex.Form> forms, Set<String> context) {
    Candidate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        forms = Collections.unmodifiableMap(new TreeMap<>(forms)); // by text: Map.copyOf's order changes per run
        context = Set.copyOf(context);
    }

    Candidate(String key, int words, Source source, Map<String, TermIndex.Form> forms) {
        this(key, words, source, forms, Set.of());
    }

    /** The same candidate without the occurrences a test rejects. */
    Candidate without(LongPredicate rejected) {
        Map<String, TermIndex.Form> kept = new TreeMap<>();
        forms.forEach((text, f) -> {
            long[] o = Arrays.stream(f.occurrences()).filter(x -> !rejected.test(x)).toArray();
            if (o.length > 0 || f.count() == 0) {
                kept.put(text, new TermIndex.Form(text, o.length, 0, o));
            }
        });
        return new Candidate(key, words, source, kept, context);
    }

    /** Where a candidate came from. */
    enum Source {
        NAME,
        WORD,
        HOUSE
    }

    /** Occurrences of all its forms. */
    int count() {
        return forms.values().stream().mapToInt(TermIndex.Form::count).sum();
    }

    /**
     * Its most frequent surface form; on a tie the one in lower case if there is one (a common word
     * written once at a sentence start, {@code Lifesaving}, is not its spelling), else the first by text.
     */
    String display() {
        String best = key;
        int bestCount = -1;
        for (TermIndex.Form f : forms.values()) {
            boolean tie = f.count() == bestCount && !best.equals(key);
            if (f.count() > bestCount || tie && (f.text().equals(key) || f.text().compareTo(best) < 0)) {
                best = f.text();
                bestCount = f.count();
            }
        }
        return best;
    }
}
