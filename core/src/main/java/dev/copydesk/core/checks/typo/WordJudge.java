package dev.copydesk.core.checks.typo;

import dev.copydesk.core.check.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether one written form is a typo, and how sure that is: known misspellings first,
 * then the dictionary, then the corpus (a magnet form nearby; a name used consistently), then the
 * ranked dictionary suggestions. Not thread-safe (its lookups cache).
 */
final class WordJudge {
    private static final Pattern HYPHEN = Pattern.compile("[-\u2010\u2011]");
    private static final double CLOSE = 1.0;
    private static final double PLAUSIBLE = 1.6;
    private static final int SHORT = 3;
    /**
     * A capitalised word this long with a plausible correction is reported (as information) even
     * when the correction is not close: a name that long is seldom so near a dictionary word, while
     * a sentence can start with a misspelling ({@code Occusionaly}, {@code Unfortally}).
     */
    static final int LONG = 9;
    /** The frequency class (0-25) from which a dictionary word counts as in common use ({@link #likelyMeant}). */
    private static final int COMMON_WORD = 6;
    /** The frequency class from which a capitalised dictionary word counts as a well-known name. */
    private static final int COMMON_NAME = 10;
    /**
     * The length from which a small-letter word one near slip ({@link #NEAR_SLIP}) from any
     * dictionary word is a typo of it, however rare that word.
     */
    private static final int LONG_SLIP = 10;
    /** A near slip: about the cost of a doubled or undoubled letter, a swap of neighbours, a vowel for a vowel. */
    private static final double NEAR_SLIP = 0.6;

    /** The reason given for a word that is simply not in the dictionary (no list, no magnet, no dialect). */
    static final String UNKNOWN = "not in the dictionary";
    /** The end of the reason given for a hyphenated word with a part the dictionary lacks, after the quoted part. */
    private static final String PART_UNKNOWN = "' is not in the dictionary";
    /** The reason given for a word of the larger list of rare words ({@link RareWords}). */
    static final String RARE_WORD = "a rare word, not in the dictionary but in SCOWL's larger list";
    /** How the reason given for a slip of a corpus magnet starts; the magnet follows, quoted. */
    static final String FREQUENT_AS = "frequent in this corpus as '";
    /** The reason given for a word of the lists of common misspellings. */
    static final String COMMON_MISSPELLING = "common misspelling";

    private final Lookup lookup;
    private final Lookup otherDialect;
    private final Suggester suggester;
    private final KnownMisspellings known;
    private final CorpusNames names;
    private final Set<String> accepted;
    private final int maxSuggestions;
    private final int rareRealWord;
    private final RareWords rareWords;

    WordJudge(Lookup lookup, Lookup otherDialect, KnownMisspellings known, CorpusNames names, Set<String> accepted,
              int maxSuggestions, int rareRealWord, Map<String, List<Suggester.Suggestion>> rankings,
              RareWords rareWords) {
        this.lookup = lookup;
        this.otherDialect = otherDialect;
        this.known = known;
        this.suggester = new Suggester(lookup, known, rankings);
        this.names = names;
        this.accepted = accepted;
        this.maxSuggestions = maxSuggestions;
        this.rareRealWord = rareRealWord;
        this.rareWords = rareWords;
    }

    /**
     * A verdict on a typo.
     *
     * @param severity    WARNING when sure, INFO when it may be a rare word or a name
     * @param confidence  0..1
     * @param reason      the message's reason
     * @param suggestions corrections, best first
     * @param english     whether the word is English all the same (the other dialect's spelling, a
     *                    real-word slip), so no evidence that its sentence is in another language
     *                    ({@link ForeignPassages}); not said of common misspellings, as the lists
     *                    have words of other languages ({@code infiniment})
     */
    record Verdict(Severity severity, double confidence, String reason, List<String> suggestions, boolean english) {
        /** A word of another language: never reported, but evidence that its sentence is foreign. */
        static final Verdict FOREIGN = new Verdict(Severity.INFO, 0, "a word of another language", List.of());

        /** A verdict on a word that may not be English. */
        Verdict(Severity severity, double confidence, String reason, List<String> suggestions) {
            this(severity, confidence, reason, suggestions, false);
        }

