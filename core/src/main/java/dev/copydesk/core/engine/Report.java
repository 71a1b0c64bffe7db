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
 */
public record Report(List<CheckInfo> checks, List<DocumentSummary> documents, List<Finding> findings,
                     List<LoadFailure> failures, int suppressed, int baselined, List<Document> sources) {
    public Report {
        checks = List.copyOf(checks);
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
        failures = List.copyOf(failures);
        sources = List.copyOf(sources);
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
