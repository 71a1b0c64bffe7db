package dev.copydesk.report.html;

import java.util.List;

/**
 * One document as a marked-up proof: its blocks in order, findings highlighted inline.
 *
 * @param key      the document's key in {@code data-doc} attributes
 * @param anchor   the proof's id in the page
 * @param id       the document id
 * @param words    its words
 * @param findings its findings
 * @param blocks   its blocks, in reading order
 */
record Proof(String key, String anchor, String id, int words, int findings, List<ProofBlock> blocks) {

    /**
     * A heading, paragraph, list item, table cell or quote.
     *
     * @param kind   the block kind's id ({@code heading}, {@code paragraph} ...)
     * @param anchor the block's id in the page
     * @param spans  its text cut where findings start and end
     * @param notes  findings about the whole block (or about no text of it)
     */
    record ProofBlock(String kind, String anchor, List<Span> spans, List<Note> notes) {
        boolean heading() {
            return kind.equals("heading");
        }
    }

    /**
     * A piece of a block's text.
     *
     * @param text     the text
     * @param severity the most serious severity of the findings covering it, empty if none
     * @param checks   the checks of those findings, space-separated
     * @param note     their messages, one per line
     */
    record Span(String text, String severity, String checks, String note) {
        boolean marked() {
            return !severity.isEmpty();
        }
    }

    /**
     * A finding shown beside a block rather than inside it.
     *
     * @param severity its severity
     * @param check    its check
     * @param message  its message
     */
    record Note(String severity, String check, String message) {
    }
}
