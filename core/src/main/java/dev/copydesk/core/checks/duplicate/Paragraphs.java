package dev.copydesk.core.checks.duplicate;

import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.TextMemo;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.BlockWords;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.WordKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The paragraphs long enough to compare, in corpus order (document, then block), each reduced to
 * what candidate generation and verification need: its exact key and its sorted shingle hashes.
 * Index {@code i} of every array is the i-th paragraph.
 */
final class Paragraphs {
    /** The fewest dots of a dot leader ({@link #contentsEntry}); an ellipsis has three. */
    private static final int DOT_LEADER = 4;
    final int[] document;
    final int[] block;
    final int[] wordCount;
    final long[] exactKey;
    final int[][] shingles;
    private final Corpus corpus;

    private Paragraphs(Corpus corpus, List<Entry> entries) {
        this.corpus = corpus;
        int n = entries.size();
        document = new int[n];
        block = new int[n];
        wordCount = new int[n];
        exactKey = new long[n];
        shingles = new int[n][];
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            document[i] = e.document;
            block[i] = e.block;
            wordCount[i] = e.words;
            exactKey[i] = e.key;
            shingles[i] = e.shingles;
        }
    }

    /**
     * The paragraphs of a corpus with at least {@code minWords} normalised words; documents in
     * parallel. Headings are not paragraphs, and neither is a block that says word for word what
     * a heading does: the entry of a table of contents, which repeats the headings of a set of
     * pages by design.
     */
    static Paragraphs of(Corpus corpus, int minWords, int shingleSize) {
        List<Document> docs = corpus.documents();
        TextMemo<Shape> shapeOf = corpus.memo(); // a repeated text is hashed once
        List<List<Entry>> perDocument = IntStream.range(0, docs.size()).parallel()
                .mapToObj(d -> entries(d, docs.get(d), minWords, shingleSize, shapeOf)).toList();
        Set<Long> headings = new HashSet<>();
        perDocument.forEach(entries -> entries.stream().filter(Entry::heading).forEach(e -> headings.add(e.key)));
        List<Entry> all = new ArrayList<>();
        for (List<Entry> entries : perDocument) {
            for (Entry e : entries) {
                if (!e.heading && !headings.contains(e.key)) {
                    all.add(e);
                }
            }
        }
        return new Paragraphs(corpus, all);
    }

    int size() {
        return exactKey.length;
    }

    /** The normalised word hashes of paragraph {@code i}, computed again (they are not kept). */
    long[] words(int i) {
        return WordHashes.of(corpus.documents().get(document[i]).blocks().get(block[i]).text());
    }

    private static List<Entry> entries(int d, Document doc, int minWords, int shingleSize, TextMemo<Shape> shapeOf) {
        List<Entry> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            Shape shape = shapeOf.get(b, k -> Shape.of(k.text(), minWords, shingleSize));
            if (shape != Shape.SHORT && hasProse(b) && !contentsEntry(b.text())) {
                out.add(new Entry(d, b.index(), shape.words(), shape.key(), shape.shingles(),
                        b.kind() == BlockKind.HEADING));
            }
        }
        return out;
    }

    /**
     * Whether a block has a word of prose: a line that is only a link, a path or code
     * ({@code → https://www.debian.org/releases/bullseye/...}) is no paragraph to copy, though its
     * parts make ten words. A block given as text only, without its words (as the bench builds
     * them to time this check alone), counts as prose.
     */
    private static boolean hasProse(Block b) {
        BlockWords words = b.words();
        if (words.size() == 0) {
            return true;
        }
        for (int i = 0, n = words.size(); i < n; i++) {
            if (words.kind(i) == WordKind.WORD) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a block is an entry of a table of contents: a title, a dot leader and a page number
     * ({@code 1.4.4 Mouse operations . . . . . 20}, {@code Preface ........ xi}). A printed book or
     * a PDF lists each section so, and the entry repeats the section's heading; it is no paragraph
     * that was copied.
     */
    static boolean contentsEntry(String text) {
        int end = text.length();
        while (end > 0 && Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        if (end == text.length() || !isPageNumber(text.substring(end))) {
            return false;
        }
        int dots = 0;
        for (int i = end - 1; i >= 0 && (text.charAt(i) == '.' || text.charAt(i) == ' '); i--) {
            dots += text.charAt(i) == '.' ? 1 : 0;
        }
        return dots >= DOT_LEADER;
    }

    private static boolean isPageNumber(String s) {
        return s.chars().allMatch(Character::isDigit) || s.chars().allMatch(c -> "ivxlcdm".indexOf(c) >= 0)
                || s.chars().allMatch(c -> "IVXLCDM".indexOf(c) >= 0);
    }

    /**
     * What comparison needs of a paragraph text: its word count, exact key and sorted shingle
     * hashes (never written to, so paragraphs of equal text share them).
     */
    private record Shape(int words, long key, int[] shingles) {
        /** A text with fewer words than compared. */
        static final Shape SHORT = new Shape(0, 0, new int[0]);

        static Shape of(String text, int minWords, int shingleSize) {
            long[] words = WordHashes.of(text);
            return words.length < minWords ? SHORT
                    : new Shape(words.length, WordHashes.sequenceKey(words), Shingles.of(words, shingleSize));
        }
    }

    private record Entry(int document, int block, int words, long key, int[] shingles, boolean heading) {
    }
}
