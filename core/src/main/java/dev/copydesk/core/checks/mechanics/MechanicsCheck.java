package dev.copydesk.core.checks.mechanics;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Related;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.TextMemo;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code mechanics} check: doubled words, a missing space after punctuation, a space before
 * punctuation, and quotation marks that face the wrong way or are not closed. Works block by
 * block in one pass, documents in parallel (the findings are sorted, so their order does not depend
 * on the threads); slips with less certainty (quotes that may run on) are reported at info level.
 * A block's slips depend on its text alone (and on whether the next block opens a quotation), so
 * a text repeated across the corpus ({@link Corpus#repeated}: syndicated copy, boilerplate) is
 * scanned once.
 */
public final class MechanicsCheck implements Check {
    private static final CheckInfo INFO = new CheckInfo("mechanics",
            "Doubled words, missing or extra spaces around punctuation, wrong-way or unclosed quotation marks",
            Severity.WARNING, List.of());
    private static final double SURE = 0.8;
    /**
     * How many quotation marks of one glyph must face the same wrong way in a document, at least as
     * many as the right glyph occurs there, for the document's habit to be reported once.
     */
    static final int QUOTE_HABIT = 10;
    private static final double HABIT_CONFIDENCE = 0.5;

    private final DoubledWords doubled = DoubledWords.load();
    private final PunctuationSpacing spacing = new PunctuationSpacing();
    private final QuotationMarks quotes = new QuotationMarks();

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> run(Corpus corpus, CheckContext context) {
        // a repeated block text's slips, kept apart by whether the next block opens a quotation
        List<TextMemo<BlockSlips>> slipsOf = List.of(corpus.memo(), corpus.memo());
        List<Finding> findings = corpus.documents().parallelStream() // documents are independent; sorted after
                .flatMap(document -> find(document, slipsOf).stream())
                .sorted(Comparator.naturalOrder())
                .toList();
        return List.copyOf(findings);
    }

    /**
     * The slips of a block text, with the text each covers and how often that text occurs in the
     * block.
     */
    private record BlockSlips(List<Slip> slips, List<String> subjects, Map<String, Integer> counts) {
        static final BlockSlips NONE = new BlockSlips(List.of(), List.of(), Map.of());
    }

    /** A document's findings; {@code slipsOf} keeps slips for a following block that opens a quotation (1) or not (0). */
    private List<Finding> find(Document document, List<TextMemo<BlockSlips>> slipsOf) {
        List<Finding> findings = new ArrayList<>();
        Map<String, List<Finding>> wrongWay = new LinkedHashMap<>(); // wrong-way marks by glyph and role
        List<Block> blocks = document.blocks();
        char[][] chars = {new char[0]}; // a block's text for the scans, indexed directly; reused by the next block
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            boolean continues = b + 1 < blocks.size() && QuotationMarks.opensQuote(blocks.get(b + 1).text());
            BlockSlips found = slipsOf.get(continues ? 1 : 0).get(block, k -> scan(k, continues, chars));
            for (int s = 0; s < found.slips().size(); s++) {
                String subject = found.subjects().get(s);
                Slip slip = found.slips().get(s);
                Finding finding = finding(document, block, slip, subject, found.counts().get(subject));
                if (QuotationMarks.WRONG_WAY.equals(slip.kind()) && slip.suggestion().length() == 1) {
                    wrongWay.computeIfAbsent(slip.message(), k -> new ArrayList<>()).add(finding);
                } else {
                    findings.add(finding);
                }
            }
        }
        wrongWay.forEach((message, same) -> {
            char right = same.get(0).suggestions().get(0).charAt(0);
            if (same.size() >= QUOTE_HABIT && same.size() >= occurrences(blocks, right)) {
                findings.add(quoteHabit(same, right));
            } else {
                findings.addAll(same);
            }
        });
        return findings;
    }

    private static int occurrences(List<Block> blocks, char c) {
        int n = 0;
        for (Block block : blocks) {
            String text = block.text();
            for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The one finding that stands for a document's quotation marks that all face the same wrong way,
     * at least as often as the right mark occurs in it: its style ({@code ”so”} in Swedish and
     * Finnish, {@code „so“} in German) or its typesetter's (LaTeX prints a typed {@code "} as
     * {@code ”}), not a slip each time. Located at the first, with the others related.
     */
    private static Finding quoteHabit(List<Finding> same, char right) {
        Finding first = same.get(0);
        boolean opens = right == QuotationMarks.OPEN; // the mark wanted says the role
        List<Related> related = new ArrayList<>();
        for (Finding f : same.subList(1, same.size())) {
            related.add(new Related(f.location(), f.subject(), "also " + (opens ? "opens" : "closes") + " a quote"));
        }
        return new Finding(first.checkId(), Severity.INFO, HABIT_CONFIDENCE, first.location(),
                "Quotations " + (opens ? "open" : "close") + " with '" + first.subject() + "' " + same.size()
                        + " times in this document, at least as often as '" + right + "' occurs in it: taken as its"
                        + " style (Swedish and Finnish write \u201Dso\u201D, German \u201Eso\u201C; LaTeX prints a typed"
                        + " \" as \u201D), not reported one by one",
                first.subject(), first.suggestions(), related, first.evidence(), "quote-habit:" + first.subject()
                        + (opens ? ":opens" : ":closes"));
    }

    /** Scans one block; {@code chars[0]} is a buffer for its text, replaced by a larger one when too short. */
    private BlockSlips scan(Block block, boolean continues, char[][] chars) {
        List<Slip> slips = new ArrayList<>(doubled.find(block));
        int length = block.text().length();
        if (length > chars[0].length) {
            chars[0] = new char[Math.max(length, 2 * chars[0].length)];
        }
        block.text().getChars(0, length, chars[0], 0);
        boolean[] inToken = PunctuationSpacing.protectedChars(block);
        slips.addAll(spacing.find(block, chars[0], inToken));
        slips.addAll(quotes.find(block.text(), chars[0], inToken, continues));
        if (slips.isEmpty()) {
            return BlockSlips.NONE;
        }
        List<String> subjects = new ArrayList<>(slips.size());
        for (Slip slip : slips) {
            subjects.add(block.text().substring(slip.start(), slip.end()));
        }
        return new BlockSlips(List.copyOf(slips), List.copyOf(subjects), SubjectCounts.of(block.text(), subjects));
    }

    /** A slip's finding; {@code occurrences} is how often its subject occurs in the block. */
    private static Finding finding(Document document, Block block, Slip slip, String subject, int occurrences) {
        String text = block.text();
        Sentence sentence = block.sentenceAt(slip.start());
        int from = Math.min(sentence.start(), slip.start());
        int to = Math.max(sentence.end(), slip.end());
        String context = text.substring(from, to);
        Evidence evidence = new Evidence.InContext(context, slip.start() - from, slip.end() - from,
                Math.max(0, occurrences - 1));
        Severity severity = slip.confidence() >= SURE ? Severity.WARNING : Severity.INFO;
        List<String> suggestions = slip.suggestion().isEmpty() ? List.of() : List.of(slip.suggestion());
        String key = slip.kind() + ":" + surroundings(text, slip).toLowerCase(Locale.ROOT);
        return new Finding("mechanics", severity, slip.confidence(), Location.of(document, block, slip.start(),
                slip.end()), slip.message(), subject, suggestions, List.of(), evidence, key);
    }

    /** The slip with up to 12 characters either side: enough to tell it from others in its document. */
    private static String surroundings(String text, Slip slip) {
        return text.substring(Math.max(0, slip.start() - 12), Math.min(text.length(), slip.end() + 12));
    }

}
