package dev.copydesk.core.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
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
     * The bytes of a resource next to a class, or null when there is none. Read into an array of
     * the resource's size when the class path tells it (a jar entry, a file), not through the
     * growing buffers of {@link InputStream#readAllBytes}, whose copies were half of what reading
     * the typo check's data allocated.
     *
     * @param owner    the class whose package holds the resource
     * @param resource the file name
     * @throws IOException when it cannot be read
     */
    public static byte[] bytes(Class<?> owner, String resource) throws IOException {
        URL url = owner.getResource(resource);
        if (url == null) {
            return null;
        }
        URLConnection connection = url.openConnection();
        long size = connection.getContentLengthLong();
        try (InputStream in = connection.getInputStream()) {
            if (size < 0 || size > Integer.MAX_VALUE - 16) {
                return in.readAllBytes();
            }
            byte[] out = new byte[(int) size];
            int read = in.readNBytes(out, 0, out.length);
            if (read != out.length || in.read() != -1) { // the size was wrong: read it the slow way
                try (InputStream again = owner.getResourceAsStream(resource)) {
                    return again.readAllBytes();
                }
            }
            return out;
        }
    }

    /**
     * The bytes of a resource next to a class that must be there ({@link #bytes}).
     *
     * @throws IllegalStateException when there is none
     * @throws UncheckedIOException  when it cannot be read
     */
    public static byte[] required(Class<?> owner, String resource) {
        try {
            byte[] bytes = bytes(owner, resource);
            if (bytes == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
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