        /**
         * This verdict on a word the dictionary merely lacks, lowered to information because the
         * corpus uses the word as a term of its own: {@code times} times in {@code documents}
         * documents, in different company each time ({@code frequentist} across a class's answers
         * on statistics).
         */
        Verdict asTerm(int times, int documents) {
            return lowered(0.4, "; used " + times + " times in " + documents
                    + (documents == 1 ? " document" : " documents"));
        }

        /**
         * This verdict on a word the dictionary merely lacks, lowered to information because the
         * corpus writes the word in code elsewhere ({@link TypoCheck#lowerCodeWords}).
         */
        Verdict inCode() {
            return lowered(0.3, "; written as code elsewhere");
        }

        /** This verdict at {@code info}, with a confidence and an addition to its reason. */
        private Verdict lowered(double confidence, String addition) {
            return new Verdict(Severity.INFO, confidence, reason + addition, suggestions, english);
        }

        /** This verdict on a word alone in its block, lowered to information: a name or a label. */
        Verdict alone() {
            return lowered(Math.min(confidence, 0.5), "; alone in its paragraph");
        }

        /** The corpus word this verdict takes the word for a slip of, or null when it is no such slip. */
        String magnet() {
            return reason.startsWith(FREQUENT_AS) ? suggestions.get(0) : null;
        }

        /**
         * This verdict on a slip of a corpus magnet, lowered to information where the magnet is
         * nowhere near: a name used in other stories, not in this one, is weak evidence that a
         * name one letter from it is its slip ({@code Ban Klong Prao} beside {@code Hong Kong}
         * elsewhere).
         */
        Verdict farFromMagnet() {
            return lowered(0.5, ", though not near here");
        }

        /**
         * This verdict on a common misspelling, lowered to information where the word stands in a
         * name of several capitalised words ({@code Serie A}, {@code Benjamin Meeds}): a name may be
         * spelt so, and the list's correction ({@code Series}, {@code Needs}) would be wrong there.
         */
        Verdict inName() {
            return lowered(0.5, ", but in a name");
        }

        /**
         * The word, or the part of a hyphenated word, that this verdict finds simply missing from
         * the dictionary, in lower case ({@code mdast} of {@code mdast-util-gfm}); null for any
         * other verdict (a known misspelling, a corpus magnet, the other dialect).
         *
         * @param text the word the verdict is on
         */
        String unknownWord(String text) {
            if (reason.equals(UNKNOWN)) {
                return SpellingDictionary.lower(text);
            }
            return reason.startsWith("'") && reason.endsWith(PART_UNKNOWN)
                    ? SpellingDictionary.lower(reason.substring(1, reason.length() - PART_UNKNOWN.length())) : null;
        }
    }

