package dev.copydesk.core.load;

import dev.copydesk.core.corpus.Lexicon;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.SourceMap;
import dev.copydesk.core.model.Suppression;
import dev.copydesk.core.segment.Segmenter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the XHTML that Tika writes into blocks: {@code p}, {@code h1}-{@code h6}, {@code li},
 * {@code td}/{@code th} and {@code blockquote} each give a block (a {@code p} inside a list item,
 * cell or quote takes that kind); text outside them (HTML that puts text straight into a
 * {@code div}) gives one paragraph per non-blank line, and each {@code div} ends one. A {@code div}
 * of page furniture ({@link #CHROME}) is skipped. Tika's {@code <div class="page">} counts PDF
 * pages; a PDF's text becomes blocks once the whole is read, its words broken at line ends joined
 * again ({@link #dehyphenate}) and its lines of code left out. The document head, scripts, styles
 * and preformatted code are skipped; inline code
 * ({@code code}, {@code kbd}, {@code samp}, {@code tt}: {@link TikaLoader} keeps them), and a
 * {@code span} of a code class ({@link #CODE_CLASSES}: {@code <span class="pkg">}), is written
 * between backticks, so that it stays in its sentence as one code token. Not thread-safe: one
 * instance per parse.
 */
final class XhtmlBlocks extends DefaultHandler {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** A letter and a hyphen ending a line, then a small letter starting the next. */
    private static final Pattern LINE_END_HYPHEN = Pattern.compile("(\\p{L})-[ \\t]*\\R\\s*(\\p{Ll})");

    private final Segmenter segmenter;
    private final List<Block> blocks = new ArrayList<>();
    private final Deque<BlockKind> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    /** A PDF's text, page by page: made into blocks once the whole is read, as its words say how to join broken ones. */
    private final List<PageText> pages = new ArrayList<>();
    /** The words of {@link #pages}, in lower case, once {@link #ownWord} needs them. */
    private Set<String> ownWords;
    private int skipped;
    private int page;
    /** Code elements open around the text: one pair of backticks for the outermost only. */
    private int codeDepth;
    /** For each open {@code span}, whether it is code. */
    private final Deque<Boolean> spans = new ArrayDeque<>();
    /** Whether a block of code was left out since the last block, between blocks. */
    private boolean codeLeftOut;
    /** The indexes of the blocks that follow a block of code left out ({@link Document#followsCode}). */
    private final Set<Integer> afterCode = new HashSet<>();
    /** For each open element, the language declared on it or on the innermost one around it that declares one. */
    private final Deque<String> languages = new ArrayDeque<>();
    /** The language declared for each block whose element, or one around it, declares one. */
    private final Map<Integer, String> blockLanguages = new TreeMap<>();

    /**
     * The classes DocBook, Sphinx and the Debian handbook give to a {@code span} that holds code,
     * a package, a command, a file name or what a user types, rather than prose.
     */
    static final Set<String> CODE_CLASSES = Set.of("pkg", "command", "filename", "literal",
            "option", "systemitem", "userinput", "computeroutput", "varname", "function", "parameter", "envar",
            "classname", "methodname", "property", "pre", "code", "prompt", "replaceable");

    XhtmlBlocks(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** The blocks collected so far, in document order. */
    List<Block> blocks() {
        flush();
        if (!pages.isEmpty()) {
            boolean afterLeftOut = false;
            for (PageText t : pages) {
                afterLeftOut |= t.afterCode();
                String clean = SPACES.matcher(dehyphenate(t.raw(), w -> Words.known(w) || ownWord(w)))
                        .replaceAll(" ").strip();
                if (clean.isEmpty()) {
                    continue;
                }
                // code set in plain type (PdfParser marks what a monospaced font sets) is known by its look
                if (PlainTextLoader.looksLikeCode(clean)) {
                    afterLeftOut = true;
                    continue;
                }
                if (afterLeftOut) {
                    afterCode.add(blocks.size());
                    afterLeftOut = false;
                }
                blocks.add(segmenter.segment(t.kind(), blocks.size(), clean, SourceMap.NONE, t.page()));
            }
            pages.clear();
        }
        return blocks;
    }

    /** A PDF's text, kept until the whole document is read ({@link #blocks}); whether code was left out before it. */
    private record PageText(BlockKind kind, String raw, int page, boolean afterCode) {
    }

    /**
     * Whether a PDF writes a word whole somewhere (any case): its own evidence for joining a word
     * broken at a line end that the dictionary lacks ({@code Flatpak} four times, {@code flat-}/
     * {@code pak} once). The PDF's words are gathered when first asked.
     */
    private boolean ownWord(String word) {
        if (ownWords == null) {
            ownWords = new HashSet<>();
            for (PageText t : pages) {
                for (String w : NOT_LETTERS.split(t.raw())) { // a broken word's halves too: nothing joins to them
                    ownWords.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return ownWords.contains(word.toLowerCase(Locale.ROOT));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = name(localName, qName);
        if (skipped > 0 || isSkipped(name) || "div".equals(name) && isChrome(attributes)
                || "p".equals(name) && (REVIEW_CLASSES.contains(String.valueOf(attributes.getValue("class")))
                        || hasClass(attributes, CODE_PARAGRAPH_CLASSES))) {
            if (skipped++ == 0 && text.chars().allMatch(Character::isWhitespace)
                    && ("pre".equals(name) || "p".equals(name) && hasClass(attributes, CODE_PARAGRAPH_CLASSES))) {
                codeLeftOut = true; // between blocks: a block of code the reader sees and the checks do not
            }
            return;
        }
        start(name, attributes);
        // the language an element declares, or the one it is in; a page's own (html, body) is the
        // document's (Document#language), a prior where words cannot tell, not a verdict
        String own = "html".equals(name) || "body".equals(name) ? null : attributes.getValue("lang");
        languages.push(own != null && !own.isBlank() ? own.strip() : language());
    }

    /** The language declared on the innermost element open that declares one, or empty. */
    private String language() {
        return languages.isEmpty() ? "" : languages.peek();
    }

    private void start(String name, Attributes attributes) {
        if ("br".equals(name)) {
            text.append('\n');
            return;
        }
        if ("code".equals(name)) {
            openCode(); // inline code, written as Markdown writes it: one code token to the checks
            return;
        }
        if ("span".equals(name)) {
            boolean code = isCode(attributes.getValue("class"));
            spans.push(code);
            if (code) {
                openCode();
            }
            return;
        }
        BlockKind kind = kindOf(name);
        if (kind != null) {
            flush();
            open.push(kind == BlockKind.PARAGRAPH && !open.isEmpty() ? open.peek() : kind);
        } else if ("div".equals(name)) {
            flush();
            if ("page".equals(attributes.getValue("class"))) {
                page++;
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (skipped > 0) {
            skipped--;
            return;
        }
        end(name); // a block ending here is flushed in its own element's language
        if (!languages.isEmpty()) {
            languages.pop();
        }
    }

    private void end(String name) {
        if ("code".equals(name)) {
            closeCode();
            return;
        }
        if ("span".equals(name)) {
            if (!spans.isEmpty() && spans.pop()) {
                closeCode();
            }
            return;
        }
        if (kindOf(name) != null) {
            flush();
            if (!open.isEmpty()) {
                open.pop();
            }
        } else if ("div".equals(name) || "body".equals(name)) {
            flush();
        }
    }

    private void openCode() {
        if (codeDepth++ == 0) {
            text.append('`');
        }
    }

    private void closeCode() {
        if (codeDepth > 0 && --codeDepth == 0) {
            text.append('`');
        }
    }

    private static boolean isCode(String classes) {
        if (classes == null) {
            return false;
        }
        for (String c : SPACES.split(classes.strip())) {
            if (CODE_CLASSES.contains(c.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipped == 0) {
            text.append(ch, start, length);
        }
    }

    /** Tika writes line breaks (a PDF's line ends, {@code <br>}) as ignorable whitespace: they separate words. */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void flush() {
        if (text.isEmpty()) {
            return;
        }
        if (open.isEmpty()) {
            for (String line : LINE_BREAK.split(text)) {
                add(BlockKind.PARAGRAPH, line);
            }
        } else {
            add(open.peek(), text.toString());
        }
        text.setLength(0);
    }

    private void add(BlockKind kind, String raw) {
        if (page > 0) {
            if (!raw.isBlank()) {
                pages.add(new PageText(kind, raw, page, codeLeftOut));
                codeLeftOut = false;
            }
            return;
        }
        String clean = SPACES.matcher(raw).replaceAll(" ").strip();
        if (!clean.isEmpty()) {
            if (codeLeftOut) {
                afterCode.add(blocks.size());
                codeLeftOut = false;
            }
            if (!language().isEmpty()) {
                blockLanguages.put(blocks.size(), language());
            }
            blocks.add(segmenter.segment(kind, blocks.size(), clean, SourceMap.NONE, page));
        }
    }

    /** The indexes of the blocks that follow a block of code left out ({@link Document#followsCode}). */
    Set<Integer> afterCode() {
        return afterCode;
    }

    /**
     * The passages that the markup declares to be in another language than English: runs of
     * blocks whose element, or one around it inside the page, has a {@code lang} of another
     * language ({@code <p lang="fr">}, {@code <div lang="de">}), as pages marked up for screen
     * readers declare them. Such a declaration is on the passage itself, so it holds whatever
     * the function words say; the page's own {@code lang} only decides where they cannot tell.
     */
    List<Suppression> declaredPassages() {
        List<Suppression> out = new ArrayList<>();
        int from = -1;
        int last = -1;
        String code = null;
        for (Map.Entry<Integer, String> e : blockLanguages.entrySet()) {
            String other = OtherLanguage.declaredOther(e.getValue());
            if (code != null && (other == null || !other.equals(code) || e.getKey() != last + 1)) {
                out.add(Suppression.otherLanguage(from, last, code));
                code = null;
            }
            if (other != null && code == null) {
                from = e.getKey();
                code = other;
            }
            last = e.getKey();
        }
        if (code != null) {
            out.add(Suppression.otherLanguage(from, last, code));
        }
        return out;
    }

    /**
     * A PDF's words broken at a line end with a hyphen, joined again where the joined word is in the
     * dictionary ({@code doc-}/{@code ument}, {@code Sec-}/{@code tion}) or written whole elsewhere
     * in the document ({@code flat-}/{@code pak} beside {@code Flatpak}), and written with their
     * hyphen where it is not, being compounds broken at their own hyphen ({@code time-}/{@code
     * consuming}, {@code debian-}/{@code security}). A PDF keeps only its printed lines, so which
     * hyphens are the typesetter's is not written down; the dictionary decides, as in other
     * extractors. Only a letter, a hyphen, the line break and a small letter are joined.
     *
     * @param isWord whether a word, as written, is a word
     */
    static String dehyphenate(String raw, Predicate<String> isWord) {
        Matcher m = LINE_END_HYPHEN.matcher(raw);
        if (!m.find()) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int from = 0;
        do {
            int start = m.start(1);
            while (start > 0 && Character.isLetter(raw.charAt(start - 1))) {
                start--;
            }
            int end = m.end(2);
            while (end < raw.length() && Character.isLetter(raw.charAt(end))) {
                end++;
            }
            String joined = raw.substring(start, m.end(1)) + raw.substring(m.start(2), end);
            out.append(raw, from, m.end(1)).append(isWord.test(joined) ? "" : "-");
            from = m.start(2);
        } while (m.find());
        return out.append(raw, from, raw.length()).toString();
    }

    /** The dictionary that {@link #dehyphenate} asks, read on first use. */
    private static final class Words {
        private static final Lexicon LEXICON = Lexicon.english();

        static boolean known(String word) {
            return LEXICON.knows(word) || LEXICON.knowsLowerCase(word);
        }
    }

    private static String name(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        return n.toLowerCase(Locale.ROOT);
    }

    /**
     * The classes Tika gives to a paragraph of a reviewer's comment: in a Word document (its
     * {@code annotation text} style) and in an OpenDocument ({@code office:annotation}, written
     * inside the paragraph it comments on, which goes on after it). A note about the copy, not the
     * copy. Footnotes ({@code footnote_text}) and endnotes are the copy's own.
     */
    static final Set<String> REVIEW_CLASSES = Set.of("annotation_text", "annotation");

    /**
     * The ids and classes a site gives to the {@code div} of its page furniture (a banner, menus,
     * breadcrumbs, a footer), which old HTML wrote before {@code nav}: the same on every page, and
     * not the document's text (the Debian handbook's {@code <div id="banner">Download the
     * ebook</div>}). Not {@code sidebar}: DocBook's sidebars are boxes of the text.
     */
    static final Set<String> CHROME = Set.of("banner", "nav", "navbar", "navigation", "menu", "breadcrumb",
            "breadcrumbs", "footer", "site-footer", "site-header", "skip-link", "skiplink");

    /**
     * The classes that make a paragraph a block of code, as {@code pre} is: SiSU's books (the
     * Debian Live manual) write each command as {@code <p class="code">$ lb config</p>}, and
     * DocBook's and other tools' names for a listing are kept too.
     */
    static final Set<String> CODE_PARAGRAPH_CLASSES = Set.of("code", "programlisting", "screen", "verbatim",
            "sourcecode", "source-code");

    private static boolean isChrome(Attributes attributes) {
        return hasClass(attributes, CHROME) || hasToken(attributes.getValue("id"), CHROME);
    }

    /** Whether an element has one of these classes. */
    private static boolean hasClass(Attributes attributes, Set<String> classes) {
        return hasToken(attributes.getValue("class"), classes);
    }

    private static boolean hasToken(String value, Set<String> tokens) {
        if (value == null) {
            return false;
        }
        for (String token : SPACES.split(value.strip())) {
            if (tokens.contains(token.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSkipped(String name) {
        return switch (name) {
            case "head", "script", "style", "pre", "title" -> true;
            default -> false;
        };
    }

    private static BlockKind kindOf(String name) {
        return switch (name) {
            case "p" -> BlockKind.PARAGRAPH;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockKind.HEADING;
            case "li", "dt", "dd" -> BlockKind.LIST_ITEM;
            case "td", "th" -> BlockKind.TABLE_CELL;
            case "blockquote" -> BlockKind.QUOTE;
            default -> null;
        };
    }
}
