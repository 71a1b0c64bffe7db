package dev.copydesk.core.check;

import java.util.Objects;

/**
 * A tunable of a check, with its default; documented in the README from this metadata.
 *
 * @param key          the option's name in the configuration file
 * @param defaultValue its default, as text
 * @param description  one sentence on what it does
 */
public record CheckOption(String key, String defaultValue, String description) {
    public CheckOption {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
    }
}
