package dev.copydesk.core.check;

import java.util.Locale;

/** How serious a finding is, from most to least. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** Lower-case name used in output and configuration. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as serious as another. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** Parses {@code error}, {@code warning} or {@code info} in any case. */
    public static Severity parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
