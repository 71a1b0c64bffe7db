package dev.copydesk.core.checks.casing;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Related;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.Lexicon;
import dev.copydesk.core.corpus.Occurrence;
import dev.copydesk.core.corpus.TermIndex;
import dev.copydesk.core.corpus.WordPositions;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.BlockWords;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.DocumentFormat;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Word;
import dev.copydesk.core.model.WordKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentences that start with a lower-case letter: at the start of a paragraph, or after a full stop,
 * question or exclamation mark ({@link WordPositions}). Lists, table cells, headings, tokens that are
 * not plain words, words with an inner capital, the lower-case brands and the names the corpus
 * itself always writes in lower case are left alone, and so is a paragraph that continues one that
 * did not end its sentence. Where the corpus goes on in lower case after {@code !} or {@code ?}
 * habitually, those sentences are one {@code info} finding about its style, not one slip each.
 */
final class SentenceStartCasing {
    private static final double CONFIDENCE = 0.9;
    private static final int KEY_WORDS = 5;

    /** How often a word the dictionary lacks must be written in lower case mid-sentence to be a lower-case name. */
    static final int LOWER_NAME_USES = 3;

    /**
     * How many sentences must go on in lower case after {@code !} or {@code ?}, and what share of
     * all sentences after those marks they must be, for the corpus to count as writing so by style
     * ({@code Squeeze! squeeze! squeeze!} in a novel), not by slips (c1, news copy: 13 small letters
     * against 1,068 capitals).
     */
    static final int STYLE_MIN_USES = 10;
    static final int STYLE_MIN_PERCENT = 20;
    private static final double STYLE_CONFIDENCE = 0.5;
    private static final String OPENING_QUOTES = "'\"\u2018\u201c";

    private final Set<String> brands;
    private final Lexicon lexicon;

    SentenceStartCasing(Set<String> brands, Lexicon lexicon) {
        this.brands = brands;
        this.lexicon = lexicon;
    }

    List<Finding> run(Corpus corpus, CheckContext context) {
        StartStyle starts = new StartStyle();
        List<Finding> out = new ArrayList<>();
        List<Finding> afterMark = new ArrayList<>();
        int capitalsAfterMark = 0;
        for (int d = 0; d < corpus.documents().size(); d++) {
            Document document = corpus.documents().get(d);
            for (Block block : document.blocks()) {
                if (block.kind() != BlockKind.PARAGRAPH && block.kind() != BlockKind.QUOTE) {
                    continue;
                }
                WordPositions positions = corpus.positions(Occurrence.of(d, block.index(), 0));
                BlockWords words = block.words();
                for (int i = 0, n = words.size(); i < n; i++) {
                    if (!positions.sentenceStart(i)) {
                        continue;
                    }
                    starts.add(d, words, i);
                    boolean mark = i > 0 && afterExclamationOrQuestion(block.text(), words.get(i).start());
                    if (isSlip(words, i) && !(i == 0 && (continuesPrevious(document, block) || label(block) || pdfFragment(document, block)))
                            && !afterEnumerator(block.text(), words, positions, i)
                            && !lowerCaseName(corpus, words.text(i)) && !codeName(corpus, words.text(i))) {
                        (mark ? afterMark : out).add(finding(context, document, block, i));
                    } else if (mark && ordinaryCapital(words, i)) {
                        capitalsAfterMark++;
                    }
                }
            }
        }
        Set<String> styled = starts.styled(corpus); // known only once every sentence start is seen
        out.removeIf(f -> styled.contains(f.subject()));
        afterMark.removeIf(f -> styled.contains(f.subject()));
        if (afterMark.size() >= STYLE_MIN_USES
                && afterMark.size() * 100L >= STYLE_MIN_PERCENT * (long) (afterMark.size() + capitalsAfterMark)) {
            out.add(style(context, afterMark, capitalsAfterMark));
        } else {
            out.addAll(afterMark);
        }
        return out;
    }

