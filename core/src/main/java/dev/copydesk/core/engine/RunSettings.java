package dev.copydesk.core.engine;

import dev.copydesk.core.check.CheckContext.PreferredForm;
import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.check.Severity;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Policy for one run, already validated (the CLI builds it from flags and the configuration file).
 *
 * @param enabledChecks     ids of the checks to run; empty means every built-in check
 * @param severities        severity overrides by check id
 * @param options           option values by check id, then key
 * @param dialect           the English to check against
 * @param acceptedWords     words never flagged
 * @param houseStyle        preferred forms
 * @param baseline          fingerprints of known findings (a fingerprint may repeat: each absorbs one finding)
 * @param reportDocuments   ids of the documents to report on; empty means all (the others are still evidence)
 * @param checkOtherLanguages whether passages in another language than English are checked as
 *                          English too (by default the checks that read English skip them)
 */
public record RunSettings(Set<String> enabledChecks, Map<String, Severity> severities,
                          Map<String, Map<String, String>> options, Dialect dialect, Set<String> acceptedWords,
                          List<PreferredForm> houseStyle, List<String> baseline, Set<String> reportDocuments,
                          boolean checkOtherLanguages) {
    public RunSettings {
        enabledChecks = Set.copyOf(enabledChecks);
        severities = Map.copyOf(severities);
        options = Map.copyOf(options);
        Objects.requireNonNull(dialect, "dialect");
        acceptedWords = Set.copyOf(acceptedWords);
        houseStyle = List.copyOf(houseStyle);
        baseline = List.copyOf(baseline);
        reportDocuments = Set.copyOf(reportDocuments);
    }

    /** Settings that skip passages in other languages, as a run does by default. */
    public RunSettings(Set<String> enabledChecks, Map<String, Severity> severities,
                       Map<String, Map<String, String>> options, Dialect dialect, Set<String> acceptedWords,
                       List<PreferredForm> houseStyle, List<String> baseline, Set<String> reportDocuments) {
        this(enabledChecks, severities, options, dialect, acceptedWords, houseStyle, baseline, reportDocuments, false);
    }

    /** Every check with its defaults, en-US, nothing else. */
    public static RunSettings defaults() {
        return new RunSettings(Set.of(), Map.of(), Map.of(), Dialect.EN_US, Set.of(), List.of(), List.of(), Set.of());
    }
}
