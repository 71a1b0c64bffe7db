package dev.copydesk.core.corpus;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.BlockWords;
import dev.copydesk.core.model.WordKind;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where each word of a block stands for casing purposes. A word <em>starts a sentence</em> when ICU
 * says so, or when it follows a full stop, question or exclamation mark (ICU does not break before
 * a lower-case letter, nor in {@code before.The}) that does not close an abbreviation, an ellipsis
 * (also spaced, {@code . . .}) or a quotation (curly or straight marks); a word right after an
 * opening parenthesis or bracket starts none ({@code (laughter)}), nor does one right after a dash
 * ({@code abundance?—but}, {@code -we shall}) or an ellipsis,
 * even at the start of a paragraph ({@code …and then}). A word is <em>neutral</em>, a capital saying nothing about it, when it starts a
 * sentence, follows a colon or opens a quotation, or stands in a heading, a title-case line (three
 * capitalised words, or two after a section number: {@code 8.7. Printer Configuration}) or a
 * quotation that reads as a title.
 */
public final class WordPositions {
    private static final Set<String> MINOR_WORDS = WordList.read(WordPositions.class, "title-minor-words.txt");
    private static final Set<String> LOWER_ABBREVIATIONS =
            WordList.read(WordPositions.class, "lowercase-abbreviations.txt");
    private static final Set<String> TITLE_ABBREVIATIONS =
            WordList.read(WordPositions.class, "/dev/copydesk/core/segment/abbreviations.txt");
    private static final String SKIPPED = " \t\u00A0\"'“”‘’«»()[]*_—–-";
    private static final String OPENERS = "\"“‘«(['";
    private static final String CLOSERS = "”’»)]";

    /** A section number before a title: {@code 8.7. Printer Configuration}, {@code B.3.4. The User Space}. */
    private static final Pattern NUMBERED =
            Pattern.compile("\\s*(?:[A-Z]|\\d{1,3})(?:\\.\\d{1,3})*\\.?\\s+\\p{Lu}");
    private static final byte SENTENCE_START = 1;
    private static final byte NEUTRAL = 2;

    /** {@link #SENTENCE_START} and {@link #NEUTRAL} for each word: one array a block (a corpus has many). */
    private final byte[] flags;
    private final boolean titleLike;

    private WordPositions(byte[] flags, boolean titleLike) {
        this.flags = flags;
        this.titleLike = titleLike;
    }

    /** The positions of every word of a block. */
    public static WordPositions of(Block block) {
        BlockWords words = block.words();
        int titleWords = titleWords(words, 0, words.size());
        boolean titleLike = block.kind() == BlockKind.HEADING || titleWords >= 3
                || titleWords == 2 && !endsSentence(block.text()) && NUMBERED.matcher(block.text()).lookingAt();
        byte[] flags = new byte[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Break before = breakBefore(block, i);
            boolean start = before == Break.SENTENCE
                    || words.sentenceStart(i) && before != Break.QUOTE_END && before != Break.ELLIPSIS
                    && before != Break.FOOTNOTE;
            boolean neutral = titleLike || start || before != Break.NONE || words.sentenceStart(i);
            flags[i] = (byte) ((start ? SENTENCE_START : 0) | (neutral ? NEUTRAL : 0));
        }
        if (!titleLike) {
            quotedTitles(block, flags);
        }
        return new WordPositions(flags, titleLike);
    }

    /**
     * Marks neutral the words of every quotation that reads as a title, two capitalised words or
     * more and nothing else but minor words: a title cited in a sentence ({@code see Section 9.2,
     * “Creating Encrypted Tunnels with Port Forwarding”}) is cased as titles are, not as the words
     * are elsewhere.
     */
    private static void quotedTitles(Block block, byte[] flags) {
        String text = block.text();
        BlockWords words = block.words();
        int open = -1;
        int from = 0; // quotations come in order, so the word search goes on from the last one: linear
        for (int p = 0; p < text.length(); p++) {
            char c = text.charAt(p);
            if (c == '\u201C' || c == '"' && open < 0) {
                open = p;
            } else if ((c == '\u201D' || c == '"') && open >= 0) {
                while (from < words.size() && words.start(from) < open) {
                    from++;
                }
                int to = from;
                while (to < words.size() && words.start(to) < p) {
                    to++;
                }
                if (titleWords(words, from, to) >= 2) {
                    for (int i = from; i < to; i++) {
                        flags[i] |= NEUTRAL;
                    }
                }
                from = to;
                open = -1;
            }
        }
    }

    /** Whether a text ends as a sentence does, in a full stop, a question or exclamation mark, or a colon. */
    private static boolean endsSentence(String text) {
        for (int p = text.length() - 1; p >= 0; p--) {
            char c = text.charAt(p);
            if (!Character.isWhitespace(c) && "\"'”’)]»".indexOf(c) < 0) {
                return isTerminal(c) || c == ':';
            }
        }
        return false;
    }

    /** Whether the block is a heading or reads as a title, so no capital in it is evidence. */
    public boolean titleLike() {
        return titleLike;
    }

    /** Whether word {@code i} starts a sentence. */
    public boolean sentenceStart(int i) {
        return (flags[i] & SENTENCE_START) != 0;
    }

    /** Whether a capital on word {@code i} says nothing about how the word is cased. */
    public boolean neutral(int i) {
        return (flags[i] & NEUTRAL) != 0;
    }

