package dev.copydesk.core.corpus;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockWords;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.WordKind;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Multi-word proper names ({@code Syrian Observatory for Human Rights}, {@code Hayat Tahrir al-Sham})
 * with every casing they were written in, and every name mention. A name is a run of two or more
 * capitalised words ({@code for}, {@code of}, {@code al}, {@code bin} ... allowed inside, see
 * {@code name-connectors.txt}) outside headings and title-case lines; a second pass collects every
 * occurrence of its words in any casing, so a lower-cased word inside a name ({@code Human rights},
 * {@code World Today news}) is found even when the word alone is common. Two linear passes; each
 * word costs a few hash lookups, never a comparison with other names.
 */
public final class PhraseIndex {
    /** Longest name considered, in words. */
    static final int MAX_WORDS = 8;
    private static final Set<String> CONNECTORS = WordList.read(PhraseIndex.class, "name-connectors.txt");
    private static final Set<String> MINOR_WORDS = WordList.read(PhraseIndex.class, "title-minor-words.txt");
    private static final Set<String> AFTER_LINK_ONLY = Set.of("the");
    private static final Set<String> LINKS = Set.of("for", "of");

    private static final Set<String> ARTICLES = Set.of("al", "el");

    /**
     * Whether a lower-case word is a particle inside personal and place names ({@code van},
     * {@code al}, {@code bin}, {@code de}), from the name connectors without the English links
     * {@code for}, {@code of} and {@code the}.
     */
    public static boolean isNameParticle(String lower) {
        return CONNECTORS.contains(lower) && !LINKS.contains(lower) && !AFTER_LINK_ONLY.contains(lower);
    }

    private final Map<String, Phrase> phrases;
    private final Map<String, TermIndex.Form> names;

    private PhraseIndex(Map<String, Phrase> phrases, Map<String, TermIndex.Form> names) {
        this.phrases = phrases;
        this.names = names;
    }

    /**
     * Every maximal run of capitalised words outside headings, one word or more, exactly as
     * written (words joined by single spaces), with its occurrences: the name mentions the variant
     * check compares. Sorted by text.
     */
    public Map<String, TermIndex.Form> names() {
        return names;
    }

    /** All names, sorted by key. */
    public Collection<Phrase> phrases() {
        return Collections.unmodifiableCollection(phrases.values());
    }

    /** The name of a lower-case key (words joined by single spaces), or null. */
    public Phrase phrase(String key) {
        return phrases.get(key);
    }

    /**
     * A multi-word name and the forms it was written in.
     *
     * @param key   its words in lower case, joined by single spaces
     * @param words how many words it has
     * @param forms each surface form (words joined by single spaces), sorted; a form's
     *              occurrences point at the name's first word
     */
    public record Phrase(String key, int words, Map<String, TermIndex.Form> forms) {
    }

    /**
     * Builds the index in two passes over the blocks.
     *
     * @param runsOf    what the first pass finds in each repeated block text, kept for its other
     *                  blocks; what a pass finds in a block depends on its text alone (headings and
     *                  title-case lines, whose positions differ, are skipped)
     * @param matchesOf the same for the second pass
     */
    static PhraseIndex build(List<Document> documents, List<List<WordPositions>> positions,
                             TextMemo<Spans> runsOf, TextMemo<Spans> matchesOf) {
        Set<String> runs = new HashSet<>();
        Map<String, TermIndex.Form.Builder> mentions = new HashMap<>();
        Keys keys = new Keys();
        forEachBlock(documents, positions, (d, block, p) -> {
            SpanSink mention = (start, text, key) -> mentions.computeIfAbsent(text, TermIndex.Form.Builder::new)
                    .add(p.neutral(start), Occurrence.of(d, block.index(), start));
            if (runsOf.repeated(block)) {
                runsOf.kept(block, b -> runs(b, keys, runs, new Spans())).replay(mention);
            } else {
                runs(block, keys, runs, mention);
            }
        });
        Map<String, Integer> lengthsByFirstWord = new HashMap<>();
        for (String key : runs) {
            lengthsByFirstWord.merge(key.substring(0, key.indexOf(' ')), 1 << key.split(" ").length, (x, y) -> x | y);
        }
        Map<String, Map<String, TermIndex.Form.Builder>> found = new TreeMap<>();
        Names wanted = new Names(runs, lengthsByFirstWord);
        forEachBlock(documents, positions, (d, block, p) -> {
            SpanSink match = (start, text, key) -> found.computeIfAbsent(key, k -> new TreeMap<>())
                    .computeIfAbsent(text, TermIndex.Form.Builder::new)
                    .add(p.neutral(start), Occurrence.of(d, block.index(), start));
            if (matchesOf.repeated(block)) {
                matchesOf.kept(block, b -> matches(b, p, keys, wanted, new Spans())).replay(match);
            } else {
                matches(block, p, keys, wanted, match);
            }
        });
        Map<String, Phrase> out = new TreeMap<>();
        found.forEach((key, forms) -> {
            Map<String, TermIndex.Form> built = new TreeMap<>();
            forms.forEach((text, b) -> built.put(text, b.build()));
            out.put(key, new Phrase(key, key.split(" ").length, Collections.unmodifiableMap(built)));
        });
        Map<String, TermIndex.Form> names = new TreeMap<>();
        mentions.forEach((text, b) -> names.put(text, b.build()));
        return new PhraseIndex(Collections.unmodifiableMap(out), Collections.unmodifiableMap(names));
    }

