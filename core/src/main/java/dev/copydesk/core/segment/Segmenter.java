package dev.copydesk.core.segment;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.impl.ICUResourceBundle;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import dev.copydesk.core.corpus.WordList;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.BlockWords;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.SourceMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns block text into a {@link Block}: NFC normalisation, sentences from ICU4J's English
 * sentence iterator filtered by an abbreviation list (so {@code Dr.}, {@code U.S.} do not end a
 * sentence), and words from {@link Tokenizer}. Plain prose, where ICU's answer is certain, has its
 * sentence ends worked out without the iterator ({@link PlainSentences}: on c1, under the launcher's
 * client compiler, 102 against 163 ms).
 * Thread-safe: each thread works on its own copy of the break iterator. Equal word texts of all
 * the blocks it makes share one string, and blocks of equal text (syndicated copy, boilerplate,
 * recycled paragraphs) share one segmentation: the text is segmented once (unless the first
 * {@value #TRIAL} blocks show that texts hardly repeat, see {@link #TRIAL}).
 */
public final class Segmenter {
    private static final String ABBREVIATIONS = "abbreviations.txt";
    private static final Logger LOG = LoggerFactory.getLogger(Segmenter.class);
    /**
     * Distinct block texts whose segmentation is kept for reuse, at most; past it new texts are
     * segmented every time, so a long-lived segmenter cannot grow without bound.
     */
    static final int SHARED_LIMIT = 1 << 20;
    /**
     * Blocks segmented before the segmenter judges whether texts repeat: if fewer than one in
     * {@value #RARE} of them had a text seen before, it stops keeping segmentations. On copy that
     * does not repeat, keeping them cost about 4% of a whole run (c1 with every paragraph made
     * distinct, 21 runs in random order); on copy that does, sharing saves far more.
     */
    static final int TRIAL = 4096;
    /** See {@link #TRIAL}. */
    static final int RARE = 32;

    /** A block text's segmentation: immutable, so blocks of equal text can share it. */
    private record Segmented(String text, List<Sentence> sentences, BlockWords words) {
    }

    private final BreakIterator sentencePrototype;
    /** Each thread's copy of the prototype, reused from block to block (a copy costs ~2.5 KB of caches). */
    private final ThreadLocal<BreakIterator> sentences;
    private final Normalizer2 nfc = Normalizer2.getNFCInstance();
    private final WordTexts wordTexts = new WordTexts();
    /** The segmentation of each distinct block text seen, by the text as given; see {@link #SHARED_LIMIT}. */
    private final ConcurrentHashMap<String, Segmented> shared = new ConcurrentHashMap<>();
    /** The sentence ends of plain prose, or null when ICU's abbreviations could not be read. */
    private final PlainSentences plain;

    /** Distinct block texts this segmenter keeps the segmentation of, at most. */
    private final int sharedLimit;
    /** Blocks segmented while keeping segmentations, and how many of them had a text seen before. */
    private final AtomicInteger tried = new AtomicInteger();
    private final AtomicInteger repeats = new AtomicInteger();
    /** Whether segmentations are still kept ({@link #TRIAL}). */
    private volatile boolean sharing;

    private Segmenter(BreakIterator sentencePrototype, PlainSentences plain, int sharedLimit) {
        this.sentencePrototype = sentencePrototype;
        this.sentences = ThreadLocal.withInitial(sentencePrototype::clone);
        this.plain = plain;
        this.sharedLimit = sharedLimit;
        this.sharing = sharedLimit > 0;
    }

    /**
     * A segmenter like this one that segments every block afresh, even a text it has seen: for
     * benchmarks of segmenting itself.
     */
    public Segmenter withoutSharing() {
        return new Segmenter(sentencePrototype, plain, 0);
    }

    /** An English segmenter with copydesk's abbreviation list. */
    public static Segmenter english() {
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH);
        Set<String> added = WordList.read(Segmenter.class, ABBREVIATIONS);
        for (String abbreviation : added) {
            builder.suppressBreakAfter(abbreviation);
        }
        Set<String> all = icuAbbreviations(ULocale.ENGLISH);
        PlainSentences plain = null;
        if (all != null) {
            all.addAll(added);
            plain = PlainSentences.of(all);
        }
        return new Segmenter(builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH)), plain,
                SHARED_LIMIT);
    }

    /**
     * The abbreviations ICU's filter reads for a locale ({@code exceptions/SentenceBreak} of its
     * break-iterator data, as {@code FilteredBreakIteratorBuilder.getInstance} reads them), or
     * null if they cannot be read: then every text goes to ICU.
     */
    static Set<String> icuAbbreviations(ULocale locale) {
        try {
            ICUResourceBundle data = ICUResourceBundle.getBundleInstance(ICUData.ICU_BRKITR_BASE_NAME, locale,
                    ICUResourceBundle.OpenType.LOCALE_ROOT);
            ICUResourceBundle breaks = data.findWithFallback("exceptions/SentenceBreak");
            Set<String> out = new HashSet<>();
            for (int i = 0; breaks != null && i < breaks.getSize(); i++) {
                out.add(breaks.getString(i));
            }
            return out;
        } catch (RuntimeException | LinkageError e) { // internal ICU API: another ICU version may lack it
            LOG.debug("ICU's sentence-break abbreviations could not be read; every sentence is left to ICU", e);
            return null;
        }
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
        Segmented done = sharing ? shared(text) : segmentation(text);
        return new Block(kind, index, done.text(), done.sentences(), done.words(), source, page);
    }

    /** A text's segmentation, kept for the blocks of the same text to come. */
    private Segmented shared(String text) {
        Segmented done = shared.get(text);
        int n = tried.incrementAndGet();
        if (done != null) {
            repeats.incrementAndGet();
            return done;
        }
        done = segmentation(text);
        if (n >= TRIAL && repeats.get() < n / RARE) { // texts do not repeat here: stop keeping them
            sharing = false;
            shared.clear();
            return done;
        }
        if (shared.size() < sharedLimit) {
            Segmented first = shared.putIfAbsent(text, done);
            done = first == null ? done : first;
        }
        return done;
    }

    /** Whether this segmenter still keeps segmentations for the blocks to come ({@link #TRIAL}). */
    boolean sharing() {
        return sharing;
    }

    /** Segments a block text. */
    private Segmented segmentation(String text) {
        String normalised = surelyNfc(text) || nfc.isNormalized(text) ? text : nfc.normalize(text);
        char[] chars = normalised.toCharArray();
        int[] bounds = plainEnds(chars);
        if (bounds == null) {
            bounds = icuEnds(normalised);
        }
        int[] code = Tokenizer.codeSpans(chars);
        bounds = Tokenizer.withoutEndsInAddresses(chars, Tokenizer.withoutEndsInCode(code, bounds));
        int[] starts = new int[bounds.length];
        int[] ends = new int[bounds.length];
        int[] rawEnds = new int[bounds.length];
        int count = 0;
        int start = 0;
        for (int end : bounds) {
            int trimmedEnd = end;
            while (trimmedEnd > start && Character.isWhitespace(chars[trimmedEnd - 1])) {
                trimmedEnd--;
            }
            int trimmedStart = start;
            while (trimmedStart < trimmedEnd && Character.isWhitespace(chars[trimmedStart])) {
                trimmedStart++;
            }
            if (trimmedStart < trimmedEnd) { // white space only: no sentence, and no word can start here
                starts[count] = trimmedStart;
                ends[count] = trimmedEnd;
                rawEnds[count] = end;
                count++;
            }
            start = end;
        }
        BlockWords words = count == 0 ? BlockWords.copyOf(List.of())
                : Tokenizer.tokenize(chars, Arrays.copyOf(rawEnds, count), code, wordTexts);
        List<Sentence> sentences = new ArrayList<>(count);
        int w = 0;
        for (int s = 0; s < count; s++) {
            int first = w;
            while (w < words.size() && words.sentence(w) == s) {
                w++;
            }
            sentences.add(new Sentence(starts[s], ends[s], first, w - first));
        }
        return new Segmented(normalised, List.copyOf(sentences), words);
    }

    /** The sentence ends {@link PlainSentences} gives, or null when it leaves the text to ICU. */
    int[] plainEnds(char[] text) {
        return plain == null ? null : plain.ends(text);
    }

    /** The boundaries ICU's filtered iterator gives after the first (0), in order. */
    int[] icuEnds(String text) {
        BreakIterator it = sentences.get();
        it.setText(text);
        int[] out = new int[8];
        int count = 0;
        it.first();
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            if (count == out.length) {
                out = Arrays.copyOf(out, count * 2);
            }
            out[count++] = end;
        }
        return Arrays.copyOf(out, count);
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
