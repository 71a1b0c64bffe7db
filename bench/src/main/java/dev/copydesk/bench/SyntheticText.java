package dev.copydesk.bench;

import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.DocumentFormat;
import dev.copydesk.core.model.SourceMap;
import dev.copydesk.core.segment.Segmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Seeded synthetic copy for the term benchmarks: pronounceable made-up words (so the phonetic keys
 * have real work to do), capitalised names among them, sentences of a few words, segmented by the
 * real {@link Segmenter}. Same seed, same corpus.
 */
final class SyntheticText {
    private static final String[] SYLLABLES = {"ba", "da", "fa", "ga", "ha", "ja", "ka", "la", "ma", "na", "pa", "ra",
        "sa", "ta", "va", "za", "be", "de", "fe", "ge", "ke", "le", "me", "ne", "re", "se", "te", "bi", "di", "fi", "ki",
        "li", "mi", "ni", "ri", "si", "ti", "bo", "do", "ko", "lo", "mo", "no", "ro", "so", "to", "bu", "du", "ku", "mu",
        "nu", "ru", "su", "tu", "al", "el", "an", "en", "or", "ur"};

    private SyntheticText() {
    }

    /** The {@code n}-th made-up word: distinct for distinct {@code n}, two to five syllables. */
    static String word(long n) {
        StringBuilder sb = new StringBuilder();
        long v = n;
        int base = SYLLABLES.length;
        do {
            sb.append(SYLLABLES[(int) (v % base)]);
            v /= base;
        } while (v > 0);
        if (sb.length() < 4) {
            sb.append("ra");
        }
        return sb.toString();
    }

    /** A word with its first letter in upper case. */
    static String capitalised(String w) {
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    /**
     * Documents of one paragraph each, the paragraph made of {@code wordsPerDocument} words chosen
     * by {@code vocabulary}, in sentences of eight words.
     */
    static List<Document> documents(int count, int wordsPerDocument, IntFunction<String> vocabulary, long seed) {
        Segmenter segmenter = Segmenter.english();
        Random random = new Random(seed);
        List<Document> out = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < wordsPerDocument; w++) {
                String word = vocabulary.apply(random.nextInt(Integer.MAX_VALUE));
                text.append(w % 8 == 0 ? capitalised(word) : word).append(w % 8 == 7 ? ". " : " ");
            }
            out.add(new Document(String.format("doc%07d.txt", d), DocumentFormat.TEXT,
                    List.of(segmenter.segment(BlockKind.PARAGRAPH, 0, text.toString().strip(), SourceMap.NONE, 0))));
        }
        return out;
    }

    /** CPU time of the current thread, in nanoseconds (wall time is unreliable on a shared machine). */
    static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Heap in use, in MiB, after a collection. */
    static long usedMiB() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }
}
