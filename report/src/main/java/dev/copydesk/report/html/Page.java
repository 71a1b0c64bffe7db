package dev.copydesk.report.html;

import java.util.List;

/**
 * Everything the page template shows, already sorted, capped and formatted.
 *
 * @param overview the numbers and the per-document table
 * @param chart    findings by check and severity as bars
 * @param filters  the choices of the filter bar
 * @param checks   one section per check, in registry order
 * @param proofs   the marked-up documents, worst first
 * @param hiddenProofs how many documents with findings have no proof in the page
 * @param assets   the inline style and script with their CSP hashes
 */
record Page(Overview overview, Chart chart, Filters filters, List<CheckSection> checks, List<Proof> proofs,
            int hiddenProofs, Assets assets) {

    /** Whether any part of the page was capped, so the page points to the JSON output. */
    boolean capped() {
        return hiddenProofs > 0 || overview.hiddenRows() > 0
                || checks.stream().anyMatch(c -> c.hidden() > 0);
    }

    /**
     * Choices of the filter bar.
     *
     * @param checks     check ids with findings
     * @param documents  documents with findings that the page shows
     * @param hiddenDocuments documents with findings left out of the list
     */
    record Filters(List<String> checks, List<DocumentChoice> documents, int hiddenDocuments) {
    }

    /**
     * A document in the filter list.
     *
     * @param key the document's key in {@code data-doc} attributes
     * @param id  its id
     */
    record DocumentChoice(String key, String id) {
    }
}
