package dev.copydesk.core.segment;

import dev.copydesk.core.model.BlockWords;
import dev.copydesk.core.model.WordKind;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into classified tokens. Whitespace-separated chunks that are URLs, e-mail
 * addresses, hashtags or handles (also dotted ones, {@code @lior.avni}) become one token each, and
 * so do dotted names with a small letter or digit after each dot: file names, hosts and module
 * paths ({@code nginx.conf}, {@code erdogan.com.tr}, {@code os.path}), qualified names of code
 * ({@code java.lang.Object}) and code between backticks, spaces and all ({@code `npm test`}), kind
 * {@link WordKind#CODE}. A capital after the dot of a
 * single word ({@code before.The}) is a missing space, not a name. Other chunks are split into runs of
 * letters and digits joined by word-internal hyphens and apostrophes ({@code al-Jolani},
 * {@code regime’s}), digit separators ({@code 2,000}, {@code 3.5}) and the dots of
 * single-letter abbreviations ({@code U.S.}, {@code e.g.}). Invisible characters (soft hyphen,
 * zero-width space, non-joiner, joiner, word joiner, BOM) inside a token are dropped from its text
 * and remembered. Each token gets the index of the sentence it starts in, from the sentence ends
 * {@link Segmenter} found, so words are made once.
 */
final class Tokenizer {
    private static final Pattern URL = Pattern.compile(
            "(?i)(?:(?:https?|ftp)://|www\\.)[^\\s<>\"]+"
            + "|(?:[a-z0-9-]+\\.)+(?:com|org|net|gov|edu|int|mil|info|biz|io|co|uk|de|fr|eu|us|ca|au|ly|me|tv|ai|dev|app)"
            + "(?:/[^\\s<>\"]*)?");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern TAG = Pattern.compile("#[\\p{L}_][\\p{L}\\p{N}_]*|@[\\p{L}_][\\p{L}\\p{N}_]*(?:[.-][\\p{L}\\p{N}_]+)*");
    /** Command-line options: {@code --only}, {@code -XX:+UseParallelGC}, {@code -Dkey=value} ({@link #isCommandFlag}). */
    private static final Pattern FLAG = Pattern.compile("--?[A-Za-z][\\w+.-]*(?:[:=]\\S*)?");
    /** Scoped package names, as npm writes them: {@code @nodelib/fs.walk}, {@code @cspell/dict-en}. */
    private static final Pattern SCOPED_PACKAGE = Pattern.compile("@[\\p{Ll}\\p{N}_][\\p{Ll}\\p{N}_.-]*/[\\p{Ll}\\p{N}_][\\p{Ll}\\p{N}_.-]*");
    /** Dotted names: each part after a dot starts with a small letter or a digit, and one part after a dot has two characters or more. */
    private static final Pattern DOTTED = Pattern.compile(
            "[\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*(?:\\.[\\p{Ll}\\p{N}_][\\p{L}\\p{N}_-]*)*\\.[\\p{Ll}\\p{N}_][\\p{L}\\p{N}_-]+"
            + "(?:\\.[\\p{Ll}\\p{N}_][\\p{L}\\p{N}_-]*)*");
    /**
     * Qualified names in code: two or more parts of two characters or more that start with a small
     * letter, then a capitalised one, each after a dot ({@code java.lang.Object},
     * {@code org.apache.tika.Tika}, {@code java.util.Map.Entry}). The capital after the last dot is
     * not a missing space, as it is after a single word ({@code before.The}), nor are abbreviations
     * ({@code e.g.The}, single letters) taken for names.
     */
    private static final Pattern QUALIFIED = Pattern.compile(
            "\\p{Ll}[\\p{L}\\p{N}_]+(?:\\.\\p{Ll}[\\p{L}\\p{N}_]+)+\\.\\p{Lu}[\\p{L}\\p{N}_]*(?:\\.[\\p{L}\\p{N}_]+)*");
    /**
     * File paths: a slash, and a last part with an extension, perhaps with a line and column
     * ({@code lib/ruby/2.3.0/tsort.rb:421}, {@code src/main.c}), as stack traces and logs write them.
     */
    private static final Pattern PATH = Pattern.compile(
            "[\\p{L}\\p{N}_.~-]*(?:/[\\p{L}\\p{N}_.~-]+)*/[\\p{L}\\p{N}_~-]+\\.[\\p{Ll}][\\p{Ll}\\p{N}]{0,5}(?::\\d+){0,2}");
    /** A path from the root, the home or the current folder, or a file pattern ({@link #isRootedPath}). */
    private static final Pattern ROOTED = Pattern.compile(
            "(?:~|\\.{1,2})?/[\\p{L}\\p{N}_.~*+@-]+(?:/[\\p{L}\\p{N}_.~*+@-]*)*/?|\\*\\.[\\p{L}\\p{N}_.*-]+");
    /** The longest code span between backticks, in characters: a longer one is taken for stray backticks. */
    static final int MAX_CODE_SPAN = 400;
    /** What a plural in brackets adds to a word: {@code name(s)}, {@code box(es)}, {@code child(ren)}. */
    private static final Set<String> PLURAL_ENDINGS = Set.of("s", "es", "ies", "en", "ren", "n");
    /** Closing marks stripped from a chunk's end; {@code “} and {@code «} too, as German closes with them. */
    static final String TRAILING = ".,;:!?)]}>\"'’”»“«";
    /** Opening marks stripped from a chunk's start; {@code ”} and {@code »} too, as Swedish and German open with them. */
    static final String LEADING = "([{\"'‘“”«»<";

    private final BlockWords.Builder out;
    private final char[] text;
    private final int[] sentenceEnds;
    /** The block's code spans ({@link #codeSpans}): start and end offsets in turn. */
    private final int[] code;
    private final WordTexts texts;
    private final WordTexts.Recent recent;
    private int sentence;
    private int lastSentence = -1;

    private Tokenizer(char[] text, int[] sentenceEnds, int[] code, WordTexts texts) {
        this.text = text; // indexed directly: String.charAt checks its index per call
        this.sentenceEnds = sentenceEnds;
        this.code = code;
        this.texts = texts;
        this.recent = texts.recent();
        this.out = recent.words;
        out.clear();
    }

    /** {@link Character#isWhitespace(char)}, without a table lookup for the common ASCII case. */
    static boolean isWhitespace(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return Character.isWhitespace(c);
    }

    /**
     * Whether {@code c} ends a chunk: white space, or a vertical bar, which no word, address or
     * name has inside it and which wiki markup and tables write with no space around it
     * ({@code website = banque.sonore.breton.free.fr|access-date = 2016-01-14}).
     */
    static boolean isChunkBreak(char c) {
        return c == '|' || isWhitespace(c);
    }

    /** Whether {@code c} is in {@link #LEADING}; a switch, as this runs for every chunk of text. */
    static boolean isLeading(char c) {
        switch (c) {
            case '(', '[', '{', '"', '\'', '\u2018', '\u201C', '\u201D', '\u00AB', '\u00BB', '<':
                return true;
            default:
                return false;
        }
    }

    /** Whether {@code c} is in {@link #TRAILING}. */
    static boolean isTrailing(char c) {
        switch (c) {
            case '.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '"', '\'', '\u2019', '\u201D', '\u00BB', '\u201C',
                    '\u00AB':
                return true;
            default:
                return false;
        }
    }

    static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** An apostrophe: straight, curly, or the acute accent that some keyboards give for one ({@code don´t}). */
    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u00B4';
    }

    static boolean isWordChar(char c) {
        if (c < 128) { // the common case, without a character-table lookup
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == '_'
                || Character.isSurrogate(c) && Character.isLetter(c);
    }

    /** Tokens of a text that is one sentence. */
    static BlockWords tokenize(String text) {
        char[] chars = text.toCharArray();
        return tokenize(chars, new int[] {text.length()}, codeSpans(chars), new WordTexts());
    }

    /**
     * Tokens of a text whose sentences end at the given offsets (ascending; the last one at or
     * after the end of the text); equal word texts are shared through {@code texts}.
     */
    static BlockWords tokenize(char[] text, int[] sentenceEnds, int[] codeSpans, WordTexts texts) {
        Tokenizer tokenizer = new Tokenizer(text, sentenceEnds, codeSpans, texts);
        tokenizer.scan();
        return tokenizer.out.buildAndClear();
    }

    private void add(String token, WordKind kind, int start, int end, boolean invisible) {
        while (sentence < sentenceEnds.length - 1 && sentenceEnds[sentence] <= start) {
            sentence++;
        }
        boolean first = sentence != lastSentence;
        lastSentence = sentence;
        out.add(token, kind, start, end, sentence, first, invisible);
    }

    private void scan() {
        int n = text.length;
        int i = 0;
        int[] code = this.code;
        int span = 0; // the next code span, by its start in code[]
        int nextCode = code.length > 0 ? code[0] : -1;
        while (i < n) {
            while (i < n && isChunkBreak(text[i])) {
                i++;
            }
            int chunkStart = i;
            while (i < n && !isChunkBreak(text[i])) {
                if (i != nextCode) { // a span starts with a backtick, never white space
                    i++;
                    continue;
                }
                if (chunkStart < i) {
                    chunk(chunkStart, i);
                }
                int end = code[span + 1];
                add(texts.shared(new String(text, i, end - i)), WordKind.CODE, i, end, false);
                span += 2;
                nextCode = span < code.length ? code[span] : -1;
                i = end;
                chunkStart = i;
            }
            if (chunkStart < i) {
                chunk(chunkStart, i);
            }
        }
    }

    /**
     * Where the code span opened by the backticks at {@code start} ends (after its closing
     * backticks), or -1: a run of backticks closed by a run as long, with something other than
     * spaces between, on the same line and within {@value #MAX_CODE_SPAN} characters, as Markdown
     * and plain-text writers mark code ({@code `npm test`}, {@code ``a ` b``}).
     */
    static int codeSpanEnd(char[] text, int start) {
        int n = text.length;
        int ticks = 0;
        while (start + ticks < n && text[start + ticks] == '`') {
            ticks++;
        }
        boolean content = false;
        int limit = Math.min(n, start + ticks + MAX_CODE_SPAN);
        for (int j = start + ticks; j < limit; j++) {
            char c = text[j];
            if (c == '\n' || c == '\r') {
                return -1;
            }
            if (c != '`') {
                content |= c != ' ';
                continue;
            }
            int run = 0;
            while (j + run < n && text[j + run] == '`') {
                run++;
            }
            if (run == ticks && content) {
                return j + run;
            }
            j += run - 1;
        }
        return -1;
    }

    private void chunk(int start, int end) {
        int s = start;
        int e = end;
        while (s < e && isLeading(text[s])) {
            s++;
        }
        int shortcode = s < end && text[s] == ':' ? shortcodeEnd(s, end) : -1;
        if (shortcode > 0) { // :book:, :warning: (GitHub's emoji)
            add(texts.shared(new String(text, s, shortcode - s)), WordKind.CODE, s, shortcode, false);
            return;
        }
        // character references written out as text, as HTML escaped twice shows them, go with the
        // punctuation: &lt;debian-live@lists.debian.org&gt; is an address between angle brackets
        for (int r = referenceAt(s, end); r > 0; r = referenceAt(s, end)) {
            s += r;
        }
        for (int k = e; k >= 0; k = referenceBefore(s, e, end)) {
            e = k;
            while (e > s && isTrailing(text[e - 1])) {
                e--;
            }
        }
        if (s >= e) {
            return; // nothing but references: &amp; between words
        }
        if (e - s > 2 && text[s] == '-' && isCommandFlag(s, e)) { // --only, -XX:+UseParallelGC
            add(texts.shared(new String(text, s, e - s)), WordKind.CODE, s, e, false);
            return;
        }
        if (e - s > 1 && (text[s] == '/' || text[s] == '~' || text[s] == '*' || text[s] == '.')) {
            String core = new String(text, s, e - s);
            if (isRootedPath(core)) { // /dev/sda, ~/.bashrc, ./configure, *.tar.gz
                add(texts.shared(core), WordKind.CODE, s, e, false);
                return;
            }
        }
        if (s < e && (text[s] == '#' || containsDotOrAt(s, e))) {
            String core = new String(text, s, e - s);
            WordKind special = null;
            if (EMAIL.matcher(core).matches()) {
                special = WordKind.EMAIL;
            } else if (URL.matcher(core).matches()) {
                special = WordKind.URL;
            } else if (TAG.matcher(core).matches()) {
                special = core.charAt(0) == '#' ? WordKind.HASHTAG : WordKind.HANDLE;
            } else if (SCOPED_PACKAGE.matcher(core).matches()) {
                special = WordKind.CODE;
            } else if (Character.isLetter(core.charAt(0)) && letterAfterDot(core)
                    && (DOTTED.matcher(core).matches() || QUALIFIED.matcher(core).matches())
                    || core.indexOf('/') >= 0 && PATH.matcher(core).matches()
                    || core.length() > 2 && core.charAt(0) == '.' && Character.isLowerCase(core.charAt(1))
                    && DOTTED.matcher(core.substring(1)).matches()) { // a dotted file: .verb.md, .eslintrc.json
                special = WordKind.CODE;
            }
            if (special != null) {
                add(texts.shared(core), special, s, e, false);
                return;
            }
        }
        int call = callEnd(s, e);
        if (call > 0) { // printf(), sources.list(5), queue.unshift(task): a call or a manual page, not prose
            add(texts.shared(new String(text, s, call - s)), WordKind.CODE, s, call, false);
            splitWords(call, end);
            return;
        }
        splitWords(start, end);
    }

    /** The characters English text escapes as references when it is written into HTML. */
    private static final Set<String> REFERENCES = Set.of("&lt;", "&gt;", "&amp;", "&quot;", "&apos;", "&#39;",
            "&#34;", "&nbsp;");

    /** The length of a character reference ({@link #REFERENCES}) starting at {@code s}, within the chunk, or 0. */
    private int referenceAt(int s, int end) {
        if (s >= end || text[s] != '&') {
            return 0;
        }
        for (int k = s + 2; k < end && k - s < 7; k++) {
            if (text[k] == ';') {
                return REFERENCES.contains(new String(text, s, k + 1 - s)) ? k + 1 - s : 0;
            }
        }
        return 0;
    }

    /**
     * Where a character reference ({@link #REFERENCES}) that ends the chunk's text at {@code e}
     * starts, or -1; its {@code ;} may be at {@code e}, taken off as trailing punctuation.
     */
    private int referenceBefore(int s, int e, int end) {
        int stop = e > s && text[e - 1] == ';' ? e : e < end && text[e] == ';' ? e + 1 : -1;
        if (stop < 0) {
            return -1;
        }
        for (int k = stop - 4; k >= s && stop - k < 8; k--) {
            if (text[k] == '&') {
                return REFERENCES.contains(new String(text, k, stop - k)) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * Whether a chunk is a path from the root, the home or the current folder, or a file pattern
     * ({@code /dev/sda}, {@code /etc/init.d/}, {@code ~/.bashrc}, {@code ../lib}, {@code *.tar.gz}),
     * with a letter in it: prose has no word that starts so ({@code and / or} has no letter).
     */
    private static boolean isRootedPath(String chunk) {
        return ROOTED.matcher(chunk).matches() && chunk.chars().anyMatch(Character::isLetter);
    }

    /**
     * Where the name before a call's or a manual page's parenthesis ends, or -1: a name of code
     * ({@code printf}, {@code sources.list}, {@code queue.unshift}, {@code Promise#nodeify}) with an
     * opening parenthesis right after it, no space between, as prose never writes one but for a
     * plural in brackets ({@code name(s)}, {@code box(es)}, {@code child(ren)}), which stays prose.
     */
    private int callEnd(int s, int e) {
        int q = s;
        if (q >= e || !(Character.isLetter(text[q]) || text[q] == '_' || text[q] == '$')) {
            return -1;
        }
        while (q < e && (isWordChar(text[q]) || text[q] == '$'
                || (text[q] == '.' || text[q] == '#' || isHyphen(text[q])) && q + 1 < e && isWordChar(text[q + 1]))) {
            q++;
        }
        if (q >= e || text[q] != '(' || !isWordChar(text[q - 1]) || q + 1 >= text.length
                || !isWordChar(text[q + 1]) && "$)[{\"'.".indexOf(text[q + 1]) < 0) {
            return -1; // after the parenthesis an argument, or nothing: not a table's "icit(-)"
        }
        int close = q + 1;
        while (close < text.length && close - q <= 4 && text[close] >= 'a' && text[close] <= 'z') {
            close++;
        }
        if (close < text.length && text[close] == ')' && PLURAL_ENDINGS.contains(new String(text, q + 1, close - q - 1))) {
            return -1;
        }
        return q;
    }

    /**
     * Whether the text is a command-line option: two dashes and a letter ({@code --only}), or one
     * dash, a letter and a value after a colon or an equals sign ({@code -XX:PermSize},
     * {@code -Dkey=value}). A dash before a word in prose has neither.
     */
    private boolean isCommandFlag(int s, int e) {
        String core = new String(text, s, e - s);
        return FLAG.matcher(core).matches()
                && (core.startsWith("--") || core.indexOf(':') >= 0 || core.indexOf('=') >= 0);
    }

    /**
     * Where an emoji shortcode that fills a chunk ends ({@code :book:}, {@code :+1:}, then only
     * trailing punctuation), or -1.
     */
    private int shortcodeEnd(int s, int end) {
        int k = s + 1;
        while (k < end && (text[k] >= 'a' && text[k] <= 'z' || text[k] >= '0' && text[k] <= '9'
                || text[k] == '_' || text[k] == '+' || text[k] == '-')) {
            k++;
        }
        if (k == s + 1 || k >= end || text[k] != ':') {
            return -1;
        }
        for (int q = k + 1; q < end; q++) {
            if (!isTrailing(text[q])) {
                return -1;
            }
        }
        return k + 1;
    }

    /** No code spans. */
    private static final int[] NO_CODE = new int[0];

    /**
     * The code spans between backticks of a text ({@link #codeSpanEnd}), start and end offsets in
     * turn, found once per block for the sentence ends ({@link #withoutEndsInCode}) and the tokens.
     * A run of backticks with no closing run is punctuation and opens nothing inside it.
     */
    static int[] codeSpans(char[] text) {
        int[] spans = NO_CODE;
        int count = 0;
        for (int i = 0; i < text.length; ) {
            if (text[i] != '`') {
                i++;
                continue;
            }
            int end = codeSpanEnd(text, i);
            if (end < 0) {
                while (i < text.length && text[i] == '`') {
                    i++;
                }
                continue;
            }
            if (count + 2 > spans.length) {
                spans = Arrays.copyOf(spans, Math.max(8, 2 * spans.length));
            }
            spans[count++] = i;
            spans[count++] = end;
            i = end;
        }
        return count == spans.length ? spans : Arrays.copyOf(spans, count);
    }

    /**
     * The sentence ends without those inside the code spans: a full stop or an ellipsis in
     * {@code `java -cp ... Main`} ends no sentence, or the word after the code would be taken for a
     * sentence start.
     */
    static int[] withoutEndsInCode(int[] codeSpans, int[] ends) {
        if (codeSpans.length == 0 || ends.length < 2) {
            return ends;
        }
        int[] kept = new int[ends.length];
        int count = 0;
        int e = 0;
        for (int span = 0; span < codeSpans.length; span += 2) {
            while (e < ends.length && ends[e] <= codeSpans[span]) {
                kept[count++] = ends[e++];
            }
            while (e < ends.length && ends[e] < codeSpans[span + 1]) {
                e++; // inside the code
            }
        }
        while (e < ends.length) {
            kept[count++] = ends[e++];
        }
        return count == ends.length ? ends : Arrays.copyOf(kept, count);
    }

    /**
     * The sentence ends without those inside an address with a scheme: a question mark in
     * {@code https://bugs.launchpad.net/ubuntu/+bugs?field.tag=bitesize} ends no sentence (the
     * sentence iterator ends one after any {@code ?}), or the word after the address would be taken
     * for a sentence start. An end falls inside one when there is no space on either side of it
     * and the run of text it falls in has {@code ://} before it.
     */
    static int[] withoutEndsInAddresses(char[] text, int[] ends) {
        int[] kept = null;
        int count = 0;
        for (int e = 0; e < ends.length; e++) {
            int end = ends[e];
            boolean inside = end > 0 && end < text.length && !Character.isWhitespace(text[end - 1])
                    && !Character.isWhitespace(text[end]) && schemeBefore(text, end);
            if (inside && kept == null) {
                kept = Arrays.copyOf(ends, ends.length);
                count = e;
            } else if (!inside && kept != null) {
                kept[count++] = end;
            }
        }
        return kept == null ? ends : Arrays.copyOf(kept, count);
    }

    /** Whether {@code ://} stands between the last white space before {@code at} and {@code at}. */
    private static boolean schemeBefore(char[] text, int at) {
        for (int i = at - 1; i >= 2 && !Character.isWhitespace(text[i]); i--) {
            if (text[i] == '/' && text[i - 1] == '/' && text[i - 2] == ':') {
                return true;
            }
        }
        return false;
    }

    /** Whether a letter follows a dot somewhere: {@code os.path}, not the version {@code v2.31.0}. */
    private static boolean letterAfterDot(String core) {
        for (int k = core.indexOf('.'); k >= 0 && k + 1 < core.length(); k = core.indexOf('.', k + 1)) {
            if (Character.isLetter(core.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a chunk has a dot, an at sign or a scheme's {@code ://} ({@code http://localhost/cgi-bin}). */
    private boolean containsDotOrAt(int from, int to) {
        for (int k = from; k < to; k++) {
            if (text[k] == '.' || text[k] == '@'
                    || text[k] == ':' && k + 2 < to && text[k + 1] == '/' && text[k + 2] == '/') {
                return true;
            }
        }
        return false;
    }

    private void splitWords(int start, int end) {
        char[] text = this.text;
        int i = start;
        while (i < end) {
            char c = text[i];
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int tokenStart = i;
            boolean invisible = false;
            boolean singleLetterDots = true;
            int runLength = 0;
            i++;
            runLength++;
            while (i < end) {
                char d = text[i];
                if (isWordChar(d)) {
                    i++;
                    runLength++;
                    continue;
                }
                if (isInvisible(d) && i + 1 < end && isWordChar(text[i + 1])) {
                    invisible = true;
                    i++;
                    continue;
                }
                boolean nextIsWord = i + 1 < end && isWordChar(text[i + 1]);
                char prev = text[i - 1];
                if (nextIsWord && (isHyphen(d) || isApostrophe(d))) {
                    singleLetterDots = false;
                    i++;
                    runLength = 0;
                    continue;
                }
                if (nextIsWord && (d == '.' || d == ',') && Character.isDigit(prev)
                        && Character.isDigit(text[i + 1])) {
                    i++;
                    continue;
                }
                if (d == '.' && runLength == 1 && Character.isLetter(prev) && singleLetterDots
                        && (i + 2 >= end || !isWordChar(text[i + 2]))) {
                    // U.S. / e.g.: a dot after a single letter followed by another single letter or the end
                    i++;
                    runLength = 0;
                    continue;
                }
                break;
            }
            if (runLength > 1) {
                singleLetterDots = false;
            }
            WordTexts.Text word = invisible ? texts.word(strip(new String(text, tokenStart, i - tokenStart)))
                    : recent.word(text, tokenStart, i - tokenStart);
            add(word.text(), word.kind(), tokenStart, i, invisible);
        }
    }

    private static String strip(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (!isInvisible(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static WordKind classify(String token) {
        char first = token.charAt(0);
        if (Character.isDigit(first)
                || (first == 'v' || first == 'V') && token.length() > 1 && Character.isDigit(token.charAt(1))) {
            return WordKind.NUMBER;
        }
        if (token.indexOf('_') >= 0) {
            return WordKind.CODE;
        }
        int letters = 0;
        int upper = 0;
        int digits = 0;
        int apostrophe = -1;
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (isApostrophe(c) && apostrophe < 0) {
                apostrophe = k;
            }
            if (apostrophe >= 0) {
                continue; // possessive or clitic after an acronym: HTS's
            }
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        if (letters >= 2 && upper == letters) {
            return WordKind.ACRONYM;
        }
        if (letters >= 2 && upper == letters - 1 && token.endsWith("s") && apostrophe < 0
                && Character.isUpperCase(token.charAt(token.length() - 2))) {
            return WordKind.ACRONYM; // plural acronym: NGOs
        }
        if (digits > 0 && letters > 0) {
            return WordKind.NUMBER; // F-16, COVID19, 3D, mp3 ... never spell-checked
        }
        return WordKind.WORD;
    }
}
