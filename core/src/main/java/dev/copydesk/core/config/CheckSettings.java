package dev.copydesk.core.config;

import dev.copydesk.core.check.Severity;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the configuration says about one check.
 *
 * @param enabled  whether it runs
 * @param severity the severity its findings get instead of the check's default, if configured
 * @param options  option values by key, already validated against the check's declared options
 */
public record CheckSettings(boolean enabled, Optional<Severity> severity, Map<String, String> options) {
    public CheckSettings {
        Objects.requireNonNull(severity, "severity");
        options = Map.copyOf(options);
    }
}
