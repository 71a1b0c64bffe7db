package dev.copydesk.bench.typo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Readers of the public misspelling sets in their published formats. */
final class MisspellingSets {
    private MisspellingSets() {
    }

    /**
     * A misspelling with its intended word.
     *
     * @param line the 0-based line of the set's file it was read from (it splits a set in halves)
     */
    record Pair(String typed, String intended, int line) {
        /** Whether the pair is on an even line: the development half of its set. */
        boolean even() {
            return line % 2 == 0;
        }
    }

    /** {@code typed<TAB>intended} per line (Aspell test kernel). */
    static List<Pair> tab(Path file) throws IOException {
        List<Pair> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t");
            if (f.length >= 2 && !f[0].isBlank()) {
                out.add(new Pair(f[0].strip(), f[1].strip(), i));
            }
        }
        return out;
    }

    /** {@code intended: typed typed ...} per line (Norvig, Mitton). */
    static List<Pair> colon(Path file) throws IOException {
        List<Pair> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String intended = line.substring(0, colon).strip();
            for (String typed : line.substring(colon + 1).strip().split("\\s+")) {
                if (!typed.isEmpty()) {
                    out.add(new Pair(typed, intended, i));
                }
            }
        }
        return out;
    }
}
