package dev.copydesk.report.html;

import java.util.List;

/**
 * The findings of one check.
 *
 * @param id       the check id
 * @param summary  what the check finds
 * @param findings how many findings it reported
 * @param rows     its rows, capped
 * @param hidden   rows left out
 */
record CheckSection(String id, String summary, int findings, List<FindingRow> rows, int hidden) {
}
