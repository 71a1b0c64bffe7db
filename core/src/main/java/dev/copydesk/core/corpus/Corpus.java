package dev.copydesk.core.corpus;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.BlockWords;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.model.Word;
import dev.copydesk.core.model.WordKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The documents of a run and the index built over them. Checks read it; nothing changes it.
 * Documents are in a stable order (by id), and a document's index in {@link #documents()} is the
 * one packed into {@link Occurrence}s. The term and phrase indexes are built on first use, once,
 * by the first check that asks (others asking meanwhile wait), so the checks that need neither
 * (duplicates, mechanics, confusions) start at once and the two indexes can be built on two
 * threads; safe to share between threads.
 */
public final class Corpus {
    private final List<Document> documents;
    private final Once<TermIndex> terms;
    private final Once<PhraseIndex> phrases;
    private final Once<Set<String>> code;
    private final List<List<WordPositions>> positions;
    /** The block texts that more than one block of the corpus has. */
    private final Set<String> repeated;

    private Corpus(List<Document> documents, List<List<WordPositions>> positions, Set<String> repeated) {
        this.documents = documents;
        this.positions = positions;
        this.repeated = repeated;
        this.terms = new Once<>(() -> TermIndex.build(documents, positions, memo()));
        this.phrases = new Once<>(() -> PhraseIndex.build(documents, positions, memo(), memo()));
        this.code = new Once<>(() -> markedCode(documents));
    }

    /**
     * The corpus over some documents: each block's casing positions now (in parallel over the
     * documents; once per {@linkplain #repeated repeated} block text, as the text and whether the
     * block is a heading are all they depend on), the term index (one pass) and the index of
     * multi-word names (two passes) when first asked for.
     */
    public static Corpus of(List<Document> documents) {
        List<Document> copy = List.copyOf(documents);
        Set<String> repeated = repeatedTexts(copy);
        Predicate<Block> isRepeated = b -> repeated.contains(b.text());
        TextMemo<WordPositions> texts = new TextMemo<>(isRepeated);
        TextMemo<WordPositions> headings = new TextMemo<>(isRepeated);
        List<List<WordPositions>> positions = copy.parallelStream()
                .map(d -> d.blocks().stream()
                        .map(b -> (b.kind() == BlockKind.HEADING ? headings : texts).get(b, WordPositions::of))
                        .toList())
                .toList();
        return new Corpus(copy, positions, repeated);
    }

    /** The block texts that more than one block has. */
    private static Set<String> repeatedTexts(List<Document> documents) {
        Set<String> seen = new HashSet<>();
        Set<String> again = new HashSet<>();
        for (Document d : documents) {
            for (Block b : d.blocks()) {
                if (!seen.add(b.text())) {
                    again.add(b.text());
                }
            }
        }
        return again;
    }

    /**
     * Whether another block of the corpus has the same text. What a check works out from a block's
     * text alone it can work out once for such a text (syndicated copy, boilerplate, recycled
     * paragraphs) and reuse at the other blocks; for a text of one block, keeping the result would
     * only cost.
     */
    public boolean repeated(Block block) {
        return !repeated.isEmpty() && repeated.contains(block.text());
    }

    /** A memo of results worked out from a block's text alone, kept for the texts this corpus repeats. */
    public <T> TextMemo<T> memo() {
        return new TextMemo<>(this::repeated);
    }

    public List<Document> documents() {
        return documents;
    }

    /** Each word with its casings, counts and occurrences; built on first use. */
    public TermIndex terms() {
        return terms.get();
    }

    /** Multi-word proper names with the casings they were written in. */
    public PhraseIndex phrases() {
        return phrases.get();
    }

    /**
     * The texts of the corpus's marked code, without their backticks: code between backticks as
     * Markdown writes it, and as the loaders write HTML's {@code code}, a PDF's monospaced words
     * and DocBook's commands ({@code curses}, {@code rsync -a src/ dst/}). Not the tokens taken for
     * code by their look ({@code word.Word}), which a slip can make. Built on first use.
     */
    public Set<String> code() {
        return code.get();
    }

    private static Set<String> markedCode(List<Document> documents) {
        Set<String> out = new HashSet<>();
        for (Document d : documents) {
            for (Block b : d.blocks()) {
                BlockWords words = b.words(); // read in place: no Word made for each of the corpus's words
                for (int i = 0, n = words.size(); i < n; i++) {
                    String t = words.text(i);
                    if (words.kind(i) == WordKind.CODE && t.startsWith("`")) {
                        int from = 0;
                        int to = t.length();
                        while (from < to && t.charAt(from) == '`') {
                            from++;
                        }
                        while (to > from && t.charAt(to - 1) == '`') {
                            to--;
                        }
                        String inner = t.substring(from, to).strip();
                        if (!inner.isEmpty()) {
                            out.add(inner);
                        }
                    }
                }
            }
        }
        return Set.copyOf(out);
    }

    /** Whether the term and phrase indexes have been built (by a check asking for them). */
    boolean indexesBuilt() {
        return terms.done() && phrases.done();
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

    /**
     * The locations of {@code words} words starting at each packed occurrence, in the order given,
     * each worked out when read ({@link OccurrenceLocations}).
     */
    public List<Location> locations(long[] occurrences, int words) {
        return new OccurrenceLocations(this, occurrences, words);
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
        // distinct document numbers first (integers), then their ids: a common form has tens of
        // thousands of occurrences in a few thousand documents, and comparing ids per occurrence
        // was a visible part of the casing check
        int[] numbers = new int[occurrences.length];
        for (int i = 0; i < occurrences.length; i++) {
            numbers[i] = Occurrence.document(occurrences[i]);
        }
        Arrays.sort(numbers);
        String[] ids = new String[numbers.length];
        int n = 0;
        for (int i = 0; i < numbers.length; i++) {
            if (i == 0 || numbers[i] != numbers[i - 1]) {
                ids[n++] = documents.get(numbers[i]).id();
            }
        }
        Arrays.sort(ids, 0, n);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (i == 0 || !ids[i].equals(ids[i - 1])) {
                out.add(ids[i]);
            }
        }
        return List.copyOf(out);
    }
}
