package dev.copydesk.core.engine;

import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.load.LoadFailure;
import dev.copydesk.core.model.Document;
import java.util.List;

/**
 * The finished result of a run, in a total order: what renderers write and what the exit code is
 * decided from.
 *
 * @param checks     the checks that ran, in registry order
 * @param documents  the documents checked, by id
 * @param findings   the findings, sorted
 * @param failures   the inputs that could not be read, by id
 * @param suppressed how many findings the documents' own suppression comments removed, or that fell
 *                   in passages in another language than English
 * @param baselined  how many findings the baseline absorbed
 * @param sources    the checked documents themselves, in the order of {@code documents}, for renderers
 *                   that show the text (the HTML report's marked-up proofs)
 * @param notShown   how many findings were left out as less serious than the run asked to see
 *                   ({@link #atLeast})
 */
public record Report(List<CheckInfo> checks, List<DocumentSummary> documents, List<Finding> findings,
                     List<LoadFailure> failures, int suppressed, int baselined, List<Document> sources,
                     int notShown) {
    public Report {
        checks = List.copyOf(checks);
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
        failures = List.copyOf(failures);
        sources = List.copyOf(sources);
    }

    /** A report with every finding shown. */
    public Report(List<CheckInfo> checks, List<DocumentSummary> documents, List<Finding> findings,
                  List<LoadFailure> failures, int suppressed, int baselined, List<Document> sources) {
        this(checks, documents, findings, failures, suppressed, baselined, sources, 0);
    }

    /**
     * This report with only the findings at or above a severity ({@code --min-severity warning}:
     * the warnings and errors, not the {@code info} findings), the others counted in
     * {@link #notShown}. The same report when nothing is left out.
     */
    public Report atLeast(Severity min) {
        List<Finding> kept = findings.stream().filter(f -> f.severity().atLeast(min)).toList();
        return kept.size() == findings.size() ? this : new Report(checks, documents, kept, failures, suppressed,
                baselined, sources, notShown + findings.size() - kept.size());
    }

    /** Total words in the checked documents. */
    public long wordCount() {
        return documents.stream().mapToLong(DocumentSummary::words).sum();
    }

    /** How many findings are at or above a severity. */
    public long countAtLeast(Severity severity) {
        return findings.stream().filter(f -> f.severity().atLeast(severity)).count();
    }
}