    private interface BlockVisitor {
        void visit(int document, Block block, WordPositions positions);
    }

    private static void forEachBlock(List<Document> documents, List<List<WordPositions>> positions,
                                     BlockVisitor visitor) {
        for (int d = 0; d < documents.size(); d++) {
            List<Block> blocks = documents.get(d).blocks();
            for (int b = 0; b < blocks.size(); b++) {
                WordPositions p = positions.get(d).get(b);
                if (!p.titleLike()) {
                    visitor.visit(d, blocks.get(b), p);
                }
            }
        }
    }

    /**
     * Where a pass puts a span it finds in a block: the span's first word, its text (words joined
     * by single spaces) and, in the second pass, its key.
     */
    private interface SpanSink {
        void add(int start, String text, String key);
    }

    /** The spans a pass found in a block text, kept for the other blocks of that text. */
    static final class Spans implements SpanSink {
        private int[] starts = new int[4];
        private String[] texts = new String[4];
        private String[] keys = new String[4];
        private int size;

        /** Hands every span kept, in order, to a sink. */
        Spans replay(SpanSink sink) {
            for (int k = 0; k < size; k++) {
                sink.add(starts[k], texts[k], keys[k]);
            }
            return this;
        }

        @Override
        public void add(int start, String text, String key) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                texts = Arrays.copyOf(texts, size * 2);
                keys = Arrays.copyOf(keys, size * 2);
            }
            starts[size] = start;
            texts[size] = text;
            keys[size] = key;
            size++;
        }
    }

    /**
     * The first pass over a block text: adds the key of each run of two or more capitalised words
     * to {@code runs} and every run, one word or more (the name mentions), to {@code out}.
     */
    private static <S extends SpanSink> S runs(Block block, Keys keys, Set<String> runs, S out) {
        BlockWords words = block.words();
        int i = 0;
        while (i < words.size()) {
            String first = words.text(i);
            if (!isNameWord(words, i) || MINOR_WORDS.contains(keys.of(first))
                    && !(words.isCapitalised(i) && ARTICLES.contains(keys.of(first)))) {
                i++;
                continue;
            }
            int end = runEnd(block, i, keys);
            if (end - i >= 2) {
                runs.add(keyOf(words, i, end, keys));
            }
            out.add(i, textOf(words, i, end), null);
            i = Math.max(end, i + 1);
        }
        return out;
    }

    /** The end (exclusive) of the capitalised run starting at {@code start}, connectors trimmed. */
    private static int runEnd(Block block, int start, Keys keys) {
        BlockWords words = block.words();
        int lastName = start;
        int j = start + 1;
        while (j < words.size() && j - start < MAX_WORDS && adjacent(block, j - 1, j)
                && !isPossessive(words.text(j - 1))) {
            String key = keys.of(words.text(j));
            if (isNameWord(words, j) && !CONNECTORS.contains(key)) {
                lastName = j;
            } else if (!CONNECTORS.contains(key)
                    || AFTER_LINK_ONLY.contains(key) && !LINKS.contains(keys.of(words.text(j - 1)))) {
                break;
            }
            j++;
        }
        return lastName + 1;
    }

    /**
     * The names to look for: their keys, and for each first word a bit set of the lengths (in
     * words) of the names it starts, so matching tries a handful of hash lookups per word.
     */
    private record Names(Set<String> keys, Map<String, Integer> lengthsByFirstWord, Map<String, Integer> byText) {
        Names(Set<String> keys, Map<String, Integer> lengthsByFirstWord) {
            this(keys, lengthsByFirstWord, new HashMap<>());
        }

        /** The lengths bit set of the names a word starts (0 for none), looked up once per distinct text. */
        int lengthsOf(String first, Keys lower) {
            Integer cached = byText.get(first);
            if (cached == null) {
                cached = lengthsByFirstWord.getOrDefault(lower.of(first), 0);
                byText.put(first, cached);
            }
            return cached;
        }
    }

    /** The second pass over a block text: each mention of a wanted name, in any casing. */
    private static <S extends SpanSink> S matches(Block block, WordPositions positions, Keys lower, Names names,
                                                  S out) {
        BlockWords words = block.words();
        int i = 0;
        while (i < words.size()) {
            int lengths = words.kind(i) == WordKind.WORD ? names.lengthsOf(words.text(i), lower) : 0;
            int matched = lengths == 0 ? 0 : longestMatch(block, lower, i, lengths, names.keys());
            if (matched == 0) {
                i++;
                continue;
            }
            if (!(positions.neutral(i) && !words.isCapitalised(i))) {
                out.add(i, textOf(words, i, i + matched), keyOf(words, i, i + matched, lower));
            }
            i += matched;
        }
        return out;
    }

    private static int longestMatch(Block block, Keys lower, int start, int lengths, Set<String> names) {
        BlockWords words = block.words();
        for (int length = Math.min(MAX_WORDS, words.size() - start); length >= 2; length--) {
            if ((lengths & (1 << length)) == 0 || !wordsAndSpaces(block, start, length)) {
                continue;
            }
            if (names.contains(keyOf(words, start, start + length, lower))) {
                return length;
            }
        }
        return 0;
    }

    private static boolean wordsAndSpaces(Block block, int start, int length) {
        BlockWords words = block.words();
        for (int k = start; k < start + length; k++) {
            if (words.kind(k) != WordKind.WORD || k > start && !adjacent(block, k - 1, k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether only a single space separates words {@code a} and {@code b} of a block (no
     * punctuation, no line of its own), in either order.
     */
    public static boolean adjacent(Block block, int a, int b) {
        BlockWords words = block.words();
        int leftEnd = words.end(Math.min(a, b));
        return words.start(Math.max(a, b)) - leftEnd == 1 && block.text().charAt(leftEnd) == ' ';
    }

    /** A word that can belong to a name: a word whose first letter, or a letter after a hyphen, is a capital. */
    private static boolean isNameWord(BlockWords words, int i) {
        if (words.kind(i) != WordKind.WORD) {
            return false;
        }
        if (words.isCapitalised(i)) {
            return true;
        }
        String t = words.text(i);
        int hyphen = t.indexOf('-');
        return hyphen > 0 && hyphen + 1 < t.length() && Character.isUpperCase(t.charAt(hyphen + 1));
    }

    /** A possessive ends a name: {@code Iraq’s Al-Qaim} is two names. */
    private static boolean isPossessive(String t) {
        return t.endsWith("'s") || t.endsWith("\u2019s");
    }

    private static String keyOf(BlockWords words, int from, int to, Keys keys) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(keys.of(words.text(k)));
        }
        return sb.toString();
    }

    private static String textOf(BlockWords words, int from, int to) {
        if (to - from == 1) {
            return words.text(from);
        }
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(words.text(k));
        }
        return sb.toString();
    }

    /**
     * Each distinct word text in lower case, made once: the two passes ask for the key of every
     * word of the corpus several times, and word texts are shared strings whose hash is cached, so
     * a lookup is far cheaper than lower-casing again. One build's; not thread-safe.
     */
    private static final class Keys {
        private final Map<String, String> lower = new HashMap<>();

        String of(String text) {
            return lower.computeIfAbsent(text, t -> t.toLowerCase(Locale.ROOT));
        }
    }
}
