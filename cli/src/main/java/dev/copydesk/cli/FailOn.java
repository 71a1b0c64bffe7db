package dev.copydesk.cli;

import dev.copydesk.core.check.Severity;
import dev.copydesk.core.engine.Report;
import java.util.Optional;

/** The {@code --fail-on} level: findings at or above it make the exit code 1. */
enum FailOn {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING),
    INFO(Severity.INFO),
    NONE(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** Whether the report has a finding at or above this level. */
    boolean fails(Report report) {
        return Optional.ofNullable(threshold).map(t -> report.countAtLeast(t) > 0).orElse(false);
    }
}
