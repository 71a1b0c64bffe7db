package dev.copydesk.core.checks.typo;

import dev.copydesk.core.check.Finding;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops typo findings in sentences that are not English copy: when at least three words of a
 * sentence, and at least a fifth of them, are unknown, the sentence is a quotation in another
 * language, a list of foreign names or code, and flagging every word of it helps nobody. Words
 * the check never reports but knows to be foreign ({@code açí}, {@code dæges}) count as unknown.
 */
final class ForeignPassages {
    private static final int MIN_UNKNOWN = 3;
    private static final double SHARE = 0.2;

    private ForeignPassages() {
    }

    /**
     * The findings outside foreign passages, sorted.
     *
     * @param findings the typo findings
     * @param foreign  unknown words that are not reported, located as findings: evidence only
     */
    static List<Finding> without(List<Finding> findings, List<Finding> foreign, Corpus corpus) {
        Map<String, Document> documents = new HashMap<>();
        corpus.documents().forEach(d -> documents.put(d.id(), d));
        Map<String, Integer> perSentence = new HashMap<>();
        for (Finding f : findings) {
            perSentence.merge(sentenceKey(f, documents), 1, Integer::sum);
        }
        for (Finding f : foreign) {
            perSentence.merge(sentenceKey(f, documents), 1, Integer::sum);
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Block block = documents.get(f.location().documentId()).blocks().get(f.location().blockIndex());
            int words = block.sentenceAt(f.location().start()).wordCount();
            int unknown = perSentence.get(sentenceKey(f, documents));
            if (unknown < MIN_UNKNOWN || unknown < SHARE * words) {
                out.add(f);
            }
        }
        out.sort(Comparator.naturalOrder());
        return List.copyOf(out);
    }

    private static String sentenceKey(Finding f, Map<String, Document> documents) {
        Block block = documents.get(f.location().documentId()).blocks().get(f.location().blockIndex());
        return f.location().documentId() + '\u0000' + f.location().blockIndex() + '\u0000'
                + block.sentenceAt(f.location().start()).start();
    }
}
