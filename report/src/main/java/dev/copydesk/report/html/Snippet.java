package dev.copydesk.report.html;

/**
 * A flagged span in its sentence: the text before it, the span, and the text after it.
 *
 * @param before  the sentence up to the span
 * @param flagged the span
 * @param after   the sentence after the span
 */
record Snippet(String before, String flagged, String after) {
    /** Splits a text at a span, clamping the span to the text. */
    static Snippet of(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        return new Snippet(text.substring(0, s), text.substring(s, e), text.substring(e));
    }
}
