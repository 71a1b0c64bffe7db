package dev.copydesk.core.checks.casing;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.Occurrence;
import dev.copydesk.core.corpus.WordPositions;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.BlockWords;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Word;
import dev.copydesk.core.model.WordKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentences that start with a lower-case letter: at the start of a paragraph, or after a full stop,
 * question or exclamation mark ({@link WordPositions}). Lists, table cells, headings, tokens that are
 * not plain words, words with an inner capital and the lower-case brands are left alone, and so is a
 * paragraph that continues one that did not end its sentence.
 */
final class SentenceStartCasing {
    private static final double CONFIDENCE = 0.9;
    private static final int KEY_WORDS = 5;

    private final Set<String> brands;

    SentenceStartCasing(Set<String> brands) {
        this.brands = brands;
    }

    List<Finding> run(Corpus corpus, CheckContext context) {
        List<Finding> out = new ArrayList<>();
        for (int d = 0; d < corpus.documents().size(); d++) {
            Document document = corpus.documents().get(d);
            for (Block block : document.blocks()) {
                if (block.kind() != BlockKind.PARAGRAPH && block.kind() != BlockKind.QUOTE) {
                    continue;
                }
                WordPositions positions = corpus.positions(Occurrence.of(d, block.index(), 0));
                BlockWords words = block.words();
                for (int i = 0, n = words.size(); i < n; i++) {
                    if (positions.sentenceStart(i) && isSlip(words, i)
                            && !(i == 0 && continuesPrevious(document, block))) {
                        out.add(finding(context, document, block, i));
                    }
                }
            }
        }
        return out;
    }

    private boolean isSlip(BlockWords words, int i) {
        String t = words.text(i);
        return words.kind(i) == WordKind.WORD && Character.isLowerCase(t.codePointAt(0)) && Casings.isLower(t)
                && !brands.contains(t) && t.indexOf('.') < 0;
    }

    /** Whether the previous block ends without closing its sentence (a paragraph split mid-sentence). */
    private static boolean continuesPrevious(Document document, Block block) {
        if (block.index() == 0) {
            return false;
        }
        String previous = document.blocks().get(block.index() - 1).text().strip();
        if (previous.isEmpty()) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        return Character.isLetterOrDigit(last) || last == ',' || last == ';' || last == '-';
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
