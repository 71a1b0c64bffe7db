package dev.copydesk.core.checks.typo;

import dev.copydesk.core.check.Finding;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
        // a sentence is one object of its block's list, so it is its own key (a block without
        // sentences is one sentence, keyed by the block)
        Map<Object, Integer> perSentence = new IdentityHashMap<>();
        Object[] keys = new Object[findings.size()];
        int[] words = new int[findings.size()];
        for (int i = 0; i < keys.length; i++) {
            Block block = blockOf(findings.get(i), documents);
            Sentence sentence = block.sentenceAt(findings.get(i).location().start());
            keys[i] = block.sentences().isEmpty() ? block : sentence;
            words[i] = sentence.wordCount();
            perSentence.merge(keys[i], 1, Integer::sum);
        }
        for (Finding f : foreign) {
            Block block = blockOf(f, documents);
            perSentence.merge(block.sentences().isEmpty() ? block : block.sentenceAt(f.location().start()), 1,
                    Integer::sum);
        }
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            int unknown = perSentence.get(keys[i]);
            if (unknown < MIN_UNKNOWN || unknown < SHARE * words[i]) {
                out.add(findings.get(i));
            }
        }
        out.sort(Comparator.naturalOrder());
        return List.copyOf(out);
    }

    private static Block blockOf(Finding f, Map<String, Document> documents) {
        return documents.get(f.location().documentId()).blocks().get(f.location().blockIndex());
    }
}
