package dev.copydesk.core.checks.variant;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.Lexicon;
import dev.copydesk.core.corpus.Occurrence;
import dev.copydesk.core.corpus.PhraseIndex;
import dev.copydesk.core.corpus.TermIndex;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects what the clusterer compares, in a stable order: multi-word names (maximal capitalised
 * runs of two words or more besides the article), one-word names (capitalised words that are not
 * common words, with a preceding {@code Al}/{@code El} kept: {@code Al Qaima}), common words, and
 * house-style forms that list no variants.
 */
final class Candidates {
    private static final Set<String> ARTICLES = Set.of("al", "el");
    private static final Set<String> SPLITTERS = Set.of("of", "for", "the");
    /** Small words that never end a hyphenated name ({@link #dashedOn}). */
    private static final Set<String> DASHED_ON = Set.of("a", "an", "the", "and", "but", "or", "nor", "so", "yet",
            "as", "at", "by", "in", "of", "on", "to", "with", "from", "is", "are", "was", "were", "be", "it", "we",
            "i", "you", "he", "she", "they", "this", "that", "not", "if", "for");

    private final Lexicon lexicon;

    Candidates(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Candidate> of(Corpus corpus, CheckContext context) {
        List<Candidate> out = new ArrayList<>();
        Map<String, Set<String>> neighbours = new HashMap<>();
        Map<String, Map<String, List<Long>>> names = new TreeMap<>();
        corpus.phrases().names().forEach((text, form) -> {
            List<String> words = NameKeys.words(text);
            if (words.size() >= 2 && !dashedOn(text)) {
                addMention(names, text, form.occurrences(), 0);
                for (String w : words) {
                    neighbours.computeIfAbsent(w, k -> new HashSet<>()).addAll(words);
                }
                addSegments(names, text, form.occurrences());
            }
        });
        names.forEach((key, forms) -> out.add(new Candidate(key, key.split(" ").length, Candidate.Source.NAME,
                built(forms))));
        List<TermIndex.Term> terms = new ArrayList<>(corpus.terms().terms());
        terms.sort(Comparator.comparing(TermIndex.Term::key));
        out.addAll(oneWordNames(corpus, terms, neighbours));
        for (TermIndex.Term term : terms) {
            if (term.forms().containsKey(term.key())) {
                out.add(new Candidate(term.key(), 1, Candidate.Source.WORD, term.forms()));
            }
        }
        Set<String> seen = new HashSet<>();
        for (CheckContext.PreferredForm p : context.houseStyle()) {
            String key = normalise(p.preferred());
            if (p.variants().isEmpty() && seen.add(key)) {
                out.add(new Candidate(key, key.split(" ").length, Candidate.Source.HOUSE,
                        Map.of(p.preferred(), new TermIndex.Form(p.preferred(), 0, 0, new long[0]))));
            }
        }
        return out;
    }

    private List<Candidate> oneWordNames(Corpus corpus, List<TermIndex.Term> terms, Map<String, Set<String>> neighbours) {
        Map<String, Map<String, List<Long>>> bySurface = new TreeMap<>();
        for (TermIndex.Term term : terms) {
            if (!isName(term)) {
                continue;
            }
            for (TermIndex.Form form : term.forms().values()) {
                if (dashedOn(form.text())) {
                    continue;
                }
                List<Long> plain = null;
                for (long o : form.occurrences()) {
                    long start = withArticle(corpus, o);
                    if (start == o) {
                        if (plain == null) {
                            plain = mentions(bySurface, form.text());
                        }
                        plain.add(start);
                    } else {
                        mentions(bySurface, corpus.word(start).text() + " " + form.text()).add(start);
                    }
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        bySurface.forEach((key, forms) -> {
            Map<String, TermIndex.Form> built = built(forms);
            List<String> words = NameKeys.words(key);
            Set<String> context = new HashSet<>();
            words.forEach(w -> context.addAll(neighbours.getOrDefault(w, Set.of())));
            context.removeAll(words);
            out.add(new Candidate(key, key.split(" ").length, Candidate.Source.NAME, built, context));
        });
        return out;
    }

    /**
     * Whether a name runs on into the next sentence's first word through a dash typed as a hyphen
     * ({@code Main Street-to}, {@code America-we}, {@code Vietnam-is}): a small word after the last
     * hyphen is no part of a name.
     */
    static boolean dashedOn(String text) {
        int hyphen = text.lastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < text.length() && DASHED_ON.contains(text.substring(hyphen + 1));
    }

    /** The list of occurrences of one surface form, under its normalised key. */
    private static List<Long> mentions(Map<String, Map<String, List<Long>>> bySurface, String text) {
        return bySurface.computeIfAbsent(normalise(text), k -> new TreeMap<>())
                .computeIfAbsent(text, k -> new ArrayList<>());
    }

    private static void addMention(Map<String, Map<String, List<Long>>> names, String text, long[] occurrences,
                                   int offset) {
        List<Long> list = mentions(names, text);
        for (long o : occurrences) {
            list.add(o + offset);
        }
    }

    /**
     * The parts of a name split at {@code of}, {@code for} and {@code the}, as names of their own when
     * they have two words or more: {@code Mohamed Salah of Liverpool} also mentions {@code Mohamed Salah}.
     */
    private static void addSegments(Map<String, Map<String, List<Long>>> names, String text, long[] occurrences) {
        String[] tokens = text.split(" ");
        int start = 0;
        for (int k = 0; k <= tokens.length; k++) {
            if (k == tokens.length || SPLITTERS.contains(tokens[k])) {
                if (start > 0 || k < tokens.length) {
                    String part = String.join(" ", Arrays.asList(tokens).subList(start, k));
                    if (k - start >= 2 && NameKeys.words(part).size() >= 2) {
                        addMention(names, part, occurrences, start);
                    }
                }
                start = k + 1;
            }
        }
    }

    private static Map<String, TermIndex.Form> built(Map<String, List<Long>> forms) {
        Map<String, TermIndex.Form> out = new TreeMap<>();
        forms.forEach((text, list) -> out.put(text, new TermIndex.Form(text, list.size(), 0,
                list.stream().mapToLong(Long::longValue).sorted().toArray())));
        return out;
    }

    /**
     * A capitalised word that is not a common word, an acronym or written in lower case anywhere.
     * An identifier in camel case ({@code storageAdapter}, {@code braceExpansion}) is code, not a
     * name, though it has a capital.
     */
    private boolean isName(TermIndex.Term term) {
        if (term.forms().containsKey(term.key()) || lexicon.knows(term.key())) {
            return false;
        }
        return term.forms().keySet().stream().anyMatch(f -> !f.equals(f.toUpperCase(Locale.ROOT)) && !camelCase(f));
    }

    /**
     * An identifier in camel case: a small letter first, then another ({@code iPhone} is a name),
     * and no hyphen or apostrophe before the capital ({@code al-Jawlani} is a name).
     */
    private static boolean camelCase(String form) {
        return Character.isLowerCase(form.codePointAt(0)) && form.length() > 1 && Character.isLowerCase(form.charAt(1))
                && form.indexOf('-') < 0 && form.indexOf('\'') < 0 && form.indexOf('\u2019') < 0;
    }

    /** The occurrence of a capitalised article written as a word right before the name, else the name's own. */
    private static long withArticle(Corpus corpus, long occurrence) {
        int w = Occurrence.word(occurrence);
        if (w == 0) {
            return occurrence;
        }
        Block block = corpus.block(occurrence);
        BlockWords words = block.words();
        String previous = words.text(w - 1);
        if (previous.length() != 2) {
            return occurrence;
        }
        return PhraseIndex.adjacent(block, w - 1, w) && words.isCapitalised(w - 1)
                && ARTICLES.contains(previous.toLowerCase(Locale.ROOT))
                ? occurrence - 1 : occurrence;
    }

    /** Lower case, typographic apostrophes made plain. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
