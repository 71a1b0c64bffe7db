package dev.copydesk.core.corpus;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockWords;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.WordKind;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every word of the corpus (tokens of kind {@link WordKind#WORD} and {@link WordKind#ACRONYM}),
 * grouped by its lower-case key, with each surface form it was written in, how often, how often in
 * a position that says nothing about its casing (see {@link WordPositions}: sentence start, after a
 * colon or an opening quote, heading or title-case line), and where. Built in one pass over the corpus.
 */
public final class TermIndex {
    private final Map<String, Term> terms;

    private TermIndex(Map<String, Term> terms) {
        this.terms = terms;
    }

    /** The term of a lower-case key, or null. */
    public Term term(String key) {
        return terms.get(key);
    }

    /** The term a word belongs to, or null. */
    public Term termOf(String word) {
        return terms.get(key(word));
    }

    /** All terms, in no particular order. */
    public Collection<Term> terms() {
        return Collections.unmodifiableCollection(terms.values());
    }

    /** Number of distinct terms. */
    public int size() {
        return terms.size();
    }

    /** The index key of a word: lower case (ROOT locale). */
    public static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /**
     * Builds the index in one pass over the words.
     *
     * @param formsOf the forms of the words of each repeated block text, found once for the text
     *                and kept for its other blocks
     */
    static TermIndex build(List<Document> documents, List<List<WordPositions>> positionsByDocument,
                           TextMemo<Form.Builder[]> formsOf) {
        Map<String, Term.Builder> builders = new HashMap<>();
        Map<String, Form.Builder> byText = new HashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            List<Block> blocks = documents.get(d).blocks();
            for (int b = 0; b < blocks.size(); b++) {
                Block block = blocks.get(b);
                WordPositions positions = positionsByDocument.get(d).get(b);
                BlockWords words = block.words();
                if (formsOf.repeated(block)) {
                    Form.Builder[] forms = formsOf.kept(block, k -> forms(k.words(), byText, builders));
                    for (int w = 0; w < forms.length; w++) {
                        if (forms[w] != null) {
                            forms[w].add(positions.neutral(w), Occurrence.of(d, block.index(), w));
                        }
                    }
                    continue;
                }
                for (int w = 0; w < words.size(); w++) {
                    if (indexed(words, w)) {
                        formOf(words.text(w), byText, builders).add(positions.neutral(w),
                                Occurrence.of(d, block.index(), w));
                    }
                }
            }
        }
        Map<String, Term> terms = new HashMap<>(builders.size() * 2);
        builders.forEach((k, b) -> terms.put(k, b.build()));
        return new TermIndex(terms);
    }

    /** The form of each word of a block (null for a token that is neither a word nor an acronym). */
    private static Form.Builder[] forms(BlockWords words, Map<String, Form.Builder> byText,
                                        Map<String, Term.Builder> builders) {
        Form.Builder[] out = new Form.Builder[words.size()];
        for (int w = 0; w < out.length; w++) {
            if (indexed(words, w)) {
                out[w] = formOf(words.text(w), byText, builders);
            }
        }
        return out;
    }

    /** Whether word {@code w} is indexed: a word or an acronym. */
    private static boolean indexed(BlockWords words, int w) {
        WordKind kind = words.kind(w);
        return kind == WordKind.WORD || kind == WordKind.ACRONYM;
    }

    /** The form of a word text, found in its term once per distinct text, not once per occurrence. */
    private static Form.Builder formOf(String text, Map<String, Form.Builder> byText, Map<String, Term.Builder> builders) {
        Form.Builder form = byText.get(text);
        if (form == null) {
            form = builders.computeIfAbsent(key(text), Term.Builder::new).form(text);
            byText.put(text, form);
        }
        return form;
    }

    /** A term: one lower-case key and the forms it was written in. */
    public static final class Term {
        private final String key;
        private final Map<String, Form> forms;
        private final int count;

        private Term(String key, Map<String, Form> forms) {
            this.key = key;
            this.forms = forms;
            this.count = forms.values().stream().mapToInt(Form::count).sum();
        }

        public String key() {
            return key;
        }

        /** The forms, sorted by their text. */
        public Map<String, Form> forms() {
            return forms;
        }

        /** Occurrences of all forms together. */
        public int count() {
            return count;
        }

        static final class Builder {
            private final String key;
            private final Map<String, Form.Builder> forms = new HashMap<>(2);

            Builder(String key) {
                this.key = key;
            }

            /** The builder of one written form of this term, made on first use. */
            Form.Builder form(String text) {
                return forms.computeIfAbsent(text, Form.Builder::new);
            }

            Term build() {
                Map<String, Form> out = new TreeMap<>();
                forms.forEach((k, b) -> out.put(k, b.build()));
                return new Term(key, Collections.unmodifiableMap(out));
            }
        }
    }

    /**
     * One surface form of a term.
     *
     * @param text         the form as written
     * @param count        how often it occurs
     * @param neutralCount how many of those are at a sentence start or in a heading, where a
     *                     capital says nothing about the word
     * @param occurrences  packed positions ({@link Occurrence}) in corpus order
     */
    public record Form(String text, int count, int neutralCount, long[] occurrences) {
        /** Occurrences that are evidence of the word's casing (not at a sentence start, not in a heading). */
        public int casingEvidence() {
            return count - neutralCount;
        }

        /** Collects the occurrences of one form. */
        static final class Builder {
            private final String text;
            private long[] occurrences = new long[2];
            private int count;
            private int neutral;

            Builder(String text) {
                this.text = text;
            }

            void add(boolean isNeutral, long occurrence) {
                if (count == occurrences.length) {
                    occurrences = Arrays.copyOf(occurrences, count * 2);
                }
                occurrences[count++] = occurrence;
                if (isNeutral) {
                    neutral++;
                }
            }

            Form build() {
                return new Form(text, count, neutral, Arrays.copyOf(occurrences, count));
            }
        }
    }
}
