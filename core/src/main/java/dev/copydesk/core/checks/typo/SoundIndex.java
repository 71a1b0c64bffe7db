package dev.copydesk.core.checks.typo;

import dev.copydesk.core.check.Dialect;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** Reads an index written by {@link #write}; its codes iterate in sorted order, as written. */
    static Map<String, List<String>> read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a sound index file");
        }
        int codes = data.readInt();
        Map<String, List<String>> index = new LinkedHashMap<>(codes * 2);
        for (int c = 0; c < codes; c++) {
            String code = data.readUTF();
            int n = data.readInt();
            List<String> words = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                words.add(data.readUTF());
            }
            index.put(code, words);
        }
        return index;
    }

    /** The index shipped for a dialect, or null when the build did not make it. */
    static Map<String, List<String>> shipped(Dialect dialect) {
        try (InputStream in = SoundIndex.class.getResourceAsStream(resourceName(dialect))) {
            return in == null ? null : read(in);
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
