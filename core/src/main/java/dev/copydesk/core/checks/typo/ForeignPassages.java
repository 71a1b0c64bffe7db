package dev.copydesk.core.checks.typo;

import dev.copydesk.core.check.Finding;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.PhraseIndex;
import dev.copydesk.core.load.OtherLanguage;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockWords;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Word;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Drops typo findings in sentences that are not English copy: when at least three words of a
 * sentence, and at least a fifth of them, are unknown, the sentence is a quotation in another
 * language, a list of foreign names or code, and flagging every word of it helps nobody. So is a
 * run of three unknown words within seven words of one sentence, however long the sentence (a
 * Latin declension quoted in an English one). Words the check never reports but knows to be
 * foreign ({@code açí}, {@code dæges}) count as unknown; words that are English all the same (the
 * other dialect's {@code neighbours}, a real-word slip) do not, so two typos and a British
 * spelling in one sentence are not taken for French.
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
     * @param english  those of the findings that are English words all the same (the other
     *                 dialect's spelling, a real-word slip): no evidence of a foreign passage,
     *                 though dropped with one
     */
    static List<Finding> without(List<Finding> findings, List<Finding> foreign, Set<Finding> english, Corpus corpus,
                                 Predicate<String> englishWord) {
        Map<String, Document> documents = new HashMap<>();
        corpus.documents().forEach(d -> documents.put(d.id(), d));
        List<Place> places = new ArrayList<>(findings.size() + foreign.size()); // the findings first
        // blocks of equal text share their sentence objects, so a sentence is keyed by its block
        // (by identity) and its index there
        Map<SentenceOf, Integer> perSentence = new HashMap<>();
        for (List<Finding> list : List.of(findings, foreign)) {
            for (Finding f : list) {
                Place p = Place.of(f, documents, !english.contains(f));
                places.add(p);
                if (p.evidence()) {
                    perSentence.merge(p.key(), 1, Integer::sum);
                }
            }
        }
        boolean[] besideForeign = besideForeign(places, findings.size());
        addFunctionWords(places, perSentence, findings.size(), englishWord);
        boolean[] clustered = clustered(places);
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Place p = places.get(i);
            int unknown = perSentence.getOrDefault(p.key(), 0);
            if ((unknown < MIN_UNKNOWN || unknown < SHARE * p.sentence().wordCount()) && !clustered[i]
                    && !besideForeign[i]) {
                out.add(findings.get(i));
            }
        }
        out.sort(Comparator.naturalOrder());
        return List.copyOf(out);
    }

    /**
     * Which of the first {@code findings} places stand right beside a word of another language in
     * the same sentence, one the check knows to be foreign and does not report ({@code finç abui}:
     * the unknown {@code abui} is a word of the same Catalan phrase, not a typo). A word with a
     * letter English has only in loans is never mistyped into, and a typo seldom lands next to one.
     */
    private static boolean[] besideForeign(List<Place> places, int findings) {
        Map<Block, BitSet> foreignWords = new IdentityHashMap<>();
        for (int i = findings; i < places.size(); i++) {
            Place p = places.get(i);
            if (p.word() >= 0) {
                foreignWords.computeIfAbsent(p.block(), b -> new BitSet()).set(p.word());
            }
        }
        boolean[] out = new boolean[findings];
        for (int i = 0; i < findings && !foreignWords.isEmpty(); i++) {
            Place p = places.get(i);
            BitSet foreign = foreignWords.get(p.block());
            if (foreign == null || p.word() < 0 || !p.evidence()) {
                continue;
            }
            for (int k : new int[] {p.word() - 1, p.word() + 1}) {
                if (k >= 0 && foreign.get(k) && PhraseIndex.adjacent(p.block(), k, p.word())) {
                    out[i] = true;
                }
            }
        }
        return out;
    }

    /**
     * Adds, as evidence, the function words of other languages ({@link OtherLanguage}) in the
     * blocks that have a finding: {@code Le calcul économique et la liberté} quoted in an English
     * sentence is a French title by its {@code et} as much as by its unknown {@code calcul} and
     * {@code économique}. A word that is English after all (the dictionary has it, or it is a common
     * misspelling of an English word: {@code wil}, {@code som}) is no evidence, and a word that is
     * a finding itself counts once. A function word at the start of a sentence or of a quotation
     * counts with its capital ({@code "Je vous ai compris"}).
     */
    private static void addFunctionWords(List<Place> places, Map<SentenceOf, Integer> perSentence, int findings,
                                         Predicate<String> englishWord) {
        Map<Block, BitSet> taken = new IdentityHashMap<>(); // words already counted, as findings
        for (Place p : places) {
            BitSet words = taken.computeIfAbsent(p.block(), b -> new BitSet());
            if (p.word() >= 0) {
                words.set(p.word());
            }
        }
        for (int i = 0; i < findings; i++) {
            Block block = places.get(i).block();
            BitSet counted = taken.remove(block); // null: the block was read for an earlier finding
            if (counted == null) {
                continue;
            }
            BlockWords words = block.words();
            String blockText = block.text();
            for (int k = 0; k < words.size(); k++) {
                String text = words.text(k); // no Word made per word: this reads every word of the block
                if (opensSentence(words, blockText, k)) {
                    text = SpellingDictionary.lower(text); // "Je vous ai compris": the capital is the sentence's
                }
                if (OtherLanguage.isForeignFunctionWord(text) && !counted.get(k) && !englishWord.test(text)) {
                    int start = words.start(k);
                    int s = block.sentenceIndexAt(start);
                    Sentence sentence = s < 0 ? block.sentenceAt(start) : block.sentences().get(s);
                    Place p = new Place(block, sentence, new SentenceOf(block, s), k, true);
                    places.add(p);
                    perSentence.merge(p.key(), 1, Integer::sum);
                }
            }
        }
    }

    /**
     * Whether the word at {@code k} starts a sentence or a quotation (after an opening quotation
     * mark), where a capital says nothing of a name.
     */
    private static boolean opensSentence(BlockWords words, String text, int k) {
        if (words.sentenceStart(k)) {
            return true;
        }
        int start = words.start(k);
        return start > 0 && "\"\u201C\u00AB\u201E".indexOf(text.charAt(start - 1)) >= 0
                && (start == 1 || Character.isWhitespace(text.charAt(start - 2)));
    }

    /**
     * Where an unknown word stands.
     *
     * @param block    its block
     * @param sentence its sentence (the whole block when the block has none)
     * @param key      its sentence as a key
     * @param word     its index among the block's words, or -1 if no word starts where it does
     * @param evidence whether it counts towards a foreign passage
     */
    private record Place(Block block, Sentence sentence, SentenceOf key, int word, boolean evidence) {
        static Place of(Finding f, Map<String, Document> documents, boolean evidence) {
            Block block = documents.get(f.location().documentId()).blocks().get(f.location().blockIndex());
            int start = f.location().start();
            int s = block.sentenceIndexAt(start);
            Sentence sentence = s < 0 ? block.sentenceAt(start) : block.sentences().get(s);
            return new Place(block, sentence, new SentenceOf(block, s), wordAt(block, start), evidence);
        }
    }

    /**
     * A sentence of one block: the block by identity (blocks of equal text in two places are two
     * blocks), the sentence by its index ({@code -1}: a block without sentences, which is one).
     */
    private record SentenceOf(Block block, int index) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SentenceOf other && other.block == block && other.index == index;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(block) + index;
        }
    }

    /**
     * Which places stand with {@value #MIN_UNKNOWN} or more unknown words within
     * {@value #CLUSTER_SPAN} words of one sentence: a phrase of another language inside an English
     * sentence ({@code mus, muris, muri, murem}), too short a part of a long sentence for the share
     * above. Typos that close together are rare in copy an editor checks.
     */
    private static boolean[] clustered(List<Place> places) {
        Map<Block, List<Integer>> byBlock = new IdentityHashMap<>();
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).word() >= 0 && places.get(i).evidence()) {
                byBlock.computeIfAbsent(places.get(i).block(), b -> new ArrayList<>()).add(i);
            }
        }
        boolean[] out = new boolean[places.size()];
        for (List<Integer> at : byBlock.values()) {
            at.sort(Comparator.comparingInt(i -> places.get(i).word()));
            for (int j = 0; j + MIN_UNKNOWN - 1 < at.size(); j++) {
                Place first = places.get(at.get(j));
                Place last = places.get(at.get(j + MIN_UNKNOWN - 1));
                if (last.word() - first.word() < CLUSTER_SPAN && first.key().equals(last.key())) {
                    for (int k = j; k < j + MIN_UNKNOWN; k++) {
                        out[at.get(k)] = true;
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
}
