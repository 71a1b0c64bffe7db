package dev.copydesk.cli;

import dev.copydesk.core.check.Severity;
import dev.copydesk.core.engine.Report;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;

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

    /** Parses {@code error}, {@code warning}, {@code info} or {@code none}, in any case. */
    static final class Converter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not error, warning, info or none");
            }
        }
    }

    /** Whether the report has a finding at or above this level. */
    boolean fails(Report report) {
        return Optional.ofNullable(threshold).map(t -> report.countAtLeast(t) > 0).orElse(false);
    }
}