    /**
     * The verdict on a form, or null when it is fine.
     *
     * @param word          the form as written
     * @param midSentenceCapital whether it is written capitalised somewhere other than a sentence start or heading
     */
    Verdict judge(String word, boolean midSentenceCapital) {
        if (!checkable(word) || accepted.contains(acceptKey(word))) {
            return null;
        }
        String lower = SpellingDictionary.lower(word);
        boolean inDictionary = lookup.isKnown(word);
        // a word in common use in the other dialect is its spelling, not a misspelling (focusses,
        // British beside the list's focuses): the dialect rules below judge it; read from the packed
        // dictionary, as unpacking the other dialect's for a few words would cost more than it saves
        if (known.contains(lower) && (!inDictionary || lookup.frequency(word) <= rareRealWord)
                && !(otherDialect.isKnown(word) && otherDialect.packedFrequency(word) > rareRealWord)) {
            return new Verdict(Severity.WARNING, inDictionary ? 0.85 : 0.95, COMMON_MISSPELLING, top(word));
        }
        if (inDictionary) {
            return null;
        }
        boolean hyphenated = HYPHEN.matcher(word).find();
        String verb = archaicVerb(lower);
        if (verb != null && Character.isLowerCase(word.codePointAt(0))) {
            return archaic(word, verb); // before the corpus magnets: thou owest, not a slip of the name West
        }
        // a word of the other dialect is not a slip of this one's (centre beside center)
        String magnet = names.magnetOf(word, CorpusNames.NAME_SLIP, !otherDialect.isKnown(word));
        if (magnet != null) {
            List<String> s = new ArrayList<>(List.of(magnet));
            if (!hyphenated) { // the dictionary's corrections of a whole hyphenated name are noise
                s.addAll(top(word));
            }
            return new Verdict(Severity.WARNING, 0.9, FREQUENT_AS + magnet + "'", distinct(s));
        }
        if (hyphenated) {
            return judgeParts(word);
        }
        if (lookup.isKnownInOtherCase(word) || midSentenceCapital || names.usedAsName(word)) {
            return null; // a casing question, or a name
        }
        if (foreign(word)) {
            return Verdict.FOREIGN;
        }
        if (drawnOut(word)) {
            return null;
        }
        if (otherDialect.isKnown(word)) {
            return new Verdict(Severity.INFO, 0.4, "spelling of the other dialect", top(word), true);
        }
        if (verb != null) {
            return archaic(word, verb);
        }
        String base = derivedFrom(lower);
        if (base != null) {
            return new Verdict(Severity.INFO, 0.3, "formed regularly from '" + base + "'", top(word), true);
        }
        String elided = elided(word);
        if (elided != null) {
            // not evidence of English: ch'i and t'ai are romanised Chinese, and a passage of them is foreign
            return new Verdict(Severity.INFO, 0.3, "elision of '" + elided + "'", List.of(elided));
        }
        Verdict compound = closedCompound(word);
        if (compound != null) {
            return compound;
        }
        if (rare(word)) { // fasces, puffery: English, only rare, and no slip of a corpus name (above)
            return new Verdict(Severity.INFO, 0.2, RARE_WORD, top(word), true);
        }
        return byDictionary(word, Character.isUpperCase(word.codePointAt(0)));
    }

    private Verdict archaic(String word, String verb) {
        return new Verdict(Severity.INFO, 0.3, "archaic form of '" + verb + "'", top(word), true);
    }

    /** The modal verbs, which have no {@code -s} or {@code -ing} form but take the archaic {@code -est}. */
    private static final Set<String> MODALS = Set.of("may", "might", "must", "shall", "should", "will", "would",
            "can", "could", "dare", "need", "ought");

