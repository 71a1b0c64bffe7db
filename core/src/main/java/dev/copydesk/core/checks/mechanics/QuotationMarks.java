package dev.copydesk.core.checks.mechanics;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds double quotation marks that face the wrong way ({@code ”Our forces}: a closing mark that
 * opens a quote) and quotes that are not balanced within a paragraph. A mark's role comes from
 * its neighbours (a letter after it and none before it opens; a letter or punctuation before it
 * and space after it closes), its glyph only when they say nothing. A paragraph may leave a quote
 * open when the next paragraph opens one again: that is how a quote runs over paragraphs.
 */
final class QuotationMarks {
    static final char OPEN = '\u201C';
    private static final char CLOSE = '\u201D';
    private static final char STRAIGHT = '"';
    /** The kind of a slip that is a quotation mark facing the wrong way. */
    static final String WRONG_WAY = "wrong-quote";

    /**
     * The slips of one block.
     *
     * @param chars     {@code text} in its first {@code text.length()} places (indexed directly:
     *                  String.charAt checks its index per call), shared with the other scans of the
     *                  block; what follows is not read
     * @param inToken   which characters are inside a token whose punctuation is its own (code
     *                  between backticks, URLs: {@link PunctuationSpacing#protectedChars}); their
     *                  quotation marks are not the prose's
     * @param continues whether the block after it opens a quotation ({@link #opensQuote}), so a
     *                  quotation left open here runs on
     */
    List<Slip> find(String text, char[] chars, boolean[] inToken, boolean continues) {
        List<Slip> out = new ArrayList<>();
        int openAt = -1;
        int straightAt = -1;
        int straightCount = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = chars[i];
            if (inToken[i]) {
                continue;
            }
            if (c == STRAIGHT) {
                if (i == 0 || !Character.isDigit(chars[i - 1])) {
                    straightCount++;
                    straightAt = i;
                }
                continue;
            }
            if (c != OPEN && c != CLOSE) {
                continue;
            }
            boolean opens = opens(text, i, c);
            if (opens && c == CLOSE || !opens && c == OPEN) {
                out.add(wrongWay(text, i, opens));
            }
            if (opens) {
                if (openAt >= 0) {
                    out.add(unclosed(openAt));
                }
                openAt = i;
            } else if (openAt < 0) {
                out.add(new Slip("unbalanced-quote", i, i + 1, "Closing quotation mark without an opening one", "",
                        0.6));
            } else {
                openAt = -1;
            }
        }
        if (openAt >= 0 && !continues) {
            out.add(unclosed(openAt));
        }
        if (straightCount % 2 == 1 && !continues) {
            out.add(new Slip("unbalanced-quote", straightAt, straightAt + 1,
                    "Odd number of straight quotation marks in the paragraph", "", 0.5));
        }
        return out;
    }

    /** Whether a block's text starts with an opening quotation mark: the one before may run on into it. */
    static boolean opensQuote(String text) {
        return !text.isEmpty() && (text.charAt(0) == OPEN || text.charAt(0) == STRAIGHT);
    }

    private static Slip unclosed(int at) {
        return new Slip("unbalanced-quote", at, at + 1, "Quotation mark opened but not closed in the paragraph", "",
                0.8);
    }

    private static Slip wrongWay(String text, int i, boolean opens) {
        char want = opens ? OPEN : CLOSE;
        boolean glued = opens && i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                && ".,;:?!".indexOf(text.charAt(i - 1)) >= 0;
        if (glued) {
            char p = text.charAt(i - 1);
            return new Slip(WRONG_WAY, i - 1, i + 1, "Quotation mark faces the wrong way, and a space is missing",
                    p + " " + want, 0.9);
        }
        return new Slip(WRONG_WAY, i, i + 1,
                "Quotation mark faces the wrong way: '" + text.charAt(i) + "' " + (opens ? "opens" : "closes")
                        + " a quote", String.valueOf(want), 0.85);
    }

    /** Whether the mark at {@code i} opens a quote, judged by its neighbours. */
    private static boolean opens(String text, int i, char glyph) {
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{\u2014\u2013-".indexOf(
                text.charAt(i - 1)) >= 0;
        boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        boolean wordAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        boolean wordBefore = i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1))
                || ".,;:?!".indexOf(text.charAt(i - 1)) >= 0);
        if (wordAfter && !Character.isLetterOrDigit(text.charAt(Math.max(0, i - 1))) || spaceBefore && !spaceAfter) {
            return true;
        }
        if (wordBefore && !wordAfter || spaceAfter && !spaceBefore) {
            return false;
        }
        return glyph == OPEN;
    }
}
