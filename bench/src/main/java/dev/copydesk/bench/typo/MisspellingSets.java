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

    /** A misspelling with its intended word. */
    record Pair(String typed, String intended) {
    }

    /** {@code typed<TAB>intended} per line (Aspell test kernel). */
    static List<Pair> tab(Path file) throws IOException {
        List<Pair> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            String[] f = line.split("\t");
            if (f.length >= 2 && !f[0].isBlank()) {
                out.add(new Pair(f[0].strip(), f[1].strip()));
            }
        }
        return out;
    }

    /** {@code intended: typed typed ...} per line (Norvig, Mitton). */
    static List<Pair> colon(Path file) throws IOException {
        List<Pair> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String intended = line.substring(0, colon).strip();
            for (String typed : line.substring(colon + 1).strip().split("\\s+")) {
                if (!typed.isEmpty()) {
                    out.add(new Pair(typed, intended));
                }
            }
        }
        return out;
    }
}
