package dev.copydesk.core.checks.confusion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One confusion: the wrong words, the right phrase, and words that make the match right after all
 * when they follow it ({@code could of course}).
 *
 * @param wrong  the wrong phrase, lower case, one entry per word
 * @param right  the replacement
 * @param unless words that cancel the match when they come next, lower case
 */
record ConfusedPhrase(List<String> wrong, String right, Set<String> unless) {
    static final String RESOURCE = "confused-phrases.tsv";

    ConfusedPhrase {
        wrong = List.copyOf(wrong);
        unless = Set.copyOf(unless);
    }

    /** The phrases of the data file. */
    static List<ConfusedPhrase> load() {
        InputStream in = ConfusedPhrase.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        List<ConfusedPhrase> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                if (line.startsWith("#") || f.length < 2) {
                    continue;
                }
                Set<String> unless = f.length > 2 ? Set.of(f[2].toLowerCase(Locale.ROOT).split(",")) : Set.of();
                out.add(new ConfusedPhrase(List.of(f[0].toLowerCase(Locale.ROOT).split(" ")), f[1], unless));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return List.copyOf(out);
    }
}
