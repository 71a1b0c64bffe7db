package dev.copydesk.core.checks.typo;

import dev.copydesk.core.corpus.TermIndex.Form;
import dev.copydesk.core.corpus.TermIndex.Term;
import dev.copydesk.core.corpus.TermIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the corpus says about words the dictionary lacks. A word written with a capital in the
 * middle of a sentence is used as a name; a name that is frequent in the corpus is a magnet for
 * its rare misspellings ({@code Damscus} beside ten {@code Damascus}), and so is a dictionary word
 * the corpus uses often, for lower-case words one swap or one doubled letter from it
 * ({@code forcse} beside a hundred {@code forces}), and for capitalised ones when it is written
 * capitalised that often too ({@code Vcitory} beside {@code Victory} in syndicated headlines).
 * Frequent terms are indexed by their single-deletion variants, so finding the magnet of a word
 * costs a few hash lookups, never a comparison with every term.
 */
final class CorpusNames {
    private static final int MIN_LENGTH = 4;
    /**
     * The shortest capitalised word that can be a slip of a corpus term. Short names are so dense
     * that one four letters long is nearly always one edit from a frequent one: {@code Mayr} and
     * {@code Mary}, {@code Mika} and {@code Mike}, {@code Heil} and {@code Neil}, {@code Hala} and
     * {@code Hall} are names of their own.
     */
    private static final int MIN_CAPITALISED = 5;
    /** The letters a transliteration swaps for one another ({@link #vowelForVowel}). */
    private static final String VOWELS = "aeiouy";

    private final TermIndex terms;
    private final int minCount;
    private final int ratio;
    /**
     * How far ({@link EditCost}) a word may be from a frequent corpus name to be a typo of it, and
     * from anything for the parts of a hyphenated word ({@code Adbel-Rahman}), where a part further
     * off may be a transliteration ({@code Al-Qaim}, {@code Al Qaima}).
     */
    static final double NAME_SLIP = 1.0;
    static final double PART_SLIP = 0.6;

    private final Map<String, List<Term>> byDeletion = new HashMap<>();
    private final Set<Term> names = new HashSet<>();
    /**
     * The names that are dictionary words too ({@code Studio} of {@code Visual Studio}): a magnet
     * for a small-letter word only as close as a dictionary word is, one swap of neighbours or one
     * doubled letter ({@code stdio} is no slip of it).
     */
    private final Set<Term> wordNames = new HashSet<>();

    /** A view of the corpus in which only names are magnets (for words judged without a dictionary at hand). */
    CorpusNames(TermIndex terms, int minCount, int ratio) {
        this(terms, minCount, ratio, w -> false);
    }

    /**
     * A view of the corpus.
     *
     * @param known whether the dictionary has a word: its frequent words are magnets too, but only
     *              for lower-case words one swap of neighbours or one doubled letter away
     *              ({@code forcse}, {@code occured}); a capitalised word that near a common word is
     *              as often a name of its own ({@code Bakr}, {@code Weka}, {@code Arae}), so it
     *              needs the word written capitalised as often
     */
    CorpusNames(TermIndex terms, int minCount, int ratio, Predicate<String> known) {
        this.terms = terms;
        this.minCount = minCount;
        this.ratio = ratio;
        for (Term t : terms.terms()) {
            if (t.key().length() < MIN_LENGTH || t.count() < minCount) {
                continue;
            }
            String form = dominantForm(t);
            // an acronym attracts nothing: one letter more or less is another acronym (HTTP, https)
            boolean name = isName(t) && !acronym(form);
            if (name || known.test(form)) {
                for (String v : deletions(t.key())) {
                    byDeletion.computeIfAbsent(v, k -> new ArrayList<>(1)).add(t);
                }
                if (name) {
                    names.add(t);
                    if (known.test(t.key())) {
                        wordNames.add(t);
                    }
                }
            }
        }
    }

