package dev.copydesk.core.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A configuration (or baseline) file that cannot be used, with where the problem is. Its message
 * reads {@code file:line:column: what is wrong}; line and column are 0 when the problem is the
 * file as a whole.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;

    /** A problem at a line and column (1-based; 0 when unknown). */
    public ConfigException(Path file, int line, int column, String problem) {
        super(format(file, line, column, problem));
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    private static String format(Path file, int line, int column, String problem) {
        return line > 0 ? file + ":" + line + ":" + column + ": " + problem : file + ": " + problem;
    }

    /** The file with the problem. */
    public Path file() {
        return file;
    }

    /** The 1-based line, or 0. */
    public int line() {
        return line;
    }

    /** The 1-based column, or 0. */
    public int column() {
        return column;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }
}