    /**
     * The capitalised words of words {@code from} to {@code to} (exclusive) when they read as a
     * title, every word of four letters or more, and every other word not in the minor-word list,
     * beginning with a capital; -1 when they do not.
     */
    private static int titleWords(BlockWords words, int from, int to) {
        int content = 0;
        for (int i = from; i < to; i++) {
            if (words.kind(i) != WordKind.WORD) {
                continue;
            }
            boolean capitalised = words.isCapitalised(i);
            String lower = words.text(i).toLowerCase(Locale.ROOT);
            if (MINOR_WORDS.contains(lower) || lower.length() < 3 && !capitalised) {
                continue;
            }
            if (!capitalised) {
                return -1;
            }
            content++;
        }
        return content;
    }

    private enum Break {
        NONE,
        CLAUSE,
        /** A quotation closed after its own ! or ?: the sentence around it may go on in lower case. */
        QUOTE_END,
        /** An ellipsis: what follows goes on from before, even at the start of a paragraph ({@code …and then}). */
        ELLIPSIS,
        /** The label of a Markdown footnote ({@code [^tz-request]:}): a name, even first in its paragraph. */
        FOOTNOTE,
        SENTENCE
    }

    private static Break breakBefore(Block block, int i) {
        String text = block.text();
        int wordStart = block.words().start(i);
        int p = wordStart - 1;
        if (p >= 1 && text.charAt(p) == ' ' && Character.isLetterOrDigit(text.charAt(p - 1))) {
            return Break.NONE; // most words: one space after a word, which the loop below would also find
        }
        boolean quoteOpened = false;
        boolean closed = false;
        while (p >= 0 && SKIPPED.indexOf(text.charAt(p)) >= 0) {
            char c = text.charAt(p);
            if (isStraightClosing(text, p)) {
                closed = true;
            } else {
                quoteOpened |= OPENERS.indexOf(c) >= 0 && (p == 0 || Character.isWhitespace(text.charAt(p - 1))
                        || SKIPPED.indexOf(text.charAt(p - 1)) >= 0 || isTerminal(text.charAt(p - 1)));
                closed |= CLOSERS.indexOf(c) >= 0;
            }
            p--;
        }
        if (p < 0) {
            return Break.SENTENCE;
        }
        if (wordStart > 1 && text.charAt(wordStart - 1) == '^' && text.charAt(wordStart - 2) == '[') {
            return Break.FOOTNOTE;
        }
        if (wordStart > 0 && (text.charAt(wordStart - 1) == '(' || text.charAt(wordStart - 1) == '[')) {
            return Break.CLAUSE; // (laughter), [applause], (see below): an aside may open in lower case
        }
        if (wordStart > 1 && "-\u2013\u2014".indexOf(text.charAt(wordStart - 1)) >= 0
                && !Character.isLetterOrDigit(text.charAt(wordStart - 2))) {
            return Break.CLAUSE; // "not how can we achieve abundance?-but how": a dash goes on with the sentence
        }
        char c = text.charAt(p);
        if (c == '.' && p == wordStart - 1
                && (p == 0 || Character.isWhitespace(text.charAt(p - 1)) || OPENERS.indexOf(text.charAt(p - 1)) >= 0)) {
            return Break.NONE; // .docx, .gitignore: a dot that starts the word ends no sentence
        }
        if (c == '?' || c == '!') {
            return closed ? Break.QUOTE_END : Break.SENTENCE;
        }
        if (c == '\u2026' || c == '.' && isEllipsis(text, p)) {
            return Break.ELLIPSIS;
        }
        if (c == '.' && p == wordStart - 1 && p >= 1 && Character.isLetterOrDigit(text.charAt(p - 1))
                && Character.isLowerCase(text.codePointAt(wordStart))) {
            // lists.debian.org, live-manual.ssm.sst: a dot between a letter and a small letter, no
            // space, is a name's (UAX #29 ends no sentence there); its words say nothing of casing
            return Break.CLAUSE;
        }
        if (c == '.' && !closed && !endsAbbreviation(block, i)) {
            return Break.SENTENCE;
        }
        if (c == ':' || c == ';' && quoteOpened || quoteOpened || isTerminal(c)) {
            return Break.CLAUSE;
        }
        return Break.NONE;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '?' || c == '!' || c == '…';
    }

    /** An ellipsis, closed up ({@code ...}) or spaced ({@code . . .}). */
    private static boolean isEllipsis(String text, int dot) {
        return dot > 0 && text.charAt(dot - 1) == '.'
                || dot > 1 && text.charAt(dot - 1) == ' ' && text.charAt(dot - 2) == '.';
    }

    /**
     * Whether the straight quotation mark at {@code p} closes a quotation: it follows a character
     * other than a space and a space follows it ({@code "Let's Move!" partnership}); one that
     * opens is followed by its first word.
     */
    private static boolean isStraightClosing(String text, int p) {
        char c = text.charAt(p);
        return (c == '"' || c == '\'') && p > 0 && !Character.isWhitespace(text.charAt(p - 1))
                && p + 1 < text.length() && Character.isWhitespace(text.charAt(p + 1));
    }

    private static boolean endsAbbreviation(Block block, int i) {
        if (i == 0) {
            return false;
        }
        BlockWords words = block.words();
        String t = words.text(i - 1);
        int previousEnd = words.end(i - 1);
        if (previousEnd >= block.text().length() || block.text().charAt(previousEnd) != '.') {
            return t.indexOf('.') >= 0;
        }
        return t.indexOf('.') >= 0
                || LOWER_ABBREVIATIONS.contains(t)
                || TITLE_ABBREVIATIONS.contains(t + ".")
                || t.length() == 1;
    }
}
