package dev.copydesk.core.checks.typo;

import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.corpus.WordList;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.RandomAccess;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The dictionary's words grouped by Double Metaphone primary code (max. 8 characters): where
 * {@link Suggester} looks for sound-alikes. Computing it means a code for each of the
 * dictionary's ~300,000 words, a few hundred milliseconds on a cold JVM, so the build computes it
 * once per dialect ({@link #main}, run by core's {@code pom.xml} in {@code process-classes}) into
 * a compact binary resource next to this class; a build that skipped that step computes it at
 * run time instead, with the same result.
 */
final class SoundIndex {
    private static final int SLICES = 8;
    private static final int MAGIC = 0x53445831; // "SDX1"

    private SoundIndex() {
    }

    /** The resource file of a dialect's index. */
    static String resourceName(Dialect dialect) {
        return "sound-index-" + dialect.tag() + ".bin";
    }

    /** Groups words (in dictionary order) by their code; each group keeps that order. */
    static Map<String, List<String>> compute(List<String> words) {
        String[] codes = new String[words.size()];
        IntStream.range(0, SLICES).parallel().forEach(slice -> {
            DoubleMetaphone metaphone = new DoubleMetaphone();
            metaphone.setMaxCodeLen(8);
            for (int i = slice; i < codes.length; i += SLICES) {
                codes[i] = metaphone.doubleMetaphone(words.get(i).toLowerCase(Locale.ROOT));
            }
        });
        Map<String, List<String>> index = new HashMap<>();
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] != null && !codes[i].isEmpty()) {
                index.computeIfAbsent(codes[i], k -> new ArrayList<>(2)).add(words.get(i));
            }
        }
        return index;
    }

    /** Writes an index, codes sorted, so the file is the same bytes for the same dictionary. */
    static void write(Map<String, List<String>> index, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        data.writeInt(MAGIC);
        data.writeInt(index.size());
        for (Map.Entry<String, List<String>> e : new TreeMap<>(index).entrySet()) {
            data.writeUTF(e.getKey());
            data.writeInt(e.getValue().size());
            for (String word : e.getValue()) {
                data.writeUTF(word);
            }
        }
        data.flush();
    }

    /**
     * Reads an index written by {@link #write}; its codes iterate in sorted order, as written. Only
     * the codes are decoded here: each code's words stay bytes until that code is asked for, since a
     * run looks up a few hundred codes of ~100,000 (decoding every word cost a short run ~0.1 s).
     */
    static Map<String, List<String>> read(byte[] bytes) throws IOException {
        ByteBuffer data = ByteBuffer.wrap(bytes);
        try {
            if (data.getInt() != MAGIC) {
                throw new IOException("not a sound index file");
            }
            int codes = data.getInt();
            Map<String, List<String>> index = new LinkedHashMap<>(codes * 2);
            for (int c = 0; c < codes; c++) {
                String code = utf(bytes, data);
                int n = data.getInt();
                int first = data.position();
                for (int i = 0; i < n; i++) {
                    data.position(data.position() + 2 + (data.getShort(data.position()) & 0xFFFF));
                }
                index.put(code, new EncodedWords(bytes, first, n));
            }
            return index;
        } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IOException("truncated sound index file", e);
        }
    }

    /** One string as {@link DataOutputStream#writeUTF} wrote it (dictionary words have no NUL, so it is UTF-8). */
    private static String utf(byte[] bytes, ByteBuffer data) {
        int length = data.getShort() & 0xFFFF;
        int at = data.position();
        data.position(at + length);
        return new String(bytes, at, length, StandardCharsets.UTF_8);
    }

    /** A code's words, decoded on first use; immutable, and safe to share between threads. */
    private static final class EncodedWords extends AbstractList<String> implements RandomAccess {
        private final byte[] bytes;
        private final int first;
        private final int size;
        private volatile String[] words;

        EncodedWords(byte[] bytes, int first, int size) {
            this.bytes = bytes;
            this.first = first;
            this.size = size;
        }

        private String[] words() {
            String[] w = words;
            if (w == null) {
                w = new String[size];
                ByteBuffer data = ByteBuffer.wrap(bytes);
                data.position(first);
                for (int i = 0; i < size; i++) {
                    w[i] = utf(bytes, data);
                }
                words = w; // a race decodes twice, to equal arrays
            }
            return w;
        }

        @Override
        public String get(int index) {
            return words()[index];
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** The index shipped for a dialect, or null when the build did not make it. */
    static Map<String, List<String>> shipped(Dialect dialect) {
        try {
            byte[] bytes = WordList.bytes(SoundIndex.class, resourceName(dialect));
            return bytes == null ? null : read(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resourceName(dialect), e);
        }
    }

    /**
     * Build step: writes the index of every dialect into a folder (the class output folder of
     * this package).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SoundIndex OUTPUT_FOLDER");
        }
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        for (Dialect dialect : Dialect.values()) {
            Map<String, List<String>> index = SpellingDictionary.load(dialect).computeSoundIndex();
            try (OutputStream out = Files.newOutputStream(folder.resolve(resourceName(dialect)))) {
                write(index, out);
            }
        }
    }
}
