package dev.copydesk.report.html;

/**
 * How much the page shows before it says how many more there are, so a report of 10,000
 * documents still opens in seconds. Most caps point to the JSON output, which has every finding
 * and document; the occurrences of a form are capped there too.
 *
 * @param rowsPerCheck       rows of one check's section
 * @param documentRows       rows of the per-document table
 * @param proofs             documents shown as marked-up proofs
 * @param occurrencesPerForm occurrences listed under one form of a cluster
 */
record Limits(int rowsPerCheck, int documentRows, int proofs, int occurrencesPerForm) {
    /** The defaults of the shipped renderer. */
    static final Limits DEFAULT = new Limits(500, 1000, 100, 25);

    Limits {
        if (rowsPerCheck < 1 || documentRows < 1 || proofs < 0 || occurrencesPerForm < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