    /**
     * Whether a term is a frequent name: written capitalised in the middle of a sentence at least
     * {@code minCount} times, and more often so than in lower case.
     */
    private boolean isName(Term t) {
        int capital = 0;
        int lower = 0;
        for (Form f : t.forms().values()) {
            if (Character.isUpperCase(f.text().codePointAt(0))) {
                capital += f.casingEvidence();
            } else {
                lower += f.count();
            }
        }
        return capital >= minCount && capital > lower;
    }

    /** Whether the term of a word is written capitalised mid-sentence somewhere in the corpus. */
    boolean usedAsName(String word) {
        Term t = terms.termOf(word);
        if (t == null) {
            return false;
        }
        for (Form f : t.forms().values()) {
            if (Character.isUpperCase(f.text().codePointAt(0)) && f.casingEvidence() > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The most frequent form of the corpus term the word is a slip of, or null: a corpus name
     * (written capitalised mid-sentence at least {@code minCount} times) within one edit of the word,
     * no further than {@code maxSlip} ({@link EditCost}), or, when {@code words} is set and the
     * word is in lower case, a dictionary word the corpus uses at least {@code minCount} times one
     * swap of neighbours or one doubled letter from it; either at least {@code ratio} times as
     * frequent as the word. A capitalised word ({@code Vcitory}, in a headline) has a dictionary
     * word as its magnet only when the corpus writes that word capitalised ({@code Victory}) that
     * often too, which a name near a common word ({@code Bakr}, {@code bark}) seldom is; the
     * magnet is then given capitalised.
     */
    String magnetOf(String word, double maxSlip, boolean words) {
        String key = TermIndex.key(word);
        if (key.length() < MIN_CAPITALISED && Character.isUpperCase(word.codePointAt(0))) {
            return null;
        }
        boolean lower = words && key.equals(word);
        boolean capitalised = words && !lower && SpellingDictionary.capitalise(key).equals(word);
        Term self = terms.term(key);
        int own = self == null ? 1 : self.count();
        int enough = Math.max(minCount, own * ratio);
        Term best = null;
        for (String v : deletions(key)) {
            for (Term t : byDeletion.getOrDefault(v, List.of())) {
                boolean name = names.contains(t) && !(lower && wordNames.contains(t));
                if (!t.key().equals(key) && t.count() >= enough && !builtOn(word, key, t.key())
                        && !numberOf(key, t.key()) && !otherFirstLetter(key, t.key())
                        && !(own >= minCount && vowelForVowel(key, t.key())) && !sameLetters(key, t.key())
                        && (name ? EditCost.atMost(key, t.key(), maxSlip) <= maxSlip
                                 : (lower || capitalised && capitalisedCount(t) >= enough) && closeSlip(key, t.key()))
                        && (best == null || t.count() > best.count()
                        || t.count() == best.count() && t.key().compareTo(best.key()) < 0)) {
                    best = t;
                }
            }
        }
        if (best == null) {
            return null;
        }
        String form = dominantForm(best);
        return capitalised && !names.contains(best) ? SpellingDictionary.capitalise(form) : form;
    }

    /**
     * Whether two words differ in their first letter only ({@code Cython}, {@code Jython} beside
     * {@code Python}; {@code IPython}, {@code bpython} beside {@code CPython}): names of their own,
     * made so on purpose. A slip seldom hits a word's first letter, which writers and readers
     * attend to most, while names that share all but their first letter are common
     * ({@code Kerry}, {@code Perry}, {@code Terry}). Not a slip of the corpus's word; the
     * dictionary still judges the word.
     */
    static boolean otherFirstLetter(String a, String b) {
        return a.length() == b.length() && a.length() >= 4 && a.charAt(0) != b.charAt(0)
                && a.regionMatches(1, b, 1, a.length() - 1);
    }

    /**
     * Whether two words of one length differ in one letter only, a vowel in each: a spelling of a
     * transliterated name ({@code Hizbollah}, {@code Hezbollah}; {@code Mohammad},
     * {@code Mohammed}) when the corpus uses it {@code minCount} times or more, which the variant
     * check reports with the preferred form; a one-off {@code Damescus} is still a slip.
     */
    static boolean vowelForVowel(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int at = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        return at >= 0 && VOWELS.indexOf(a.charAt(at)) >= 0 && VOWELS.indexOf(b.charAt(at)) >= 0;
    }

    /**
     * Whether two words differ only in hyphens ({@code Viet-Nam}, {@code Vietnam}; {@code
     * south-west}, {@code southwest}): a spelling, which the variant check reports with the
     * preferred form, not a slip of the keyboard.
     */
    static boolean sameLetters(String a, String b) {
        return a.indexOf('-') + b.indexOf('-') > -2 && a.replace("-", "").equals(b.replace("-", ""));
    }

    /**
     * Whether two keys are one term in the singular and the plural: one is the other with an
     * {@code s} at the end ({@code pacifics} beside {@code Pacific}, {@code post-offices} beside
     * {@code Post-Office}, {@code canaller} beside {@code Canallers}). A plural the dictionary
     * lacks is the word's own business (the unknown-word verdict), and a difference of capitals the
     * casing check's, not a slip of the keyboard toward the name.
     */
    static boolean numberOf(String a, String b) {
        return a.length() == b.length() + 1 && a.endsWith("s") && a.startsWith(b)
                || b.length() == a.length() + 1 && b.endsWith("s") && b.startsWith(a);
    }

    /**
     * Whether a capitalised word is another word of the corpus with a letter put in front, not the
     * same letter again: {@code Kubuntu}, {@code Xubuntu} beside {@code Ubuntu}. The capital has
     * moved to the new letter, which a slip of the keyboard does not do; it is a name made from the
     * name. A doubled first letter ({@code Ddamascus}) is still a slip.
     */
    private static boolean builtOn(String word, String key, String other) {
        return key.length() == other.length() + 1 && key.endsWith(other) && key.charAt(0) != other.charAt(0)
                && Character.isUpperCase(word.codePointAt(0));
    }

    /**
     * The most frequent forms of the frequent dictionary words and names (used at least
     * {@code minCount} times) one swap of neighbours or one doubled or undoubled letter from a word,
     * however often the word itself is used: the candidates for a real-word slip ({@code three},
     * {@code there}), which only the words around it can confirm.
     */
    List<String> closeWords(String word) {
        String key = TermIndex.key(word);
        List<String> out = new ArrayList<>(1);
        Set<Term> seen = new HashSet<>();
        for (String v : deletions(key)) {
            for (Term t : byDeletion.getOrDefault(v, List.of())) {
                if (seen.add(t) && !t.key().equals(key) && closeSlip(key, t.key())) {
                    out.add(dominantForm(t));
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** How often a term is written with a capital and the rest in lower case ({@code Victory}), wherever it stands. */
    private static int capitalisedCount(Term t) {
        String capitalised = SpellingDictionary.capitalise(t.key());
        int n = 0;
        for (Form f : t.forms().values()) {
            if (f.text().equals(capitalised)) {
                n += f.count();
            }
        }
        return n;
    }

    /**
     * Whether {@code a} is {@code b} with two neighbouring letters swapped ({@code forcse},
     * {@code forces}), or with one letter of a pair written once or a letter written twice
     * ({@code occured}, {@code occurred}).
     */
    static boolean closeSlip(String a, String b) {
        if (a.length() == b.length()) {
            int i = 0;
            while (i < a.length() && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        boolean doubled = i > 0 && longer.charAt(i) == longer.charAt(i - 1)
                || i + 1 < longer.length() && longer.charAt(i) == longer.charAt(i + 1);
        return doubled && longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }

    private static String dominantForm(Term t) {
        Form best = null;
        for (Form f : t.forms().values()) {
            if (best == null || f.count() > best.count()) {
                best = f;
            }
        }
        return best.text();
    }

    /** Whether a form is written in capitals only, two or more ({@code HTTP}, {@code NATO}). */
    private static boolean acronym(String form) {
        int letters = 0;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isUpperCase(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    /** The word itself and every string one deletion away from it. */
    private static List<String> deletions(String key) {
        List<String> out = new ArrayList<>(key.length() + 1);
        out.add(key);
        for (int i = 0; i < key.length(); i++) {
            out.add(key.substring(0, i) + key.substring(i + 1));
        }
        return out;
    }
}