    /**
     * Finds, from every sentence start of the corpus, the lower-case words it starts sentences with
     * by its own style, not by slips: a
     * package or a brand its owners write in lower case though the dictionary knows the word
     * ({@code unified is an interface ...}, {@code remark is a tool ...} across a dozen READMEs).
     * Such a word starts {@value #LOWER_NAME_USES} different sentences or more in lower case (they
     * go on with different words), in two documents or more, never starts one with a capital and is
     * never capitalised mid-sentence. A slip copied into many documents is one sentence copied
     * ({@code sounds like a truly dire situation}, where a word was dropped before it), and a writer
     * who never capitalises writes in one document. Words of fewer than four letters are left out:
     * {@code is}, {@code are}, {@code you} start sentences in lower case when a word before them
     * was dropped, and seldom start one with a capital in news copy.
     */
    private static final class StartStyle {
        /** Each lower-case start's word to the next two words of its sentences: a copied sentence is one place. */
        private final Map<String, Set<String>> places = new HashMap<>();
        private final Map<String, Set<Integer>> documents = new HashMap<>();
        private final Set<String> capitalStarts = new HashSet<>();

        /** Counts the word at {@code i}, which starts a sentence of document {@code d}. */
        void add(int d, BlockWords words, int i) {
            if (words.kind(i) != WordKind.WORD) {
                return;
            }
            String t = words.text(i);
            String key = t.toLowerCase(Locale.ROOT);
            if (!Character.isLowerCase(t.codePointAt(0))) {
                capitalStarts.add(key);
                return;
            }
            int n = words.size();
            String next = (i + 1 < n ? words.text(i + 1) : "") + ' ' + (i + 2 < n ? words.text(i + 2) : "");
            places.computeIfAbsent(key, k -> new HashSet<>()).add(next.toLowerCase(Locale.ROOT));
            documents.computeIfAbsent(key, k -> new HashSet<>()).add(d);
        }

        /** The words the corpus starts sentences with in lower case by its style. */
        Set<String> styled(Corpus corpus) {
            Set<String> out = new HashSet<>();
            places.forEach((key, next) -> {
                if (key.length() >= 4 && next.size() >= LOWER_NAME_USES && documents.get(key).size() >= 2
                        && !capitalStarts.contains(key) && !capitalisedMidSentence(corpus, key)) {
                    out.add(key);
                }
            });
            return out;
        }
    }

