package dev.copydesk.core.corpus;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The documents of a run and the index built over them. Checks read it; nothing changes it.
 * Documents are in a stable order (by id), and a document's index in {@link #documents()} is the
 * one packed into {@link Occurrence}s.
 */
public final class Corpus {
    private final List<Document> documents;
    private final TermIndex terms;
    private final PhraseIndex phrases;
    private final List<List<WordPositions>> positions;

    private Corpus(List<Document> documents, TermIndex terms, PhraseIndex phrases,
                   List<List<WordPositions>> positions) {
        this.documents = documents;
        this.terms = terms;
        this.phrases = phrases;
        this.positions = positions;
    }

    /** Builds the corpus, its term index (one pass) and its index of multi-word names (two passes). */
    public static Corpus of(List<Document> documents) {
        List<Document> copy = List.copyOf(documents);
        List<List<WordPositions>> positions = new ArrayList<>(copy.size());
        for (Document d : copy) {
            List<WordPositions> blocks = new ArrayList<>(d.blocks().size());
            d.blocks().forEach(b -> blocks.add(WordPositions.of(b)));
            positions.add(blocks);
        }
        return new Corpus(copy, TermIndex.build(copy, positions), PhraseIndex.build(copy, positions), positions);
    }

    public List<Document> documents() {
        return documents;
    }

    public TermIndex terms() {
        return terms;
    }

    /** Multi-word proper names with the casings they were written in. */
    public PhraseIndex phrases() {
        return phrases;
    }

    /** Total word tokens in the corpus. */
    public long wordCount() {
        long n = 0;
        for (Document d : documents) {
            n += d.wordCount();
        }
        return n;
    }

    /** The document of a packed occurrence. */
    public Document document(long occurrence) {
        return documents.get(Occurrence.document(occurrence));
    }

    /** The block of a packed occurrence. */
    public Block block(long occurrence) {
        return document(occurrence).blocks().get(Occurrence.block(occurrence));
    }

    /** The word at a packed occurrence. */
    public Word word(long occurrence) {
        return block(occurrence).words().get(Occurrence.word(occurrence));
    }

    /** The location of the word at a packed occurrence. */
    public Location location(long occurrence) {
        Document document = document(occurrence);
        Block block = document.blocks().get(Occurrence.block(occurrence));
        return Location.of(document, block, block.words().get(Occurrence.word(occurrence)));
    }

    /** The location of {@code words} words starting at a packed occurrence (a multi-word name). */
    public Location location(long occurrence, int words) {
        Document document = document(occurrence);
        Block block = document.blocks().get(Occurrence.block(occurrence));
        int first = Occurrence.word(occurrence);
        int last = Math.min(block.words().size(), first + Math.max(1, words)) - 1;
        return Location.of(document, block, block.words().get(first).start(), block.words().get(last).end());
    }

    /** Whether a capital at a packed occurrence says nothing about the word's casing (see {@link WordPositions}). */
    public boolean neutral(long occurrence) {
        return positions(occurrence).neutral(Occurrence.word(occurrence));
    }

    /** The casing positions of the block of a packed occurrence. */
    public WordPositions positions(long occurrence) {
        return positions.get(Occurrence.document(occurrence)).get(Occurrence.block(occurrence));
    }

    /** The sorted, distinct ids of the documents of some packed occurrences. */
    public List<String> documentIds(long[] occurrences) {
        TreeSet<String> ids = new TreeSet<>();
        for (long o : occurrences) {
            ids.add(document(o).id());
        }
        return List.copyOf(ids);
    }
}
