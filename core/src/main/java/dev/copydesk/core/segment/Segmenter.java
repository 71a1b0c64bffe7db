package dev.copydesk.core.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import dev.copydesk.core.corpus.WordList;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.SourceMap;
import dev.copydesk.core.model.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns block text into a {@link Block}: NFC normalisation, sentences from ICU4J's English
 * sentence iterator filtered by an abbreviation list (so {@code Dr.}, {@code U.S.} do not end a
 * sentence), and words from {@link Tokenizer}. Thread-safe: each thread works on its own copy of
 * the break iterator. Equal word texts of all the blocks it makes share one string.
 */
public final class Segmenter {
    private static final String ABBREVIATIONS = "abbreviations.txt";

    private final BreakIterator sentencePrototype;
    /** Each thread's copy of the prototype, reused from block to block (a copy costs ~2.5 KB of caches). */
    private final ThreadLocal<BreakIterator> sentences;
    private final Normalizer2 nfc = Normalizer2.getNFCInstance();
    private final WordTexts wordTexts = new WordTexts();

    private Segmenter(BreakIterator sentencePrototype) {
        this.sentencePrototype = sentencePrototype;
        this.sentences = ThreadLocal.withInitial(sentencePrototype::clone);
    }

    /** An English segmenter with copydesk's abbreviation list. */
    public static Segmenter english() {
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH);
        for (String abbreviation : WordList.read(Segmenter.class, ABBREVIATIONS)) {
            builder.suppressBreakAfter(abbreviation);
        }
        return new Segmenter(builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH)));
    }

    /**
     * Segments one block.
     *
     * @param kind   what the block is
     * @param index  its ordinal in the document
     * @param text   its text (line breaks inside it already turned into spaces)
     * @param source map back to the source file, or {@link SourceMap#NONE}
     * @param page   1-based page, or 0
     */
    public Block segment(BlockKind kind, int index, String text, SourceMap source, int page) {
        String normalised = surelyNfc(text) || nfc.isNormalized(text) ? text : nfc.normalize(text);
        BreakIterator it = sentences.get();
        it.setText(normalised);
        int[] starts = new int[8];
        int[] ends = new int[8];
        int[] rawEnds = new int[8];
        int count = 0;
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int trimmedEnd = end;
            while (trimmedEnd > start && Character.isWhitespace(normalised.charAt(trimmedEnd - 1))) {
                trimmedEnd--;
            }
            int trimmedStart = start;
            while (trimmedStart < trimmedEnd && Character.isWhitespace(normalised.charAt(trimmedStart))) {
                trimmedStart++;
            }
            if (trimmedStart == trimmedEnd) {
                continue; // white space only: no sentence, and no word can start here
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
                rawEnds = Arrays.copyOf(rawEnds, count * 2);
            }
            starts[count] = trimmedStart;
            ends[count] = trimmedEnd;
            rawEnds[count] = end;
            count++;
        }
        List<Word> words = count == 0 ? List.of()
                : Tokenizer.tokenize(normalised, Arrays.copyOf(rawEnds, count), wordTexts);
        List<Sentence> sentences = new ArrayList<>(count);
        int w = 0;
        for (int s = 0; s < count; s++) {
            int first = w;
            while (w < words.size() && words.get(w).sentence() == s) {
                w++;
            }
            sentences.add(new Sentence(starts[s], ends[s], first, w - first));
        }
        return new Block(kind, index, normalised, sentences, words, source, page);
    }

    /**
     * Whether a text is in NFC without asking ICU: every character is below U+0300 (no character
     * there decomposes or combines) or is one of the dashes, quotation marks and the ellipsis of
     * typeset copy, which neither decompose nor combine. Most copy passes here; the rest goes to
     * ICU's own check.
     */
    static boolean surelyNfc(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' && !typesetPunctuation(c)) {
                return false;
            }
        }
        return true;
    }

    /** En and em dash, curly quotation marks, ellipsis. */
    static boolean typesetPunctuation(char c) {
        switch (c) {
            case '\u2013', '\u2014', '\u2018', '\u2019', '\u201C', '\u201D', '\u2026':
                return true;
            default:
                return false;
        }
    }
}
