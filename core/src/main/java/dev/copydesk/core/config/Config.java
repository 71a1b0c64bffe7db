package dev.copydesk.core.config;

import dev.copydesk.core.check.CheckContext.PreferredForm;
import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.engine.RunSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A validated configuration: what {@code copydesk.yml} says, with accepted-words files already
 * read. Checks not named keep their defaults.
 *
 * @param source        the file it was read from, if any
 * @param dialect       the English the copy follows
 * @param checks        settings by check id, for the checks the file names
 * @param acceptedWords words never flagged (from {@code accept} and the {@code accept-files})
 * @param houseStyle    preferred forms, in file order
 * @param includes      include globs
 * @param excludes      exclude globs
 * @param checkOtherLanguages whether passages in another language are checked as English too
 *                      ({@code check-other-languages: true}; by default they are skipped)
 * @param minSeverity   the least serious findings the reports show ({@code min-severity: warning}
 *                      leaves the {@code info} findings out; by default every finding is shown)
 */
public record Config(Optional<Path> source, Dialect dialect, Map<String, CheckSettings> checks,
                     Set<String> acceptedWords, List<PreferredForm> houseStyle, List<String> includes,
                     List<String> excludes, boolean checkOtherLanguages, Severity minSeverity) {
    public Config {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(minSeverity, "minSeverity");
        checks = Map.copyOf(checks);
        acceptedWords = Set.copyOf(acceptedWords);
        houseStyle = List.copyOf(houseStyle);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** The configuration used when there is no file: every check with its defaults, en-US. */
    public static Config defaults() {
        return new Config(Optional.empty(), Dialect.EN_US, Map.of(), Set.of(), List.of(), List.of(), List.of(), false,
                Severity.INFO);
    }

    /**
     * The engine's settings for this configuration over the available checks; no baseline, every
     * document reported on.
     */
    public RunSettings runSettings(List<CheckInfo> available) {
        Set<String> enabled = new TreeSet<>();
        Map<String, Severity> severities = new HashMap<>();
        Map<String, Map<String, String>> options = new HashMap<>();
        boolean anyDisabled = false;
        for (CheckInfo info : available) {
            CheckSettings s = checks.get(info.id());
            if (s == null) {
                enabled.add(info.id());
                continue;
            }
            if (!s.enabled()) {
                anyDisabled = true;
                continue;
            }
            enabled.add(info.id());
            s.severity().ifPresent(v -> severities.put(info.id(), v));
            options.put(info.id(), s.options());
        }
        return new RunSettings(anyDisabled ? enabled : Set.of(), severities, options, dialect, acceptedWords,
                houseStyle, List.of(), Set.of(), checkOtherLanguages);
    }
}
