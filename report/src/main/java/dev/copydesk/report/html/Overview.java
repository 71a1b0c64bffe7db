package dev.copydesk.report.html;

import java.util.List;
import java.util.Locale;

/**
 * The report's first screen.
 *
 * @param documents  documents checked
 * @param words      words checked
 * @param findings   findings reported
 * @param errors     findings of severity error
 * @param warnings   findings of severity warning
 * @param infos      findings of severity info
 * @param unreadable inputs that could not be read
 * @param suppressed findings the documents' own comments suppressed, or in passages in another language
 * @param baselined  findings the baseline absorbed
 * @param notShown   findings left out as less serious than {@code --min-severity}
 * @param byCheck    counts per check, in registry order
 * @param rows       the per-document table, worst first
 * @param hiddenRows documents left out of the table
 * @param failures   the unreadable inputs with their reasons
 */
record Overview(int documents, long words, int findings, long errors, long warnings, long infos, int unreadable,
                int suppressed, int baselined, int notShown, List<CheckCount> byCheck, List<DocumentRow> rows, int hiddenRows,
                List<Failure> failures) {

    /** A count as an editor reads it: {@code 2,385,537}. */
    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A grouped count and its noun, plural unless the count is one: {@code 1 finding}, {@code 2,385 words}. */
    static String counted(long n, String noun) {
        return grouped(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * Findings of one check by severity.
     *
     * @param id      the check id
     * @param summary what the check finds
     * @param errors  error findings
     * @param warnings warning findings
     * @param infos   info findings
     */
    record CheckCount(String id, String summary, int errors, int warnings, int infos) {
        int total() {
            return errors + warnings + infos;
        }
    }

    /**
     * A row of the per-document table.
     *
     * @param key         the document's key in {@code data-doc} attributes
     * @param id          the document id
     * @param words       its words
     * @param findings    its findings
     * @param perThousand findings per 1,000 words, formatted
     * @param errors      its error findings
     * @param proofAnchor the id of its proof in the page, or empty when it has none
     */
    record DocumentRow(String key, String id, int words, int findings, String perThousand, int errors,
                       String proofAnchor) {
    }

    /**
     * An input that could not be read.
     *
     * @param path   its path
     * @param reason why
     */
    record Failure(String path, String reason) {
    }
}
