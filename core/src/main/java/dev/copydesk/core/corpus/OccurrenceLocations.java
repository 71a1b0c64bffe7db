package dev.copydesk.core.corpus;

import dev.copydesk.core.model.Location;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The locations of packed occurrences of a term, each worked out only when asked for: a form met
 * tens of thousands of times becomes evidence whose renderers list only its first few places, and
 * working out a line and column for every one was a visible part of the casing and variant checks.
 * Unmodifiable; safe to read from several threads (the corpus does not change once built).
 */
public final class OccurrenceLocations extends AbstractList<Location> implements RandomAccess {
    private final Corpus corpus;
    private final long[] occurrences;
    private final int words;

    OccurrenceLocations(Corpus corpus, long[] occurrences, int words) {
        this.corpus = corpus;
        this.occurrences = occurrences.clone();
        this.words = words;
    }

    @Override
    public Location get(int index) {
        return corpus.location(occurrences[index], words);
    }

    @Override
    public int size() {
        return occurrences.length;
    }
}
