package dev.copydesk.cli;

import dev.copydesk.report.OutputFormat;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One report to write: a format, and a file, or stdout when the file is empty.
 *
 * @param format the format
 * @param file   where to write it; empty for stdout
 */
record OutputTarget(OutputFormat format, Optional<Path> file) {
    OutputTarget {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(file, "file");
    }

    /** Parses {@code FORMAT=FILE}, or {@code FORMAT} (or {@code FORMAT=-}) for stdout. */
    static OutputTarget parse(String spec) {
        int eq = spec.indexOf('=');
        String name = eq < 0 ? spec : spec.substring(0, eq);
        String file = eq < 0 ? "-" : spec.substring(eq + 1).strip();
        if (file.isEmpty()) {
            throw new UsageException("--report " + spec + ": the file is missing (FORMAT=FILE, or FORMAT=- for stdout)");
        }
        return new OutputTarget(format(name), "-".equals(file) ? Optional.empty() : Optional.of(Path.of(file)));
    }

    /** A format by name, or a usage error listing the formats. */
    static OutputFormat format(String name) {
        try {
            return OutputFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + "; the formats are: " + Arrays.stream(OutputFormat.values())
                    .map(OutputFormat::id).collect(Collectors.joining(", ")));
        }
    }

    /** How the target is named in messages. */
    String describe() {
        return format.id() + " to " + file.map(Path::toString).orElse("stdout");
    }
}
