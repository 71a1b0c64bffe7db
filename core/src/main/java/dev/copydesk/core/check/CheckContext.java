package dev.copydesk.core.check;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a check may know of the run's configuration: the dialect, the accepted words, the house
 * style's preferred forms and the check's own options (configured values over the defaults in
 * its {@link CheckInfo}).
 *
 * @param info          the check's metadata, for option defaults
 * @param dialect       the English the copy should follow
 * @param acceptedWords words never to flag, as written by the user (matching is the check's business)
 * @param houseStyle    preferred forms: each with the variants it replaces
 * @param options       configured option values by key
 */
public record CheckContext(CheckInfo info, Dialect dialect, Set<String> acceptedWords,
                           List<PreferredForm> houseStyle, Map<String, String> options) {
    public CheckContext {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(dialect, "dialect");
        acceptedWords = Set.copyOf(acceptedWords);
        houseStyle = List.copyOf(houseStyle);
        options = Map.copyOf(options);
    }

    /** A context with defaults only: en-US, nothing accepted, no house style. */
    public static CheckContext defaults(CheckInfo info) {
        return new CheckContext(info, Dialect.EN_US, Set.of(), List.of(), Map.of());
    }

    /** An option's value: the configured one, else the default. */
    public String option(String key) {
        String v = options.get(key);
        return v != null ? v : info.defaultOf(key);
    }

    public int intOption(String key) {
        return Integer.parseInt(option(key).strip());
    }

    public double doubleOption(String key) {
        return Double.parseDouble(option(key).strip());
    }

    public boolean booleanOption(String key) {
        return Boolean.parseBoolean(option(key).strip());
    }

    /**
     * A house-style rule: write {@code preferred}, not any of {@code variants}.
     *
     * @param preferred the form to use
     * @param variants  forms to replace with it (may be empty: the checks then find variants themselves)
     */
    public record PreferredForm(String preferred, List<String> variants) {
        public PreferredForm {
            Objects.requireNonNull(preferred, "preferred");
            variants = List.copyOf(variants);
        }
    }
}
