package dev.copydesk.core.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A resource file of one entry per line, {@code #} comments and blank lines ignored. Used for the
 * data files of the corpus and of the term checks.
 */
public final class WordList {
    private WordList() {
    }

    /**
     * Reads a resource next to a class.
     *
     * @param owner    the class whose package holds the resource
     * @param resource the file name
     * @return the distinct entries, stripped, as an unmodifiable set with no defined order
     */
    public static Set<String> read(Class<?> owner, String resource) {
        Set<String> out = new LinkedHashSet<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
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
        return Set.copyOf(out);
    }
}
