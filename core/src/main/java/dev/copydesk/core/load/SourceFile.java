package dev.copydesk.core.load;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to load.
 *
 * @param path where it is on disk
 * @param id   the document id: the path as the user named its root, with {@code /} separators
 */
public record SourceFile(Path path, String id) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(id, "id");
    }

    /** The lower-case file extension without the dot, or an empty string. */
    public String extension() {
        return extensionOf(path);
    }

    /** The lower-case extension of a path's file name without the dot, or an empty string ({@code .bashrc} has none). */
    static String extensionOf(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
