package dev.copydesk.core.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.SourceMap;
import dev.copydesk.core.model.Word;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns block text into a {@link Block}: NFC normalisation, sentences from ICU4J's English
 * sentence iterator filtered by an abbreviation list (so {@code Dr.}, {@code U.S.} do not end a
 * sentence), and words from {@link Tokenizer}. Thread-safe: each call works on its own copy of
 * the break iterator.
 */
public final class Segmenter {
    private static final String ABBREVIATIONS = "abbreviations.txt";

    private final BreakIterator sentencePrototype;
    private final Normalizer2 nfc = Normalizer2.getNFCInstance();

    private Segmenter(BreakIterator sentencePrototype) {
        this.sentencePrototype = sentencePrototype;
    }

    /** An English segmenter with copydesk's abbreviation list. */
    public static Segmenter english() {
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH);
        for (String abbreviation : readAbbreviations()) {
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
        String normalised = nfc.isNormalized(text) ? text : nfc.normalize(text);
        List<Word> tokens = Tokenizer.tokenize(normalised);
        List<Sentence> sentences = new ArrayList<>();
        List<Word> words = new ArrayList<>(tokens.size());
        BreakIterator it = sentencePrototype.clone();
        it.setText(normalised);
        int start = it.first();
        int w = 0;
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
                continue;
            }
            int first = w;
            int sentenceIndex = sentences.size();
            while (w < tokens.size() && tokens.get(w).start() < end) {
                Word t = tokens.get(w);
                words.add(new Word(t.text(), t.kind(), t.start(), t.end(), sentenceIndex, w == first, t.invisible()));
                w++;
            }
            sentences.add(new Sentence(trimmedStart, trimmedEnd, first, w - first));
        }
        return new Block(kind, index, normalised, sentences, words, source, page);
    }

    private static List<String> readAbbreviations() {
        List<String> out = new ArrayList<>();
        try (InputStream in = Segmenter.class.getResourceAsStream(ABBREVIATIONS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ABBREVIATIONS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
