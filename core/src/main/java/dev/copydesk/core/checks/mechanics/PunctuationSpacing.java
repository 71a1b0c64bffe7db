package dev.copydesk.core.checks.mechanics;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockWords;
import dev.copydesk.core.model.WordKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a missing space after {@code . , ; : ? !} ({@code before.The}, {@code However,any}) and a
 * space before one of them ({@code word ,}). Punctuation inside a token is never a slip: decimals
 * and digit groups ({@code 3.5}, {@code 2,000}), abbreviations ({@code U.S.}, {@code e.g.}),
 * times, URLs, e-mail addresses and code are single tokens. A full stop needs a capital after it
 * to count ({@code file.txt} is not a sentence boundary), and so does a colon ({@code node:crypto}
 * names something); ellipses, {@code tl;dr} and emoticons ({@code :D}) are left alone.
 */
final class PunctuationSpacing {
    static final String MARKS = ".,;:?!";

    /**
     * The slips of one block.
     *
     * @param chars the block's text in its first {@code text.length()} places (indexed directly:
     *              String.charAt checks its index per call), shared with the other scans of the
     *              block; what follows is not read
     * @param inToken {@link #protectedChars} of the block
     */
    List<Slip> find(Block block, char[] chars, boolean[] inToken) {
        String text = block.text();
        List<Slip> out = new ArrayList<>();
        for (int i = 1, n = text.length(); i + 1 < n; i++) {
            if (!isMark(chars[i]) || inToken[i]) {
                continue;
            }
            addIfPresent(out, missingSpaceAfter(text, i));
            addIfPresent(out, spaceBefore(text, i));
        }
        if (!text.isEmpty() && MARKS.indexOf(text.charAt(text.length() - 1)) >= 0) {
            addIfPresent(out, spaceBefore(text, text.length() - 1));
        }
        return out;
    }

    /** Adds a slip if there is one (without a method reference per character, as {@code ifPresent(out::add)} makes). */
    private static void addIfPresent(List<Slip> out, Optional<Slip> slip) {
        if (slip.isPresent()) {
            out.add(slip.get());
        }
    }

    /**
     * Whether a word is written the way identifiers and file names are: with a capital after its first
     * letter ({@code BassRadio}, {@code INSTALLER}), an underscore or a digit ({@code de_CH}). After
     * such a word, a full stop and an all-capital word ({@code .FM}, {@code .BAT}, {@code .JSONError})
     * are an extension or a member, where a sentence would start with one capital.
     */
    static boolean identifier(String word) {
        int first = 0; // quotes and brackets before it are not part of it: ("No.THE END
        while (first < word.length() && !Character.isLetterOrDigit(word.charAt(first))) {
            first++;
        }
        for (int k = first; k < word.length(); k++) {
            char ch = word.charAt(k);
            if (ch == '_' || Character.isDigit(ch) || k > first && Character.isUpperCase(ch)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code c} is one of {@link #MARKS}; a switch, as this runs for every character. */
    static boolean isMark(char c) {
        switch (c) {
            case '.', ',', ';', ':', '?', '!':
                return true;
            default:
                return false;
        }
    }

    /** Whether the {@code ;} at {@code i} ends a named character reference ({@code &lt;}, {@code &amp;}). */
    static boolean endsReference(String text, int i) {
        int k = i - 1;
        while (k >= 0 && i - k <= 6 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        return k >= 0 && k < i - 1 && text.charAt(k) == '&';
    }

    private static Optional<Slip> missingSpaceAfter(String text, int i) {
        char c = text.charAt(i);
        char prev = text.charAt(i - 1);
        char next = text.charAt(i + 1);
        boolean sentenceMark = c == '.' || c == '?' || c == '!';
        boolean singleLetter = i < 2 || !Character.isLetter(text.charAt(i - 2))
                || i + 2 >= text.length() || !Character.isLetter(text.charAt(i + 2));
        // a colon between small letters names something (node:crypto, connect:session), tl;dr is a
        // word, and &lt;debian ends a character reference written out as text
        if (!Character.isLetter(prev) || !Character.isLetter(next) || singleLetter
                || (sentenceMark || c == ':') && !Character.isUpperCase(next)
                || c == ';' && (text.regionMatches(true, i - 2, "tl;dr", 0, 5) || endsReference(text, i))) {
            return Optional.empty();
        }
        int start = wordStart(text, i);
        int end = wordEnd(text, i + 1);
        String before = text.substring(start, i + 1);
        String after = text.substring(i + 1, end);
        if (c == '.' && identifier(before.substring(0, before.length() - 1)) && after.length() >= 2
                && Character.isUpperCase(after.charAt(1))) {
            return Optional.empty(); // INSTALLER.BAT, BassRadio.FM, parseJson.JSONError, de_CH.UTF: a name, not two sentences
        }
        return Optional.of(new Slip("missing-space", start, end,
                "Missing space after '" + c + "': '" + before + after + "'", before + " " + after, 0.9));
    }

    private static Optional<Slip> spaceBefore(String text, int i) {
        int s = i;
        while (s > 0 && (text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '\t')) {
            s--;
        }
        if (s == i || s == 0) {
            return Optional.empty();
        }
        char c = text.charAt(i);
        char prev = text.charAt(s - 1);
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        boolean ellipsisOrDecimal = c == '.' && (next == '.' || Character.isLetterOrDigit(next)
                || text.startsWith(" . .", i + 1)); // a spaced ellipsis: "foresight . . . it"
        boolean emoticon = next == ')' || next == '(' || next == '-'
                || c == ':' && "DPpOo".indexOf(next) >= 0
                && (i + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 2))); // :D, :P
        if (!Character.isLetterOrDigit(prev) || ellipsisOrDecimal || emoticon) {
            return Optional.empty();
        }
        return Optional.of(new Slip("space-before", s, i + 1,
                "Space before '" + c + "'", String.valueOf(c), 0.85));
    }

    /** Characters inside tokens whose punctuation is part of them: URLs, addresses, numbers, code, abbreviations. */
    static boolean[] protectedChars(Block block) {
        boolean[] out = new boolean[block.text().length() + 1];
        BlockWords words = block.words();
        for (int i = 0, n = words.size(); i < n; i++) {
            WordKind kind = words.kind(i);
            boolean keeps = kind != WordKind.WORD && kind != WordKind.ACRONYM || words.text(i).indexOf('.') >= 0;
            if (keeps) {
                for (int k = words.start(i), end = words.end(i); k < end; k++) {
                    out[k] = true;
                }
            }
        }
        return out;
    }

    private static int wordStart(String text, int i) {
        int s = i;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    private static int wordEnd(String text, int i) {
        int e = i;
        while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        return e;
    }
}