    /**
     * The verb of which a word the dictionary lacks is the archaic second or third person
     * ({@code makest}, {@code wantest}, {@code gettest}, {@code liest}, {@code cometh},
     * {@code laugheth}, {@code would'st}, {@code liv'st}), or null. Scripture, verse and
     * nineteenth-century prose use these by the page; the dictionary has only the irregular ones
     * ({@code hath}, {@code doth}, {@code canst}). The stem must be a verb by the dictionary's own
     * evidence, an {@code -s} and an {@code -ing} form ({@code make}: {@code makes}, {@code making}),
     * or a modal, so a misspelt superlative of an adjective ({@code bigest}) is still a typo.
     *
     * @param lower the word in lower case
     */
    String archaicVerb(String lower) {
        int apostrophe = Math.max(lower.lastIndexOf('\''), lower.lastIndexOf('\u2019'));
        if (apostrophe > 1 && lower.endsWith("st") && apostrophe == lower.length() - 3) {
            String stem = lower.substring(0, apostrophe); // could'st, liv'st, saw'st
            for (String base : new String[] {stem, stem + "e"}) {
                if (lookup.isKnown(base)) {
                    return base;
                }
            }
            return null;
        }
        if (apostrophe >= 0 || lower.length() < 5 || !(lower.endsWith("est") || lower.endsWith("eth"))) {
            return null;
        }
        String stem = lower.substring(0, lower.length() - 3); // want-est, laugh-eth
        String withE = lower.substring(0, lower.length() - 2); // make-st, come-th, lie-st
        if (verb(withE)) { // owe-st, hope-st: a short stem with a vowel is not the verb (ow, hop)
            return withE;
        }
        if (verb(stem) || MODALS.contains(stem)) {
            return stem;
        }
        int n = stem.length(); // get-t-est: a short stem doubles its last consonant
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiou".indexOf(stem.charAt(n - 1)) < 0
                && "aeiou".indexOf(stem.charAt(n - 3)) >= 0 && verb(stem.substring(0, n - 1))) {
            return stem.substring(0, n - 1);
        }
        return null;
    }

    /**
     * The dictionary word of which a word with an apostrophe inside is the elision, one or two
     * letters left out where the apostrophe stands ({@code e'en}: {@code even}; {@code reg'lar}:
     * {@code regular}; {@code a'most}: {@code almost}; {@code t'gallant}: {@code topgallant}), or
     * null. Dialogue and verse spell speech so; a stray apostrophe typed into a word leaves no
     * letters out ({@code wo'nt}, {@code arc'ing}), and the common misspellings ({@code did'nt})
     * are judged before.
     * Of several such words, the most frequent.
     *
     * @param word the word as written
     */
    String elided(String word) {
        String plain = word.replace('\u2019', '\'');
        int at = plain.indexOf('\'');
        int second = plain.indexOf('\'', at + 1); // hav'n't: haven't
        if (at <= 0 || at >= word.length() - 1 || second >= 0 && !(second == plain.length() - 2 && plain.endsWith("n't"))
                || !Character.isLetter(word.charAt(at - 1)) || !Character.isLetter(word.charAt(at + 1))) {
            return null;
        }
        String before = plain.substring(0, at);
        String after = plain.substring(at + 1);
        if (lookup.isKnown(before + after)) {
            return null; // arc'ing: the apostrophe stands for nothing, and arcing is the word
        }
        if (CONTRACTION_ENDINGS.contains(after)) {
            return null; // a possessive or a contraction of its own: judged as written
        }
        String best = null;
        int bestFrequency = -1;
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = '`'; b <= 'z'; b++) { // '`' stands for no second letter
                String candidate = before + a + (b == '`' ? "" : String.valueOf(b)) + after;
                if (lookup.isKnown(candidate) && lookup.frequency(candidate) > bestFrequency) {
                    best = candidate;
                    bestFrequency = lookup.frequency(candidate);
                }
            }
        }
        return best == null || plain.equals(word) ? best : best.replace('\'', '\u2019');
    }

    /** What follows the apostrophe of a possessive or a contraction ({@code 's}, {@code n't}, {@code 'll}). */
    private static final Set<String> CONTRACTION_ENDINGS = Set.of("s", "t", "ll", "re", "ve", "d", "m");

    /** The least length of the dictionary word a regular formation is made from. */
    private static final int MIN_DERIVED_BASE = 6;

    /**
     * The dictionary word of which a word it lacks is a regular formation, or null: the plural of
     * a verbal noun ({@code flutterings}: {@code fluttering}), an adverb of a participle
     * ({@code reelingly}, {@code unappeasedly}), a negation with {@code un-} ({@code unharming}),
     * an adjective in {@code -ed} of a noun that is no verb ({@code single-anthered}: {@code anther}).
     * English makes these at will and word lists have only the common ones; novels and essays use
     * the others. The base must be a dictionary word of {@value #MIN_DERIVED_BASE} letters or more,
     * so a slip in a short word ({@code unform} for {@code uniform}) is still a typo.
     *
     * @param lower the word in lower case
     */
    String derivedFrom(String lower) {
        if (!lower.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return null;
        }
        String base = null;
        if (lower.endsWith("ings")) {
            base = lower.substring(0, lower.length() - 1);
        } else if (lower.endsWith("ingly") || lower.endsWith("edly")) {
            base = lower.substring(0, lower.length() - 2);
        } else if (lower.startsWith("un")) {
            base = lower.substring(2);
        } else if (lower.endsWith("ed")) {
            // an adjective of a noun (anthered): the noun must be no verb, whose own past the
            // dictionary would have, so occured and commited stay typos, and no plural (scrutiniesed)
            String noun = lower.substring(0, lower.length() - 2);
            base = verb(noun) || noun.endsWith("s") ? null : noun;
        }
        return base != null && base.length() >= MIN_DERIVED_BASE && lookup.isKnown(base) ? base : null;
    }

    /** Whether the dictionary has a word with an {@code -s} and an {@code -ing} form: a verb. */
    private boolean verb(String base) {
        if (base.length() < 2 || !lookup.isKnown(base)) {
            return false;
        }
        boolean s = lookup.isKnown(base + "s") || lookup.isKnown(base + "es");
        String last = base.substring(base.length() - 1);
        boolean ing = lookup.isKnown(base + "ing") || lookup.isKnown(base + last + "ing")
                || base.endsWith("e") && lookup.isKnown(base.substring(0, base.length() - 1) + "ing")
                || base.endsWith("ie") && lookup.isKnown(base.substring(0, base.length() - 2) + "ying");
        return s && ing;
    }

    /** Words that never make half of a closed compound: {@code tothe} is a missing space, not a compound. */
    private static final Set<String> NOT_IN_COMPOUNDS = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "by",
            "and", "or", "but", "for", "nor", "is", "are", "was", "were", "be", "it", "its", "as", "if", "so", "that",
            "this", "with", "from", "not", "you", "he", "she", "we", "they", "his", "her", "our", "their", "my", "your",
            "full", "fully", "ness", "less", "ment", "ments", "ing", "ings", "ed", "ly", "ally", "ably", "ion", "ions",
            "ism", "ity", "ful");
    /** The least dictionary frequency class of each half: compounds are made of common words. */
    private static final int MIN_COMPOUND_FREQUENCY = 11;
    private static final int MIN_COMPOUND = 7;
    private static final int MIN_COMPOUND_PART = 3;

    /**
     * A small-letter word the dictionary lacks that is two of its common words written as one, each
     * of three letters or more and neither a function word nor a suffix: {@code powerplant},
     * {@code rollcall}, {@code autoworkers}, {@code redtape}. Style guides differ on such compounds
     * (closed, hyphenated or open), so this is reported at info with the open and hyphenated forms,
     * not as a typo with the nearest dictionary word ({@code PowerPoint}, {@code recall}). Not when a
     * word of the dictionary is a small slip away ({@code carefull}), nor where a half is rare
     * ({@code bank rot} for {@code bankrot}) or a suffix ({@code proper ally} for {@code properally})
     * ({@link #commonSplit}).
     */
    private Verdict closedCompound(String word) {
        int best = word.length() < MIN_COMPOUND ? -1 : commonSplit(word, MIN_COMPOUND_PART, NOT_IN_COMPOUNDS);
        if (best < 0 || closeCorrection(word)) {
            return null;
        }
        String left = word.substring(0, best);
        String right = word.substring(best);
        return new Verdict(Severity.INFO, 0.5, "two words written as one? '" + left + " " + right + "'",
                List.of(left + " " + right, left + "-" + right), true);
    }

    /**
     * Where a small-letter word splits into two dictionary words of frequency class
     * {@value #MIN_COMPOUND_FREQUENCY} or more, each of {@code minPart} letters or more and neither
     * in {@code excluded}: of several such splits, the one whose rarer half is the more frequent
     * ({@code rock solid}, not {@code rocks olid}); -1 if there is none.
     */
    private int commonSplit(String word, int minPart, Set<String> excluded) {
        if (!word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return -1;
        }
        int best = -1;
        int bestFrequency = MIN_COMPOUND_FREQUENCY - 1;
        for (int k = minPart; k <= word.length() - minPart; k++) {
            String left = word.substring(0, k);
            String right = word.substring(k);
            if (excluded.contains(left) || excluded.contains(right) || !lookup.isKnown(left) || !lookup.isKnown(right)) {
                continue;
            }
            int frequency = Math.min(lookup.frequency(left), lookup.frequency(right));
            if (frequency > bestFrequency) {
                best = k;
                bestFrequency = frequency;
            }
        }
        return best;
    }

    /**
     * Whether an unknown word has a letter English spells only in loans and names ({@code anarquía},
     * {@code spørgsmål}, {@code aszú}): a word of another language, which nobody mistypes into.
     */
    static boolean foreign(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 128 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the list of rare words has the word as written or, capitalised, in lower case. */
    private boolean rare(String word) {
        return rareWords.contains(word) || Character.isUpperCase(word.codePointAt(0))
                && rareWords.contains(SpellingDictionary.lower(word));
    }

    /** Whether a letter is written four times running ({@code goooooal}, {@code Noooo}): drawn out on purpose. */
    static boolean drawnOut(String word) {
        int run = 1;
        for (int i = 1; i < word.length(); i++) {
            run = Character.toLowerCase(word.charAt(i)) == Character.toLowerCase(word.charAt(i - 1)) ? run + 1 : 1;
            if (run == 4 && Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the dictionary has a word within a small slip of this one ({@code carefull}: {@code careful}). */
    private boolean closeCorrection(String word) {
        for (Suggester.Suggestion s : suggester.suggest(word)) {
            if (s.cost() <= CLOSE) {
                return true;
            }
        }
        return false;
    }

    private Verdict byDictionary(String word, boolean capitalised) {
        List<Suggester.Suggestion> ranked = suggester.suggest(word);
        double best = Double.MAX_VALUE; // the closest of the corrections offered
        for (Suggester.Suggestion s : ranked.subList(0, Math.min(maxSuggestions, ranked.size()))) {
            best = Math.min(best, s.cost());
        }
        if (capitalised) {
            boolean longPlausible = word.length() >= LONG && best <= PLAUSIBLE;
            return best <= CLOSE || longPlausible ? new Verdict(Severity.INFO, 0.5, UNKNOWN, top(word)) : null;
        }
        boolean likely = false; // a close correction that is likely to be meant: a typo rather than a rare word
        for (Suggester.Suggestion s : ranked.subList(0, Math.min(maxSuggestions, ranked.size()))) {
            likely |= s.cost() <= PLAUSIBLE && likelyMeant(word, s);
        }
        return likely && word.length() > SHORT
                ? new Verdict(Severity.WARNING, 0.8, UNKNOWN, top(word, true))
                : new Verdict(Severity.INFO, 0.5, UNKNOWN, top(word, true));
    }

    /**
     * Whether a correction is likely enough to be what was meant for a small-letter word the
     * dictionary lacks to be reported as a typo rather than as a word the dictionary may merely not
     * have: a word in common use (frequency class {@value #COMMON_WORD} or more: {@code timimg},
     * {@code timing}), a well-known name ({@value #COMMON_NAME} or more: {@code isreal},
     * {@code Israel}), or, for a long word, one slip from a rarer word ({@code dessiccate},
     * {@code desiccate}), as long words are seldom that near another by chance. The rest is the
     * noisy channel's prior: a rare word one slip from a rarer one is more often a word of its
     * own ({@code untick}, {@code untuck}; {@code cyclases}, {@code cycloses}; {@code guerre},
     * {@code Guerra}) than a slip.
     */
    private boolean likelyMeant(String word, Suggester.Suggestion s) {
        int f = lookup.frequency(s.word());
        if (Character.isUpperCase(s.word().codePointAt(0))) {
            return f >= COMMON_NAME;
        }
        return f >= COMMON_WORD || word.length() >= LONG_SLIP && s.cost() <= NEAR_SLIP;
    }

    private Verdict judgeParts(String word) {
        String[] parts = HYPHEN.split(word, -1);
        for (String p : parts) {
            if (foreign(p) && !lookup.isKnown(p)) {
                return Verdict.FOREIGN; // Chevau-léger: a loan, as a whole
            }
        }
        String dialectPart = null; // drab-coloured in en-US copy: the other dialect's spelling, unless a part is a slip
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty() || lookup.isKnown(p) || accepted.contains(acceptKey(p))) {
                continue;
            }
            if (otherDialect.isKnown(p)) {
                dialectPart = dialectPart == null ? p : dialectPart;
                continue;
            }
            if (rare(p)) { // charnel-house: a rare word is no slip, here as alone
                continue;
            }
            // only the closest slips: a part of a name may be a transliteration of another (Al-Qaim, Al Qaima)
            String magnet = names.magnetOf(p, CorpusNames.PART_SLIP, !otherDialect.isKnown(p));
            if (magnet != null) { // Adbel-Rahman beside a hundred Abdel
                return new Verdict(Severity.WARNING, 0.9, "'" + p + "' is frequent in this corpus as '" + magnet + "'",
                        List.of(withPart(word, p, magnet)));
            }
            boolean prefix = i < parts.length - 1 && p.length() <= 4;
            if (Character.isUpperCase(p.codePointAt(0)) || prefix || lookup.isKnownInOtherCase(p)
                    || names.usedAsName(p)) {
                continue; // a name, or a name written small: a casing question (commonmark-compliant beside CommonMark)
            }
            // a part judged as the word alone would be: single-anthered, folkhop-influenced
            String base = derivedFrom(SpellingDictionary.lower(p));
            if (base != null) {
                return new Verdict(Severity.INFO, 0.3, "'" + p + "' is formed regularly from '" + base + "'", List.of(), true);
            }
            Verdict compound = closedCompound(p);
            if (compound != null) {
                List<String> open = new ArrayList<>();
                for (String s : compound.suggestions()) {
                    open.add(withPart(word, p, s));
                }
                return new Verdict(Severity.INFO, 0.5, "'" + p + "': " + compound.reason(), open, true);
            }
            List<String> whole = new ArrayList<>();
            String split = missingHyphen(p);
            if (split != null) { // right-toknow: right-to-know
                whole.add(withPart(word, p, split));
            }
            for (String s : top(p)) {
                if (whole.size() < maxSuggestions) {
                    whole.add(withPart(word, p, s));
                }
            }
            return new Verdict(Severity.WARNING, 0.7, "'" + p + PART_UNKNOWN, whole);
        }
        if (dialectPart == null) {
            return null;
        }
        List<String> whole = new ArrayList<>();
        for (String s : top(dialectPart)) {
            if (whole.size() < maxSuggestions) {
                whole.add(withPart(word, dialectPart, s));
            }
        }
        return new Verdict(Severity.INFO, 0.4, "'" + dialectPart + "' is a spelling of the other dialect", whole, true);
    }

    /**
     * A part of a hyphenated word that is two common words with the hyphen between them left out
     * ({@code toknow} in {@code right-toknow}, {@code stayat} in {@code stay-at-home}), written with it;
     * null if there is none. Function words count here, as they fill such compounds
     * ({@link #commonSplit}).
     */
    private String missingHyphen(String part) {
        int k = part.length() < 4 ? -1 : commonSplit(part, 2, Set.of());
        return k < 0 ? null : part.substring(0, k) + "-" + part.substring(k);
    }

    /** The hyphenated word with its (first) part {@code part} written {@code replacement}. */
    private static String withPart(String word, String part, String replacement) {
        int at = word.indexOf(part);
        return word.substring(0, at) + replacement + word.substring(at + part.length());
    }

    /** How an accepted word is compared: lower case, with a typographic apostrophe as a straight one. */
    static String acceptKey(String word) {
        return SpellingDictionary.lower(word).replace('\u2019', '\'');
    }

    /**
     * The best suggestions for a word. A possessive is corrected in its stem and keeps its ending as
     * typed ({@code regmie’s} gives {@code regime’s}, not {@code regimes}).
     */
    List<String> top(String word) {
        return top(word, false);
    }

    /**
     * The best suggestions for a word, from a wide search ({@link Suggester#suggest(String, boolean)})
     * if asked: for a word reported only because the dictionary lacks it, where nothing else (the
     * list of misspellings, the corpus) says what was meant.
     */
    List<String> top(String word, boolean wide) {
        int stem = possessiveStem(word);
        String ending = word.substring(stem);
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Suggester.Suggestion s : suggester.suggest(word.substring(0, stem), wide)) {
            if (out.size() == maxSuggestions) {
                break;
            }
            if (seen.add(SpellingDictionary.lower(s.word()))) {
                out.add(s.word() + ending);
            }
        }
        return out;
    }

    /** Where a possessive {@code 's} or {@code ’s} starts in a word of three letters or more before it, else its length. */
    static int possessiveStem(String word) {
        int n = word.length();
        if (n >= 5 && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019')
                && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')) {
            return n - 2;
        }
        return n;
    }

    /**
     * Whether a token is a word a dictionary can judge: Latin letters, no dots, two letters or more,
     * and no capital straight after a small letter. That last is an identifier or a brand
     * ({@code maxDate}, {@code iPhone}, {@code eBay}, {@code McDonald}), not a slip of the keyboard.
     */
    static boolean checkable(String word) {
        if (word.length() < 2 || word.indexOf('.') >= 0) {
            return false;
        }
        boolean afterSmall = false;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN
                    || afterSmall && Character.isUpperCase(c)) {
                return false;
            }
            afterSmall = Character.isLowerCase(c);
            i += Character.charCount(c);
        }
        return true;
    }

    private static List<String> distinct(List<String> s) {
        return List.copyOf(new LinkedHashSet<>(s));
    }
}
