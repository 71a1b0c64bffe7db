package dev.copydesk.core.corpus;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.model.Word;
import java.util.List;

/**
 * The documents of a run and the index built over them. Checks read it; nothing changes it.
 * Documents are in a stable order (by id), and a document's index in {@link #documents()} is the
 * one packed into {@link Occurrence}s.
 */
public final class Corpus {
    private final List<Document> documents;
    private final TermIndex terms;

    private Corpus(List<Document> documents, TermIndex terms) {
        this.documents = documents;
        this.terms = terms;
    }

    /** Builds the corpus and its term index in one pass. */
    public static Corpus of(List<Document> documents) {
        List<Document> copy = List.copyOf(documents);
        return new Corpus(copy, TermIndex.build(copy));
    }

    public List<Document> documents() {
        return documents;
    }

    public TermIndex terms() {
        return terms;
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
}
