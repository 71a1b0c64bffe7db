package dev.copydesk.core.check;

import java.util.List;
import java.util.Objects;

/**
 * What a check is: its id (used in configuration, suppressions and output), a one-line summary,
 * its default severity and its options with their defaults.
 *
 * @param id              short lower-case id, e.g. {@code typo}
 * @param summary         one line on what it finds
 * @param defaultSeverity severity of its findings unless configured otherwise
 * @param options         its tunables
 */
public record CheckInfo(String id, String summary, Severity defaultSeverity, List<CheckOption> options) {
    public CheckInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        options = List.copyOf(options);
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("check id must be lower-case: " + id);
        }
    }

    /** The default of an option. */
    public String defaultOf(String key) {
        return options.stream().filter(o -> o.key().equals(key)).map(CheckOption::defaultValue).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("check " + id + " has no option " + key));
    }
}