    /** Whether the corpus writes a word with a capital somewhere a capital shows (not a sentence start). */
    private static boolean capitalisedMidSentence(Corpus corpus, String word) {
        TermIndex.Term term = corpus.terms().termOf(word);
        for (TermIndex.Form f : term == null ? List.<TermIndex.Form>of() : term.forms().values()) {
            if (!Character.isLowerCase(f.text().codePointAt(0)) && f.casingEvidence() > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the character before a word, spaces and opening quotation marks aside, is an
     * exclamation or question mark: a sentence that may go on in lower case by the writer's style
     * ({@code Squeeze! squeeze!}, {@code forbear! 'tis an ill voyage}).
     */
    static boolean afterExclamationOrQuestion(String text, int start) {
        int k = start - 1;
        while (k >= 0 && (Character.isWhitespace(text.charAt(k)) || OPENING_QUOTES.indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        return k >= 0 && (text.charAt(k) == '!' || text.charAt(k) == '?');
    }

    /** A list item's number: a Roman numeral, a number of up to two digits, or one letter. */
    private static final Pattern ENUMERATOR = Pattern.compile("[IVXLC]{1,6}|[ivxlc]{1,6}|\\d{1,2}|[A-Za-z]");

    /**
     * Whether a word follows a list item's number and its full stop, the number itself at the start
     * of a sentence or after a semicolon, colon or dash ({@code I. The Sperm Whale; II. the Right
     * Whale}): the segmenter ends a sentence at {@code II.}, but the item goes on.
     */
    static boolean afterEnumerator(String text, BlockWords words, WordPositions positions, int i) {
        if (i == 0 || !ENUMERATOR.matcher(words.text(i - 1)).matches()) {
            return false;
        }
        int k = lastNonSpaceBefore(text, words.get(i).start());
        if (k < 0 || text.charAt(k) != '.' || k != words.get(i - 1).end()) {
            return false;
        }
        if (i == 1 || positions.sentenceStart(i - 1)) {
            return true;
        }
        int b = lastNonSpaceBefore(text, words.get(i - 1).start());
        return b >= 0 && ";:\u2014\u2013".indexOf(text.charAt(b)) >= 0;
    }

    /** The index of the last character before {@code start} that is not white space, or -1. */
    private static int lastNonSpaceBefore(String text, int start) {
        int k = start - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k;
    }

    /**
     * Whether a sentence start has a capital only because it starts a sentence: a word the
     * dictionary knows in lower case, not {@code I} nor its contractions. Names and {@code I} are
     * written with a capital anywhere, so they say nothing about the writer's style.
     */
    private boolean ordinaryCapital(BlockWords words, int i) {
        String t = words.text(i);
        if (words.kind(i) != WordKind.WORD || !Character.isUpperCase(t.codePointAt(0)) || t.equals("I")
                || t.startsWith("I'") || t.startsWith("I\u2019")) {
            return false;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        return t.substring(1).equals(lower.substring(1)) && lexicon.knowsLowerCase(lower);
    }

    /**
     * The one finding that stands for every lower-case start after {@code !} or {@code ?} when the
     * corpus writes them so habitually that they are its style, not slips: located at the first,
     * with the others related.
     */
    private static Finding style(CheckContext context, List<Finding> afterMark, int capitals) {
        Finding first = afterMark.get(0);
        List<Related> related = new ArrayList<>();
        for (Finding f : afterMark.subList(1, afterMark.size())) {
            related.add(new Related(f.location(), f.subject(), "also in lower case after '!' or '?'"));
        }
        int percent = (int) (afterMark.size() * 100L / (afterMark.size() + capitals));
        return new Finding(context.info().id(), Severity.INFO, STYLE_CONFIDENCE, first.location(),
                "Sentences go on in lower case after '!' or '?' " + afterMark.size() + " times (" + percent
                        + "% of those after either mark): taken as the style of this text, not reported one by one",
                first.subject(), List.of(), related, first.evidence(), "sentence-start-after-mark");
    }

    private boolean isSlip(BlockWords words, int i) {
        String t = words.text(i);
        return words.kind(i) == WordKind.WORD && Character.isLowerCase(t.codePointAt(0)) && Casings.isLower(t)
                && !brands.contains(t) && t.indexOf('.') < 0;
    }

    /**
     * Whether a word is the name of a piece of code that the corpus writes as code elsewhere, all
     * of it alone between backticks or in a code element ({@code curses doesn't provide ...}
     * beside {@code `curses`}; {@code mode can be 'r'} beside {@code `mode`}): an identifier keeps
     * its case at a sentence start, as the Python documentation writes it. Not a word of fewer
     * than {@value #CODE_NAME_LETTERS} letters ({@code if}, {@code a}, {@code set}: keywords and
     * options that are everyday words too), nor one the corpus capitalises mid-sentence, nor one
     * that is only a part of longer code ({@code `the_list`}).
     */
    private static boolean codeName(Corpus corpus, String word) {
        Set<String> code = corpus.code();
        String stem = Casings.withoutPossessive(word);
        return !code.isEmpty() && stem.length() >= CODE_NAME_LETTERS && (code.contains(word) || code.contains(stem))
                && !capitalisedMidSentence(corpus, stem);
    }

    /** The fewest letters of a code name ({@link #codeName}). */
    private static final int CODE_NAME_LETTERS = 4;

    /**
     * Whether a word is a name its owners write in lower case ({@code copydesk}, {@code cspell},
     * {@code smol-toml}): not in the dictionary (a possessive by its stem) nor a swap of two letters
     * away from it, written in lower case at least
     * {@value #LOWER_NAME_USES} times where a capital would show, and never with one there. A
     * sentence may start with it as it is.
     */
    private boolean lowerCaseName(Corpus corpus, String word) {
        String stem = Casings.withoutPossessive(word);
        int lower = 0;
        for (String form : stem.equals(word) ? List.of(word) : List.of(word, stem)) { // picocli's counts with picocli
            TermIndex.Term term = corpus.terms().termOf(form);
            for (TermIndex.Form f : term == null ? List.<TermIndex.Form>of() : term.forms().values()) {
                if (Character.isLowerCase(f.text().codePointAt(0))) {
                    lower += f.casingEvidence();
                } else if (f.casingEvidence() > 0) {
                    return false; // written with a capital mid-sentence: a casing question after all
                }
            }
        }
        return lower >= LOWER_NAME_USES && !lexicon.knowsLowerCase(stem) && !swapOfAWord(stem);
    }

    /** Whether swapping two neighbouring letters makes a dictionary word: a typo repeated, not a name ({@code fcators}). */
    private boolean swapOfAWord(String word) {
        char[] c = word.toCharArray();
        for (int i = 0; i + 1 < c.length; i++) {
            if (c[i] == c[i + 1]) {
                continue;
            }
            char t = c[i];
            c[i] = c[i + 1];
            c[i + 1] = t;
            boolean known = lexicon.knowsLowerCase(new String(c));
            c[i + 1] = c[i];
            c[i] = t;
            if (known) {
                return true;
            }
        }
        return false;
    }

    /** The most words a paragraph that ends in a colon may have and be a label ({@link #label}). */
    private static final int LABEL_WORDS = 4;

    /**
     * Whether a paragraph is a label, a few words ending in a colon before what they introduce
     * ({@code options:}, {@code returns:}, {@code if disabled:}, {@code will output:}), as API
     * documentation writes them in lower case by style. A longer paragraph that ends in a colon is
     * a sentence ({@code in this example we pass two arguments:} is still a slip).
     */
    private static boolean label(Block block) {
        String text = block.text().strip();
        return !text.isEmpty() && text.charAt(text.length() - 1) == ':' && block.words().size() <= LABEL_WORDS;
    }

    /**
     * Whether a PDF's block is a fragment, not a paragraph: it does not end as a sentence ends
     * ({@code .}, {@code !}, {@code ?}, an ellipsis, before any closing quotation marks and
     * brackets). A PDF keeps only its printed lines, so its paragraphs are guessed from their
     * spacing, and a table's cells ({@code package popcon size description}), a definition
     * list's terms ({@code scan `bool` if `false` the ...}) and a sentence the guess broke in two
     * come out as blocks that start in lower case by layout, not by a slip. A lower-case start of
     * a PDF's block that does end a sentence is still one ({@code the rebels advanced.}).
     */
    private static boolean pdfFragment(Document document, Block block) {
        if (document.format() != DocumentFormat.PDF) {
            return false;
        }
        String text = block.text();
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || CLOSING.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end == 0 || ".!?\u2026".indexOf(text.charAt(end - 1)) < 0;
    }

    /** Closing quotation marks and brackets, which may follow a sentence's end. */
    private static final String CLOSING = "\"'\u2019\u201d\u00bb)]";

    /**
     * Whether the previous block ends without closing its sentence: a paragraph split mid-sentence,
     * or one that ends in a colon before an example that is not prose ({@code Install it with npm:},
     * a code block, {@code or using yarn:}). Right after a colon-ended paragraph, with nothing between,
     * a small letter is still a slip (a news story's {@code related articles:} then {@code adding to}).
     */
    private static boolean continuesPrevious(Document document, Block block) {
        if (block.index() == 0) {
            return false;
        }
        String previous = document.blocks().get(block.index() - 1).text().strip();
        if (previous.isEmpty()) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        return Character.isLetterOrDigit(last) || last == ',' || last == ';' || last == '-'
                || last == ':' && (somethingBetween(document.blocks().get(block.index() - 1), block)
                        || document.followsCode(block.index()));
    }

    /**
     * Whether lines the checks do not read (a code block, a table, an image) stand between two
     * blocks: more than one line apart, by their source lines (unknown lines never are; a format
     * without lines says where it left code out instead, {@link Document#followsCode}).
     */
    private static boolean somethingBetween(Block previous, Block block) {
        int end = previous.source().line(Math.max(0, previous.text().length() - 1));
        int start = block.source().line(0);
        return end > 0 && start > end + 2;
    }

    private static Finding finding(CheckContext context, Document document, Block block, int i) {
        Word word = block.words().get(i);
        Sentence sentence = block.sentenceAt(word.start());
        int start = Math.min(word.start(), sentence.start());
        int end = Math.max(word.end(), sentence.end());
        String text = block.text().substring(start, end);
        String capital = Casings.capitalise(word.text());
        StringBuilder key = new StringBuilder("sentence-start:");
        for (int k = i; k < Math.min(block.words().size(), i + KEY_WORDS); k++) {
            key.append(' ').append(block.words().text(k).toLowerCase(Locale.ROOT));
        }
        return new Finding(context.info().id(), CasingFindings.severity(context, CONFIDENCE), CONFIDENCE,
                Location.of(document, block, word),
                "Sentence starts with a lower-case letter: '" + word.text() + "'", word.text(), List.of(capital),
                List.of(), new Evidence.InContext(text, word.start() - start, word.end() - start, 0), key.toString());
    }
}
