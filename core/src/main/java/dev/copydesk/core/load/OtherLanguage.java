package dev.copydesk.core.load;

import com.ibm.icu.lang.UScript;
import dev.copydesk.core.corpus.WordList;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.BlockWords;
import dev.copydesk.core.model.Suppression;
import dev.copydesk.core.model.WordKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the passages of a document written in another language than English (a German chapter of
 * a multilingual manual, a Spanish press release among English ones), in which the checks that
 * read English are off ({@link Suppression#otherLanguage}): their spelling, capitals and spacing
 * are right for their own language.
 *
 * <p>A block is in another language when at least {@value #MIN_FOREIGN} of its words, written in
 * lower case, are function words of that language that English does not have ({@code und},
 * {@code les}, {@code los}, {@code het}: {@code function-words.tsv}), and they are more than twice
 * as many as English function words ({@code the}, {@code of}, {@code and}). So a French phrase in an
 * English sentence, a name ({@code Der Spiegel}, {@code Lula da Silva}) or a citation
 * ({@code et al.}) leaves its block English. A block most of whose words are in another script
 * than the Latin one (at least {@value #MIN_FOREIGN} words, more than twice as many as the Latin
 * ones) is in another language too, named by its script's ISO 15924 code ({@code Cyrl}).
 *
 * <p>A block with too few function words either way (a heading, a list item) goes with the blocks
 * around it: it is in another language when the nearest decided block before it and the nearest
 * after it are, where there is one on that side; a heading goes with the nearest decided block
 * after it, the text it heads. Before that, a run of such blocks of one kind (the items of a list,
 * the entries of a table of contents) is read as one text, and is in another language when all of
 * it together is ({@code Crear su clave GPG}, {@code Obtener una cuenta de Launchpad}).
 */
public final class OtherLanguage {
    private static final int MIN_FOREIGN = 3;
    /** Code points below this (Basic Latin to Latin Extended-B) are letters of the Latin script, or not letters. */
    private static final int LATIN_END = 0x250;
    /** The longest function word in the list, in characters; longer words are not looked up. */
    private static final int LONGEST;
    /** Word (in lower case) to a bit per language ({@link #LANGUAGES}); bit 0 is English. */
    private static final Map<String, Integer> WORDS = new HashMap<>();
    private static final List<String> LANGUAGES = new ArrayList<>();

    static {
        Map<String, String> lines = new TreeMap<>(); // language code -> its words, codes in order
        for (String line : WordList.read(OtherLanguage.class, "function-words.tsv")) {
            String[] f = line.split("\t", 2);
            lines.put(f[0], f[1]);
        }
        LANGUAGES.add("en");
        lines.keySet().stream().filter(l -> !l.equals("en")).forEach(LANGUAGES::add);
        int longest = 0;
        for (int i = 0; i < LANGUAGES.size(); i++) {
            int bit = 1 << i;
            for (String w : lines.get(LANGUAGES.get(i)).split(" ")) {
                WORDS.merge(w, bit, (x, y) -> x | y);
                longest = Math.max(longest, w.length());
            }
        }
        LONGEST = longest;
    }

    private OtherLanguage() {
    }

    /**
     * Whether a word, exactly as written, is a function word of another language than English in
     * {@code function-words.tsv} ({@code vous}, {@code und}, {@code todos}; not {@code Der}, as
     * only lower-case words count, and not a word English shares, which the list leaves out).
     */
    public static boolean isForeignFunctionWord(String word) {
        Integer bits = word.length() > LONGEST ? null : WORDS.get(word);
        return bits != null && (bits & 1) == 0;
    }

    /** The passages of these blocks (a document's, in order) in another language, one per run of blocks. */
    static List<Suppression> passages(List<Block> blocks) {
        return passages(blocks, "");
    }

    /**
     * The passages of a document's blocks in another language, one per run of blocks, where the
     * document declares a language for itself ({@code declared}, empty if it does not).
     *
     * <p>A document that declares another language than English (an EPUB of the Debian Live manual
     * in German, {@code dc:language} {@code de}; an HTML page with {@code lang="pl"}) is in that
     * language where its words cannot tell: a block too short to decide, or a run of them, is in
     * the declared language unless English stands on both sides of it. A block whose function
     * words are English is still English (an untranslated paragraph), and one whose words are
     * another language's is in that one. A declaration of English, or none, changes nothing.
     */
    static List<Suppression> passages(List<Block> blocks, String declared) {
        String fallback = declaredOther(declared);
        String[] verdict = new String[blocks.size()]; // "en", another language's code, or null: undecided
        Tally[] tallies = new Tally[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            tallies[i] = new Tally().add(blocks.get(i));
            verdict[i] = tallies[i].language();
        }
        // a run of undecided blocks of one kind (the items of a list, the entries of a table of
        // contents) in another language is one text: each item is too short to tell, all of them
        // together are not; a run that reads as English, or still cannot tell, stays undecided
        // block by block, to go with its neighbours (a half-translated table of contents)
        for (int i = 0; i < blocks.size(); ) {
            if (verdict[i] != null) {
                i++;
                continue;
            }
            int j = i;
            Tally run = new Tally();
            while (j < blocks.size() && verdict[j] == null && blocks.get(j).kind() == blocks.get(i).kind()) {
                run.add(tallies[j++]);
            }
            String language = j - i >= 2 ? run.language() : null;
            if (language != null && !language.equals("en")) {
                for (int k = i; k < j; k++) {
                    verdict[k] = language;
                }
            }
            i = j;
        }
        boolean any = fallback != null;
        for (String v : verdict) {
            any |= v != null && !v.equals("en");
        }
        if (!any) {
            return List.of();
        }
        // an undecided block goes with its decided neighbours when both (or the one there is) are foreign
        String[] after = new String[blocks.size() + 1];
        for (int i = blocks.size() - 1; i >= 0; i--) {
            after[i] = verdict[i] != null ? verdict[i] : after[i + 1];
        }
        String before = null;
        for (int i = 0; i < blocks.size(); i++) {
            if (verdict[i] != null) {
                before = verdict[i];
            } else if (blocks.get(i).kind() == BlockKind.HEADING && after[i] != null) {
                verdict[i] = after[i].equals("en") ? null : after[i]; // a heading goes with what it heads
            } else if (fallback != null) { // the declared language, unless English on both sides
                boolean englishBefore = "en".equals(before);
                boolean englishAfter = "en".equals(after[i]);
                if (!(englishBefore && englishAfter)) {
                    verdict[i] = before != null && !englishBefore ? before
                            : after[i] != null && !englishAfter ? after[i] : fallback;
                }
            } else if ((before == null || !before.equals("en")) && (after[i] == null || !after[i].equals("en"))) {
                verdict[i] = before != null ? before : after[i];
            }
        }
        List<Suppression> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); ) {
            if (verdict[i] == null || verdict[i].equals("en")) {
                i++;
                continue;
            }
            int from = i;
            while (i + 1 < blocks.size() && verdict[i + 1] != null && !verdict[i + 1].equals("en")) {
                i++;
            }
            out.add(Suppression.otherLanguage(from, i, verdict[from]));
            i++;
        }
        return out;
    }

    /**
     * The primary language of a declared tag in lower case ({@code pt-BR} gives {@code pt}), or
     * null when the tag declares English, nothing, or no language ({@code und}, {@code zxx}).
     */
    static String declaredOther(String declared) {
        String primary = declared.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.isEmpty() || primary.equals("en") || primary.equals("und") || primary.equals("zxx")
                || primary.equals("mul") || !primary.chars().allMatch(c -> c >= 'a' && c <= 'z') ? null : primary;
    }

    /** "en", the code of another language, or null when the block has too few function words to tell. */
    static String languageOf(Block block) {
        return new Tally().add(block).language();
    }

    /**
     * The evidence of one block or of a run of blocks: function words per language, and words by
     * script.
     */
    private static final class Tally {
        private final int[] counts = new int[LANGUAGES.size()];
        private int latin;
        private int otherScript;
        private int script = UScript.LATIN;

        Tally add(Block block) {
            String text = block.text();
            BlockWords words = block.words();
            for (int i = 0; i < words.size(); i++) { // by index: no Word made per word
                if (words.kind(i) != WordKind.WORD) {
                    continue;
                }
                int start = words.start(i);
                int first = text.codePointAt(start);
                int s = first < LATIN_END ? UScript.LATIN : UScript.getScript(first);
                if (s == UScript.LATIN) {
                    latin++;
                } else if (s != UScript.COMMON && s != UScript.INHERITED) {
                    otherScript++;
                    script = s;
                }
                if (words.end(i) - start > LONGEST) {
                    continue;
                }
                Integer bits = WORDS.get(words.text(i)); // the list is in lower case: "Der Spiegel" is no match
                if (bits != null) {
                    for (int l = 0; l < counts.length; l++) {
                        if ((bits & 1 << l) != 0) {
                            counts[l]++;
                        }
                    }
                }
            }
            return this;
        }

        Tally add(Tally other) {
            for (int l = 0; l < counts.length; l++) {
                counts[l] += other.counts[l];
            }
            latin += other.latin;
            if (other.otherScript > 0) {
                otherScript += other.otherScript;
                script = other.script;
            }
            return this;
        }

        /** "en", the code of another language, or null when there are too few function words to tell. */
        String language() {
            if (otherScript >= MIN_FOREIGN && otherScript > 2 * latin) {
                return UScript.getShortName(script); // Cyrl, Grek, Arab ...: the script is all that tells
            }
            int best = 1;
            for (int l = 2; l < counts.length; l++) {
                if (counts[l] > counts[best]) {
                    best = l;
                }
            }
            if (counts[best] >= MIN_FOREIGN && counts[best] > 2 * counts[0]) {
                return LANGUAGES.get(best);
            }
            return counts[0] >= 2 && counts[0] >= counts[best] ? "en" : null;
        }
    }
}
