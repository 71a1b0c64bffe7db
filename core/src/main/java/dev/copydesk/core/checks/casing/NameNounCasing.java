package dev.copydesk.core.checks.casing;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.PhraseIndex;
import dev.copydesk.core.corpus.WordPositions;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.BlockWords;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.model.Word;
import dev.copydesk.core.model.WordKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The head noun of an institution's name left in lower case between the name and its
 * {@code for}/{@code of} complement: {@code Rafik Hariri center for the Middle East}. Needs a
 * capitalised word before the noun (not at a sentence start) and a capitalised word after
 * {@code for/of (the)}, so {@code a Damascus center of trade} is left alone. Works on one occurrence, hence a lower confidence
 * than a term seen many times.
 */
final class NameNounCasing {
    private static final double CONFIDENCE = 0.75;
    private static final Set<String> LINKS = Set.of("for", "of");

    private final Set<String> nouns;

    NameNounCasing(Set<String> nouns) {
        this.nouns = nouns;
    }

    List<Finding> run(Corpus corpus, CheckContext context) {
        List<Finding> out = new ArrayList<>();
        for (Document document : corpus.documents()) {
            for (Block block : document.blocks()) {
                if (block.kind() == BlockKind.HEADING || block.kind() == BlockKind.TABLE_CELL) {
                    continue;
                }
                BlockWords words = block.words();
                for (int i = 1; i + 2 < words.size(); i++) {
                    if (nouns.contains(words.text(i)) && isSlip(block, i)) {
                        out.add(finding(context, document, block, i));
                    }
                }
            }
        }
        return out;
    }

    private static boolean isSlip(Block block, int i) {
        BlockWords w = block.words();
        int after = i + 2;
        if (!LINKS.contains(w.text(i + 1)) || !gap(block, i - 1, i + 1)) {
            return false;
        }
        if (w.text(after).equals("the") && after + 1 < w.size()) {
            after++;
        }
        return isName(w, i - 1) && isName(w, after) && gap(block, i + 1, after)
                && !WordPositions.of(block).neutral(nameStart(block, i));
    }

    /** The first of the capitalised words right before the noun (at most two). */
    private static int nameStart(Block block, int i) {
        return i >= 2 && isName(block.words(), i - 2) && gap(block, i - 2, i - 1) ? i - 2 : i - 1;
    }

    private static boolean isName(BlockWords words, int i) {
        return words.kind(i) == WordKind.WORD && words.isCapitalised(i);
    }

    /** Single spaces only between words {@code from}..{@code to}. */
    private static boolean gap(Block block, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!PhraseIndex.adjacent(block, k, k + 1)) {
                return false;
            }
        }
        return true;
    }

    private static Finding finding(CheckContext context, Document document, Block block, int i) {
        BlockWords w = block.words();
        Word noun = w.get(i);
        String preferred = Casings.capitalise(noun.text());
        String name = nameStart(block, i) == i - 2 ? w.text(i - 2) + " " + w.text(i - 1) + " "
                : w.text(i - 1) + " ";
        Location at = Location.of(document, block, noun);
        Evidence.Forms evidence = new Evidence.Forms("casing", name + preferred, List.of(
                new Evidence.FormCount(name + preferred, 0, List.of(), List.of()),
                new Evidence.FormCount(name + noun.text(), 1, List.of(document.id()), List.of(at))));
        return new Finding(context.info().id(), CasingFindings.severity(context, CONFIDENCE), CONFIDENCE, at,
                "Lower-case '" + noun.text() + "' inside the name '" + name + preferred + "'", noun.text(),
                List.of(preferred), List.of(), evidence, (name + noun.text()).toLowerCase(Locale.ROOT));
    }
}
