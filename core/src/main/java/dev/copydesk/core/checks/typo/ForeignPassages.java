package dev.copydesk.core.checks.typo;

import dev.copydesk.core.check.Finding;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops typo findings in sentences that are not English copy: when at least three words of a
 * sentence, and at least a fifth of them, are unknown, the sentence is a quotation in another
 * language, a list of foreign names or code, and flagging every word of it helps nobody. So is a
 * run of three unknown words within seven words of one sentence, however long the sentence (a
 * Latin declension quoted in an English one). Words the check never reports but knows to be
 * foreign ({@code açí}, {@code dæges}) count as unknown.
 */
final class ForeignPassages {
    private static final int MIN_UNKNOWN = 3;
    private static final double SHARE = 0.2;
    /** How many consecutive words {@link #MIN_UNKNOWN} unknown words may span and still be one foreign phrase. */
    private static final int CLUSTER_SPAN = 7;

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
        Map<Block, Set<Integer>> clustered = clustered(findings, foreign, documents);
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            int unknown = perSentence.get(keys[i]);
            if ((unknown < MIN_UNKNOWN || unknown < SHARE * words[i]) && !inCluster(findings.get(i), clustered, documents)) {
                out.add(findings.get(i));
            }
        }
        out.sort(Comparator.naturalOrder());
        return List.copyOf(out);
    }

    /**
     * The places of the unknown words that stand {@value #MIN_UNKNOWN} or more within
     * {@value #CLUSTER_SPAN} words of one sentence: a phrase of another language inside an English
     * sentence ({@code mus, muris, muri, murem}), too short a part of a long sentence for the share
     * above. Typos that close together are rare in copy an editor checks.
     */
    private static Map<Block, Set<Integer>> clustered(List<Finding> findings, List<Finding> foreign,
                                                      Map<String, Document> documents) {
        Map<Block, List<int[]>> byBlock = new IdentityHashMap<>(); // word index and sentence of each unknown word
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(foreign);
        for (Finding f : all) {
            Block block = blockOf(f, documents);
            int w = wordAt(block, f.location().start());
            if (w >= 0) {
                byBlock.computeIfAbsent(block, b -> new ArrayList<>()).add(new int[] {w, block.words().get(w).sentence()});
            }
        }
        Map<Block, Set<Integer>> out = new IdentityHashMap<>();
        for (Map.Entry<Block, List<int[]>> e : byBlock.entrySet()) {
            List<int[]> at = e.getValue();
            at.sort(Comparator.comparingInt(x -> x[0]));
            for (int j = 0; j + MIN_UNKNOWN - 1 < at.size(); j++) {
                int[] first = at.get(j);
                int[] last = at.get(j + MIN_UNKNOWN - 1);
                if (last[0] - first[0] < CLUSTER_SPAN && first[1] == last[1]) {
                    for (int k = j; k < j + MIN_UNKNOWN; k++) {
                        out.computeIfAbsent(e.getKey(), b -> new HashSet<>()).add(at.get(k)[0]);
                    }
                }
            }
        }
        return out;
    }

    /** The index of the word of a block that starts at an offset, or -1. */
    private static int wordAt(Block block, int start) {
        List<Word> words = block.words();
        int lo = 0;
        int hi = words.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = words.get(mid).start();
            if (s < start) {
                lo = mid + 1;
            } else if (s > start) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static boolean inCluster(Finding f, Map<Block, Set<Integer>> clustered, Map<String, Document> documents) {
        if (clustered.isEmpty()) {
            return false;
        }
        Block block = blockOf(f, documents);
        Set<Integer> words = clustered.get(block);
        return words != null && words.contains(wordAt(block, f.location().start()));
    }

    private static Block blockOf(Finding f, Map<String, Document> documents) {
        return documents.get(f.location().documentId()).blocks().get(f.location().blockIndex());
    }
}
