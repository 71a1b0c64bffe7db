package dev.copydesk.core.checks.casing;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Related;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.TermIndex;
import dev.copydesk.core.corpus.WordList;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.model.Word;
import dev.copydesk.core.model.WordKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Optional (option {@code heading-style}): headings of the document set written in title case
 * and in sentence case. Each heading of three words or more is classed by its content words, names
 * (words the corpus writes capitalised where a capital is evidence) left out; when both styles
 * occur, one finding lists the headings of the less common style, at the first of them.
 */
final class HeadingStyle {
    private static final double CONFIDENCE = 0.8;
    private static final int MIN_WORDS = 3;
    private static final String TITLE = "title case";
    private static final String SENTENCE = "sentence case";
    private static final Set<String> MINOR = WordList.read(HeadingStyle.class,
            "/dev/copydesk/core/corpus/title-minor-words.txt");

    Optional<Finding> run(Corpus corpus, CheckContext context) {
        List<Location> title = new ArrayList<>();
        List<Location> sentence = new ArrayList<>();
        List<String> titleText = new ArrayList<>();
        List<String> sentenceText = new ArrayList<>();
        for (Document document : corpus.documents()) {
            for (Block block : document.blocks()) {
                String style = block.kind() == BlockKind.HEADING ? style(corpus, block) : null;
                if (TITLE.equals(style)) {
                    title.add(Location.of(document, block));
                    titleText.add(block.text());
                } else if (SENTENCE.equals(style)) {
                    sentence.add(Location.of(document, block));
                    sentenceText.add(block.text());
                }
            }
        }
        if (title.isEmpty() || sentence.isEmpty() || title.size() == sentence.size()) {
            return Optional.empty();
        }
        boolean titleWins = title.size() > sentence.size();
        List<Location> odd = titleWins ? sentence : title;
        List<String> oddText = titleWins ? sentenceText : titleText;
        List<Related> related = new ArrayList<>();
        for (int i = 1; i < odd.size(); i++) {
            related.add(new Related(odd.get(i), oddText.get(i), "also in " + (titleWins ? SENTENCE : TITLE)));
        }
        String preferred = titleWins ? TITLE : SENTENCE;
        Evidence.Forms evidence = new Evidence.Forms("heading-style", preferred, List.of(
                count(preferred, titleWins ? title : sentence), count(titleWins ? SENTENCE : TITLE, odd)));
        return Optional.of(new Finding(context.info().id(), CasingFindings.severity(context, CONFIDENCE), CONFIDENCE,
                odd.get(0), "Heading in " + (titleWins ? SENTENCE : TITLE) + " among " + (titleWins ? title : sentence)
                .size() + " headings in " + preferred, oddText.get(0), List.of(), related, evidence, "heading-style"));
    }

    private static Evidence.FormCount count(String style, List<Location> locations) {
        return new Evidence.FormCount(style, locations.size(),
                List.copyOf(new TreeSet<>(locations.stream().map(Location::documentId).toList())), locations);
    }

    /** {@code title case}, {@code sentence case}, or null when the heading does not tell. */
    private static String style(Corpus corpus, Block block) {
        List<Word> words = block.words();
        if (words.size() < MIN_WORDS) {
            return null;
        }
        int capitalised = 0;
        int lower = 0;
        for (int i = 1; i < words.size(); i++) {
            Word w = words.get(i);
            String key = w.text().toLowerCase(Locale.ROOT);
            if (w.kind() != WordKind.WORD || MINOR.contains(key) || isName(corpus, key)) {
                continue;
            }
            if (w.isCapitalised()) {
                capitalised++;
            } else {
                lower++;
            }
        }
        if (capitalised > 0 && lower == 0) {
            return TITLE;
        }
        return lower > 0 && capitalised == 0 ? SENTENCE : null;
    }

    /** A word the corpus writes capitalised where a capital is evidence, and never in lower case there. */
    private static boolean isName(Corpus corpus, String key) {
        TermIndex.Term term = corpus.terms().term(key);
        if (term == null) {
            return false;
        }
        TermIndex.Form lowerForm = term.forms().get(key);
        int capitalEvidence = term.forms().values().stream().filter(f -> !f.text().equals(key))
                .mapToInt(TermIndex.Form::casingEvidence).sum();
        return capitalEvidence > 0 && (lowerForm == null || lowerForm.casingEvidence() == 0);
    }
}
