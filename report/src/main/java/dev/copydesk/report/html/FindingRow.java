package dev.copydesk.report.html;

import java.util.List;

/**
 * One row of a check's section: a finding, or a group of findings that share their evidence (a
 * variant cluster, a duplicate group), shown once.
 *
 * @param severity    the most serious severity in the row
 * @param docKeys     the keys of every document the row concerns, space-separated (for the filter)
 * @param where       the first finding's location, readable
 * @param href        a link to it in the proofs, or empty
 * @param message     the first finding's message
 * @param subject     the text found
 * @param suggestions replacements, best first
 * @param confidence  how sure the check is, as a percentage
 * @param grouped     how many findings the row stands for
 * @param related     other places the finding concerns
 * @param evidence    what the page shows besides the message
 */
record FindingRow(String severity, String docKeys, String where, String href, String message, String subject,
                  List<String> suggestions, String confidence, int grouped, List<RelatedPlace> related,
                  EvidenceView evidence) {

    /**
     * Another place a finding concerns.
     *
     * @param where the location, readable
     * @param href  a link to it, or empty
     * @param text  the text there
     * @param note  what it is
     */
    record RelatedPlace(String where, String href, String text, String note) {
    }
}
