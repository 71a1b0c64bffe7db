package dev.copydesk.core.checks.typo;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.CheckOption;
import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.Occurrence;
import dev.copydesk.core.corpus.Once;
import dev.copydesk.core.corpus.PhraseIndex;
import dev.copydesk.core.corpus.TermIndex.Form;
import dev.copydesk.core.corpus.TermIndex;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Word;
import dev.copydesk.core.model.WordKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The {@code typo} check: words that are not in the dialect's dictionary, or are common
 * misspellings, each with corrections best first; names used consistently in the corpus are not
 * typos, and a rare word one edit from a frequent corpus word is a typo of it. Only tokens of
 * kind {@link WordKind#WORD} are judged, once per distinct form. The dictionaries, the list of
 * misspellings and the rankings of suggestions already made are kept by this instance (loaded on
 * first use; the rankings are a pure function of the word and the dictionary, capped in number).
 */
public final class TypoCheck implements Check {
    private static final CheckInfo INFO = new CheckInfo("typo",
            "Misspelt words and common misspellings, with corrections; names are recognised from the corpus",
            Severity.WARNING, List.of(
                    new CheckOption("suggestions", "5", "How many corrections to offer per typo."),
                    new CheckOption("magnet-min-count", "3",
                            "How often a corpus word must occur before its near misses count as its typos."),
                    new CheckOption("magnet-ratio", "3",
                            "How many times more frequent than the near miss the corpus word must be "
                            + "(twice that for a real-word slip)."),
                    new CheckOption("rare-word-frequency", "3",
                            "Dictionary words with a frequency class (0-25) up to this that are also common "
                            + "misspellings are reported; -1 never reports dictionary words."),
                    new CheckOption("term-min-places", "3",
                            "A small-letter word the dictionary lacks (alone or as a part of hyphenated words) "
                            + "that the corpus uses between at least this many different pairs of words, in "
                            + "one document or several, is reported as information, a likely term, not as a "
                            + "warning; 0 never lowers it.")));

    /** Forms are judged by this many workers at once, each with its own lookups (verdicts are pure). */
    private static final int WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** What parts the runs of letters of a piece of code ({@link #codeWords}). */
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    // Each piece of data is read once, on first need, under its own lock, so that the two threads
    // of prepare() can read different pieces at the same time.
    private final Map<Dialect, SpellingDictionary> dictionaries = new ConcurrentHashMap<>();
    private final Map<Dialect, Map<String, List<Suggester.Suggestion>>> rankings = new ConcurrentHashMap<>();
    private final Map<Dialect, KnownMisspellings> misspellings = new ConcurrentHashMap<>();
    private final Map<Dialect, RareWords> rareWords = new ConcurrentHashMap<>();
    private final Once<MisspellingTable> generalMisspellings = new Once<>(KnownMisspellings::generalTable);
    private final Once<Set<String>> extraWords = new Once<>(() -> KnownMisspellings.words("extra-words.txt"));
    private final Once<LoanPhrases> loanPhrases = new Once<>(LoanPhrases::load);
    private final Once<Set<String>> nameTitles = new Once<>(() -> KnownMisspellings.words("name-titles.txt"));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    /**
     * Reads the dialect's dictionary data, the misspellings list and the word lists ahead of a run,
     * in two halves on two threads (this one and a helper): the dictionary's automaton with the
     * misspellings, and its sound index with the rest. On one thread they were the longest wait of a
     * run over a few files (~220 ms; docs/performance-history.md, fourteenth session).
     */
    @Override
    public void prepare(Dialect dialect) {
        FutureTask<Void> sounds = new FutureTask<>(() -> {
            dictionary(dialect).prepareSounds();
            ChannelModel.shipped();
            extraWords();
            loanPhrases();
            nameTitles.get();
            rareWords(dialect);
            return null;
        });
        Thread helper = new Thread(sounds, "copydesk-prepare-typo-sounds");
        helper.setDaemon(true);
        helper.start();
        dictionary(dialect).wordAutomaton();
        misspellings(dialect);
        try {
            sounds.get(); // the helper's failure is this method's, as if one thread had read it all
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // what the helper did not read is read on first need
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public List<Finding> run(Corpus corpus, CheckContext context) {
        Lookup lookup = new Lookup(dictionary(context.dialect())); // this thread's: the workers have their own
        CorpusNames names = new CorpusNames(corpus.terms(), context.intOption("magnet-min-count"),
                context.intOption("magnet-ratio"), lookup::isKnown);
        List<Form> forms = wordForms(corpus);
        WordJudge.Verdict[] verdicts = new WordJudge.Verdict[forms.size()];
        AtomicInteger next = new AtomicInteger();
        IntStream.range(0, WORKERS).parallel().forEach(w -> {
            WordJudge judge = judge(context.dialect(), names, context.acceptedWords(),
                    context.intOption("suggestions"), context.intOption("rare-word-frequency"));
            for (int i = next.getAndIncrement(); i < verdicts.length; i = next.getAndIncrement()) {
                Form form = forms.get(i);
                boolean midCapital = form.casingEvidence() > 0 && Character.isUpperCase(form.text().codePointAt(0));
                verdicts[i] = judge.judge(form.text(), midCapital);
            }
        });
        lowerTerms(corpus, forms, verdicts, context.intOption("term-min-places"));
        lowerCodeWords(corpus, forms, verdicts);
        List<Finding> findings = new ArrayList<>();
        List<Finding> foreign = new ArrayList<>();
        Set<Finding> english = Collections.newSetFromMap(new IdentityHashMap<>());
        Lookup other = new Lookup(dictionary(otherDialect(context.dialect())));
        RealWordSlips slips = new RealWordSlips(corpus, names, w -> lookup.isKnown(w) && other.isKnown(w),
                context.intOption("magnet-min-count"), context.intOption("magnet-ratio"));
        int strongMagnet = context.intOption("magnet-min-count") * context.intOption("magnet-ratio");
        Map<String, Boolean> corrected = new HashMap<>();
        for (int i = 0; i < verdicts.length; i++) {
            if (verdicts[i] == null) {
                for (Map.Entry<Long, WordJudge.Verdict> slip : slips.of(forms.get(i)).entrySet()) {
                    if (!excused(corpus, slip.getKey(), lookup)) {
                        Finding f = finding(corpus, slip.getKey(), forms.get(i), slip.getValue());
                        findings.add(f);
                        if (slip.getValue().english()) {
                            english.add(f);
                        }
                    }
                }
            } else {
                for (long occurrence : forms.get(i).occurrences()) {
                    if (!excused(corpus, occurrence, lookup) && !inNameRun(corpus, occurrence, verdicts[i])
                            && !afterTitle(corpus, occurrence, verdicts[i], nameTitles.get())) {
                        // a species epithet is Latin, a gloss in brackets another language's word: not
                        // reported, but evidence of a foreign passage
                        boolean latin = verdicts[i] == WordJudge.Verdict.FOREIGN
                                || speciesEpithet(corpus, occurrence, verdicts[i], lookup)
                                || gloss(corpus, occurrence, verdicts[i]);
                        WordJudge.Verdict v = inName(corpus, occurrence, verdicts[i], lookup, corrected)
                                ? verdicts[i].inName() : verdicts[i];
                        if (farFromMagnet(corpus, occurrence, v, strongMagnet)) {
                            v = v.farFromMagnet();
                        }
                        if (aloneInBlock(corpus, occurrence, v)) {
                            v = v.alone();
                        }
                        Finding f = finding(corpus, occurrence, forms.get(i), v);
                        (latin ? foreign : findings).add(f);
                        if (verdicts[i].english()) {
                            english.add(f);
                        }
                    }
                }
            }
        }
        KnownMisspellings known = misspellings(context.dialect());
        return ForeignPassages.without(findings, foreign, english, corpus,
                w -> lookup.isKnown(w) || known.contains(SpellingDictionary.lower(w)));
    }

    /**
     * A word without its possessive or plural ending, so that {@code harpooneer's} and
     * {@code harpooneers} count as one term; null stays null.
     */
    static String stem(String word) {
        if (word == null) {
            return null;
        }
        String w = word.replace('\u2019', '\'');
        if (w.endsWith("'s") || w.endsWith("s'")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * Lowers to {@code info}, as likely terms of the corpus, the small-letter words the dictionary
     * lacks and the hyphenated words with such a part, grouped by that word ({@link #stem}):
     * {@code mdast} alone, in {@code mdast-util-gfm} and in {@code mdast-util-to-markdown} is one
     * term, counted together, and so are {@code harpooneers} and {@code harpooneer's}; forms
     * reported as information on their own count towards their group too ({@code frequentists}
     * beside {@code frequentist}), and are then reported as the term. A group is a term when
     * the corpus uses it in {@code min} different places (a different compound, or different
     * neighbouring words), in one document or in several: people writing a word put it in different
     * company ({@code podmins} in a forum thread: {@code for podmins to}, {@code other podmins could},
     * {@code confirmed podmins have}), while syndicated or recycled copy repeats a typo with the same
     * neighbours, however many documents it is in. A {@code min} of 0 lowers nothing.
     */
    static void lowerTerms(Corpus corpus, List<Form> forms, WordJudge.Verdict[] verdicts, int min) {
        if (min <= 0) {
            return;
        }
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < verdicts.length; i++) {
            WordJudge.Verdict v = verdicts[i];
            // info verdicts count too (frequentists beside frequentist)
            String word = v == null ? null : stem(v.unknownWord(forms.get(i).text()));
            if (word != null && !word.isEmpty() && Character.isLowerCase(forms.get(i).text().codePointAt(0))) {
                groups.computeIfAbsent(word, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : groups.values()) {
            Set<Integer> documents = new HashSet<>();
            Set<String> contexts = new HashSet<>();
            int times = 0;
            for (int i : group) {
                Form form = forms.get(i);
                times += form.count();
                String text = SpellingDictionary.lower(form.text());
                for (long occurrence : form.occurrences()) {
                    documents.add(Occurrence.document(occurrence));
                    if (contexts.size() < min) {
                        List<Word> words = corpus.block(occurrence).words();
                        int at = Occurrence.word(occurrence);
                        String before = at > 0 ? words.get(at - 1).text() : "";
                        String after = at + 1 < words.size() ? words.get(at + 1).text() : "";
                        contexts.add(text + ' ' + SpellingDictionary.lower(before) + ' ' + SpellingDictionary.lower(after));
                    }
                }
            }
            if (contexts.size() >= min) { // the documents only go into the message
                for (int i : group) {
                    verdicts[i] = verdicts[i].asTerm(times, documents.size());
                }
            }
        }
    }

    /**
     * Lowers to {@code info} the words the dictionary lacks, or the hyphenated words with such a
     * part, that the corpus also writes in code: a program, a package, a file or an option named
     * in prose ({@code rsync}, {@code preinst}, {@code apt-cacher-ng}) beside {@code `rsync -a`} or
     * a PDF's monospaced {@code /var/lib/dpkg/info/foo.preinst}. The corpus's own code is the
     * evidence that such a word is a term of it; a writer who forgot to mark it as code has made
     * no typo. A word of the lists of common misspellings and a slip of a corpus name are
     * judged on their own evidence and kept.
     */
    static void lowerCodeWords(Corpus corpus, List<Form> forms, WordJudge.Verdict[] verdicts) {
        Set<String> code = codeWords(corpus);
        if (code.isEmpty()) {
            return;
        }
        for (int i = 0; i < verdicts.length; i++) {
            WordJudge.Verdict v = verdicts[i];
            String word = v == null || v.severity() != Severity.WARNING ? null : v.unknownWord(forms.get(i).text());
            if (word != null && (code.contains(word) || code.contains(stem(word)))) {
                verdicts[i] = v.inCode();
            }
        }
    }

    /**
     * The words, in lower case, that the corpus's marked code ({@link Corpus#code}) is made of:
     * its runs of letters ({@code apt-cacher-ng} gives {@code apt}, {@code cacher} and {@code ng}).
     */
    static Set<String> codeWords(Corpus corpus) {
        Set<String> words = new HashSet<>();
        for (String text : corpus.code()) {
            for (String run : NOT_LETTERS.split(text)) {
                if (!run.isEmpty()) {
                    words.add(SpellingDictionary.lower(run));
                }
            }
        }
        return words;
    }

    /**
     * Whether one occurrence of a flagged form is not a typo where it stands: a piece of a word cut
     * off by an ellipsis ({@code ...esident}, {@code Tou...}: an excerpt, not a misspelling), code
     * between backticks in plain text ({@code `rbtrace`}), a word of a Latin or French phrase
     * English copy uses as it is ({@code de facto}), a dropped g marked by an apostrophe
     * ({@code doin'}, {@code nothin'}: speech, written as spoken), a form cited between
     * quotation marks ({@link #citedForm}: {@code pronounced "dialek"}), or {@code therefor} in its
     * own sense ({@link #ownSenseTherefor}: {@code the reasons therefor}).
     */
    private boolean excused(Corpus corpus, long occurrence, Lookup lookup) {
        Block block = corpus.block(occurrence);
        Word word = corpus.word(occurrence);
        return truncated(block.text(), word.start(), word.end())
                || perUnit(block.text(), word.start())
                || inBackticks(block.text(), word.start(), word.end())
                || droppedG(block.text(), word.text(), word.end(), lookup)
                || citedForm(block, Occurrence.word(occurrence))
                || ownSenseTherefor(block, Occurrence.word(occurrence))
                || loanPhrases().covers(block.words(), Occurrence.word(occurrence));
    }

    /**
     * Whether a capitalised word the dictionary merely lacks (an info-level verdict, not a known
     * misspelling or a corpus magnet) starts a run of capitalised words: {@code Montse Saez},
     * {@code Wayde van Niekerk}. At the start of a sentence its capital proves nothing, but the
     * capital after it does: names come in runs, and the rest of the run is not flagged either.
     * Not in headings and title-case lines, where every word has a capital ({@code Rbeels Advance}).
     */
    static boolean inNameRun(Corpus corpus, long occurrence, WordJudge.Verdict verdict) {
        Word word = corpus.word(occurrence);
        if (verdict == WordJudge.Verdict.FOREIGN || verdict.severity() != Severity.INFO || !word.isCapitalised()
                || corpus.positions(occurrence).titleLike()) {
            return false;
        }
        Block block = corpus.block(occurrence);
        List<Word> words = block.words();
        int next = Occurrence.word(occurrence) + 1;
        if (next < words.size() && PhraseIndex.adjacent(block, next - 1, next)
                && PhraseIndex.isNameParticle(words.get(next).text())) {
            next++;
        }
        return next < words.size() && PhraseIndex.adjacent(block, next - 1, next) && words.get(next).isCapitalised()
                && words.get(next).kind() == WordKind.WORD && !words.get(next).sentenceStart();
    }

    /**
     * Whether a capitalised word of the lists of common misspellings comes right after a title or
     * form of address ({@code name-titles.txt}): {@code Senators Frist and Breaux}. There it is a
     * name, and the list's correction ({@code First}) would be wrong. A word the corpus itself
     * shows to be a slip of a name (a magnet) is still reported.
     */
    static boolean afterTitle(Corpus corpus, long occurrence, WordJudge.Verdict verdict, Set<String> titles) {
        Word word = corpus.word(occurrence);
        int at = Occurrence.word(occurrence);
        if (!verdict.reason().equals(WordJudge.COMMON_MISSPELLING) || !word.isCapitalised() || at == 0) {
            return false;
        }
        Block block = corpus.block(occurrence);
        Word title = block.words().get(at - 1);
        String between = block.text().substring(title.end(), word.start());
        String t = title.text().endsWith(".") ? title.text().substring(0, title.text().length() - 1) : title.text();
        return (between.equals(" ") || between.equals(". ")) && title.isCapitalised()
                && titles.contains(SpellingDictionary.lower(t));
    }

    /**
     * Whether a capitalised word of the lists of common misspellings stands in a name of several
     * capitalised words, not at a sentence start: right beside a capitalised word that is not the
     * first of its sentence, or one that the dictionary has only with its capital
     * ({@code in Serie A}, {@code Benjamin Meeds}, {@code The Internetes Szinkron Adatbázis}).
     * Not in headings and title-case lines, where every word has a capital, and not where the
     * corpus writes the name with the list's correction, beside the same word on the same side:
     * then this is a slip of that name ({@code Middel East} beside {@code Middle East},
     * {@code Golan Heigths} beside {@code Golan Heights}). A word the corpus shows to be a slip of
     * a name (a magnet) is judged by that, not here.
     *
     * @param corrected whether the corpus has a correction beside a word, memoised per run
     */
    static boolean inName(Corpus corpus, long occurrence, WordJudge.Verdict verdict, Lookup lookup,
                          Map<String, Boolean> corrected) {
        Word word = corpus.word(occurrence);
        if (!verdict.reason().equals(WordJudge.COMMON_MISSPELLING) || !word.isCapitalised() || word.sentenceStart()
                || corpus.positions(occurrence).titleLike() || verdict.suggestions().isEmpty()) {
            return false;
        }
        String correction = verdict.suggestions().get(0);
        Block block = corpus.block(occurrence);
        List<Word> words = block.words();
        int at = Occurrence.word(occurrence);
        boolean inName = false;
        for (int k : new int[] {at - 1, at + 1}) {
            if (k < 0 || k >= words.size() || !PhraseIndex.adjacent(block, k, at)) {
                continue;
            }
            Word w = words.get(k);
            boolean capital = w.isCapitalised() && (w.kind() == WordKind.WORD || w.kind() == WordKind.ACRONYM);
            if (capital && (!w.sentenceStart() || !lookup.isKnown(SpellingDictionary.lower(w.text())))) {
                int side = k - at;
                if (corrected.computeIfAbsent(correction + '\u0000' + side + w.text(),
                        key -> writtenBeside(corpus, correction, w.text(), side))) {
                    return false;
                }
                inName = true;
            }
        }
        return inName;
    }

    /**
     * Whether a word the dictionary merely lacks is the only word of its block: a paragraph,
     * heading or list item of one word is a name or a label ({@code xtend}, {@code hastscript} as
     * a README's title; {@code Exemple} over an example), not prose in which a slip would stand.
     * A common misspelling or a slip of a corpus name alone in a block is still reported.
     */
    static boolean aloneInBlock(Corpus corpus, long occurrence, WordJudge.Verdict verdict) {
        return verdict.severity() == Severity.WARNING && corpus.block(occurrence).words().size() == 1
                && verdict.unknownWord(corpus.word(occurrence).text()) != null;
    }

    /**
     * Whether the corpus writes {@code correction}, capitalised as it is, with {@code neighbour} right
     * before it ({@code side} -1) or right after it ({@code side} 1).
     */
    private static boolean writtenBeside(Corpus corpus, String correction, String neighbour, int side) {
        TermIndex.Term term = corpus.terms().termOf(correction);
        TermIndex.Form form = term == null ? null : term.forms().get(correction);
        if (form == null) {
            return false;
        }
        for (long o : form.occurrences()) {
            Block block = corpus.block(o);
            int at = Occurrence.word(o);
            int k = at + side;
            if (k >= 0 && k < block.words().size() && block.words().get(k).text().equals(neighbour)
                    && PhraseIndex.adjacent(block, k, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many blocks (paragraphs, headings, list items) before or after a capitalised slip of a
     * corpus magnet the magnet must stand for the slip to be reported as a warning: a news story's
     * length, so that a misspelt name is caught beside the name spelt right in the same story.
     */
    static final int MAGNET_REACH = 25;

    /**
     * Whether an occurrence of a capitalised slip of a corpus magnet ({@code Damscus} beside
     * {@code Damascus}) rests on weak evidence: the corpus uses the magnet fewer than
     * {@code strong} times ({@code magnet-min-count} times {@code magnet-ratio}, 9 by default),
     * none of them in the slip's document within {@value #MAGNET_REACH} blocks of it. People
     * misspell a name while writing about it, with the name spelt right nearby or used all over
     * the corpus (a one-off {@code Damscus} beside ten {@code Damascus}); a name one letter from a
     * name used a few times in other stories is as likely another name ({@code Ban Klong Prao}
     * beside {@code Hong Kong}, {@code Roger Hedrick} beside {@code Hetrick}). Small-letter slips of
     * dictionary words ({@code forcse}) are left as they are.
     */
    static boolean farFromMagnet(Corpus corpus, long occurrence, WordJudge.Verdict verdict, int strong) {
        String magnet = verdict.magnet();
        if (magnet == null || !corpus.word(occurrence).isCapitalised()) {
            return false;
        }
        TermIndex.Term term = corpus.terms().termOf(magnet);
        if (term == null || term.count() >= strong) {
            return false;
        }
        int document = Occurrence.document(occurrence);
        int block = Occurrence.block(occurrence);
        long from = Occurrence.of(document, Math.max(0, block - MAGNET_REACH), 0);
        long to = Occurrence.of(document, Math.min(block + MAGNET_REACH, Occurrence.MAX_BLOCK), Occurrence.MAX_WORD);
        for (Form form : term.forms().values()) {
            long[] at = form.occurrences();
            int i = Arrays.binarySearch(at, from);
            int first = i >= 0 ? i : -i - 1;
            if (first < at.length && at[first] <= to) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word the dictionary merely lacks fills a pair of brackets on its own, right after a
     * name or a quotation: a gloss, a transliteration or an abbreviation of the term before it
     * ({@code "Subtle Existence" (miao-yu)}, {@code Claudio Nicola Stampa (libr.)},
     * {@code Ajanta (leṇī)}). A typo is seldom the only word in brackets; a common misspelling or a
     * slip of a corpus name there is still reported.
     */
    static boolean gloss(Corpus corpus, long occurrence, WordJudge.Verdict verdict) {
        Block block = corpus.block(occurrence);
        int at = Occurrence.word(occurrence);
        Word word = block.words().get(at);
        String text = block.text();
        int open = word.start() - 1;
        int close = word.end() < text.length() && text.charAt(word.end()) == '.' ? word.end() + 1 : word.end();
        if (open < 2 || close >= text.length() || text.charAt(open) != '(' || text.charAt(close) != ')'
                || text.charAt(open - 1) != ' ' || verdict == WordJudge.Verdict.FOREIGN
                || verdict.unknownWord(word.text()) == null) {
            return false;
        }
        char before = text.charAt(open - 2);
        Word previous = at > 0 ? block.words().get(at - 1) : null;
        boolean afterName = previous != null && previous.end() == open - 1 && previous.isCapitalised()
                && !previous.sentenceStart();
        return afterName || before == '"' || before == '\u201D' || before == '\u2019';
    }

    /**
     * Whether a small word the dictionary merely lacks is the second half of a species name, after
     * its genus: {@code P. radiata}, {@code Danionella translucida}, {@code (Ambystoma tigrinum)}. It
     * has a Latin ending ({@code -a -um -us -is -i -ae -or}), and the word before it is an initial
     * with a full stop or a capitalised word that is in the dictionary in no case.
     */
    static boolean speciesEpithet(Corpus corpus, long occurrence, WordJudge.Verdict verdict, Lookup lookup) {
        Word word = corpus.word(occurrence);
        int at = Occurrence.word(occurrence);
        if (verdict == WordJudge.Verdict.FOREIGN || !verdict.reason().equals(WordJudge.UNKNOWN) || at == 0
                || !latinEpithet(word.text())) {
            return false;
        }
        Block block = corpus.block(occurrence);
        Word genus = block.words().get(at - 1);
        String g = genus.text();
        String between = block.text().substring(genus.end(), word.start());
        boolean initial = g.length() == 1 && Character.isUpperCase(g.charAt(0)) && between.equals(". ")
                || g.length() == 2 && Character.isUpperCase(g.charAt(0)) && g.charAt(1) == '.' && between.equals(" ");
        boolean named = between.equals(" ") && genus.kind() == WordKind.WORD && g.length() >= 3
                && Character.isUpperCase(g.charAt(0)) && g.substring(1).chars().allMatch(c -> c >= 'a' && c <= 'z')
                && !lookup.isKnown(g) && !lookup.isKnownInOtherCase(g);
        return initial || named;
    }

    private static final List<String> LATIN_ENDINGS = List.of("a", "um", "us", "is", "i", "ae", "or");

    private static boolean latinEpithet(String w) {
        if (w.length() < 4 || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return false;
        }
        for (String ending : LATIN_ENDINGS) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word ends in {@code in}, an apostrophe follows it, and with a {@code g} it is a word. */
    static boolean droppedG(String text, String word, int end, Lookup lookup) {
        if (end >= text.length() || !word.endsWith("in")) {
            return false;
        }
        char next = text.charAt(end);
        return (next == '\'' || next == '\u2019') && lookup.isKnown(word + "g");
    }

    /**
     * The words after which {@code therefor} stands for {@code therefore}: it then joins a clause to
     * what went before ({@code and therefor}, {@code it is therefor}, {@code we therefor ask}).
     */
    private static final Set<String> BEFORE_THEREFORE = Set.of("and", "but", "or", "nor", "so", "yet", "thus",
            "hence", "also", "not", "that", "which", "who", "is", "are", "was", "were", "be", "been", "being", "am",
            "i", "we", "you", "he", "she", "it", "they", "one", "has", "have", "had", "do", "does", "did", "will",
            "would", "shall", "should", "can", "could", "may", "might", "must");

    /**
     * Whether the word at {@code at} is {@code therefor} in its own sense, "for that, for it", a word
     * of legal and official English that the lists of common misspellings take for a slip of
     * {@code therefore}: right after a noun, a verb or an adjective it governs, with no punctuation
     * between ({@code the reasons therefor}, {@code appropriated therefor}, {@code accountable
     * therefor}, {@code an invoice therefor from Buyer}). It is the slip at the start of a sentence,
     * after punctuation ({@code , therefor}) and after a conjunction, a pronoun or an auxiliary verb
     * ({@code BEFORE_THEREFORE}): the State of the Union addresses of 1901-1989 write it 12 times, every
     * one in its own sense.
     */
    static boolean ownSenseTherefor(Block block, int at) {
        List<Word> words = block.words();
        if (at == 0 || !words.get(at).text().equals("therefor") || !PhraseIndex.adjacent(block, at - 1, at)) {
            return false;
        }
        Word before = words.get(at - 1);
        return before.kind() == WordKind.WORD && !BEFORE_THEREFORE.contains(SpellingDictionary.lower(before.text()));
    }

    /** The words after which a word between quotation marks is cited as a form, not used. */
    private static final Set<String> CITING = Set.of("pronounced", "spelt", "spelled", "spelling", "spellings",
            "written", "called", "named", "termed", "dubbed", "nicknamed", "word", "term", "form");

    /**
     * Whether the word at {@code at} is cited between quotation marks, alone, right after a word
     * that says so: {@code pronounced "dialek"}, {@code the word "tonite"}, {@code spelt ‘colour’}.
     * A form quoted as a form is the writer's on purpose; the same word quoted elsewhere
     * ({@code he said "teh"}) is still read.
     */
    static boolean citedForm(Block block, int at) {
        List<Word> words = block.words();
        if (at == 0) {
            return false;
        }
        String text = block.text();
        Word word = words.get(at);
        Word cue = words.get(at - 1);
        int open = word.start() - 1;
        if (open < 1 || word.end() >= text.length() || open != cue.end() + 1 || text.charAt(cue.end()) != ' ') {
            return false;
        }
        char o = text.charAt(open);
        char c = text.charAt(word.end());
        boolean quoted = o == '"' && c == '"' || o == '\u201C' && c == '\u201D' || o == '\u2018' && c == '\u2019'
                || o == '\'' && c == '\'';
        return quoted && CITING.contains(SpellingDictionary.lower(cue.text()));
    }

    /** Whether the text from {@code start} to {@code end} is a code span of its own: {@code `rbtrace`}. */
    static boolean inBackticks(String text, int start, int end) {
        return start >= 1 && end < text.length() && text.charAt(start - 1) == '`' && text.charAt(end) == '`';
    }

    /**
     * Whether the text from {@code start} to {@code end} touches an ellipsis with no space between,
     * or is a word broken off by a hyphen before a dash or a space: a false start in a transcript
     * ({@code experi-—what we're experiencing}, {@code esca-—ecala-—excuse me}) or the first half of a
     * shared ending ({@code pre- and post-war}), or an ending cited on its own, a hyphen before it
     * and a space or a bracket before that ({@code adjectives in -ic, -al, -ist}).
     */
    static boolean truncated(String text, int start, int end) {
        boolean before = start >= 1 && text.charAt(start - 1) == '\u2026'
                || start >= 3 && text.startsWith("...", start - 3);
        boolean after = end < text.length() && text.charAt(end) == '\u2026' || text.startsWith("...", end);
        boolean brokenOff = end < text.length() && text.charAt(end) == '-' && (end + 1 == text.length()
                || Character.isWhitespace(text.charAt(end + 1)) || "\u2014\u2013".indexOf(text.charAt(end + 1)) >= 0);
        boolean ending = start >= 1 && text.charAt(start - 1) == '-'
                && (start == 1 || Character.isWhitespace(text.charAt(start - 2)) || text.charAt(start - 2) == '(');
        return before || after || brokenOff || ending;
    }

    /**
     * Whether the word starting at {@code start} is the second half of a unit after a number, after
     * a slash: {@code 2.98 µs/iter}, {@code 40 req/conn}. A number's unit is never a typo, and a
     * benchmark table repeats it in every row.
     */
    static boolean perUnit(String text, int start) {
        int slash = start - 1;
        if (slash < 1 || text.charAt(slash) != '/') {
            return false;
        }
        int unit = slash;
        while (unit > 0 && Character.isLetter(text.charAt(unit - 1)) && slash - unit < 4) {
            unit--;
        }
        if (unit == slash || unit > 0 && Character.isLetter(text.charAt(unit - 1))) {
            return false; // no unit, or a word longer than a unit's abbreviation (3 readers/wrtie)
        }
        int number = unit > 0 && text.charAt(unit - 1) == ' ' ? unit - 1 : unit;
        return number > 0 && Character.isDigit(text.charAt(number - 1));
    }

    private LoanPhrases loanPhrases() {
        return loanPhrases.get();
    }

    /** The distinct forms of kind {@link WordKind#WORD}, sorted by term key, then in the term's order. */
    private static List<Form> wordForms(Corpus corpus) {
        Map<String, TermIndex.Term> sorted = new TreeMap<>();
        corpus.terms().terms().forEach(t -> sorted.put(t.key(), t));
        List<Form> forms = new ArrayList<>();
        for (TermIndex.Term term : sorted.values()) {
            for (Form form : term.forms().values()) {
                if (corpus.word(form.occurrences()[0]).kind() == WordKind.WORD) {
                    forms.add(form);
                }
            }
        }
        return forms;
    }

    private static Dialect otherDialect(Dialect dialect) {
        return dialect == Dialect.EN_US ? Dialect.EN_GB : Dialect.EN_US;
    }

    private WordJudge judge(Dialect dialect, CorpusNames names, Set<String> accepted, int suggestions, int rare) {
        return judge(dialect, names, accepted, suggestions, rare,
                rankings.computeIfAbsent(dialect, d -> new ConcurrentHashMap<>()));
    }

    private WordJudge judge(Dialect dialect, CorpusNames names, Set<String> accepted, int suggestions, int rare,
                            Map<String, List<Suggester.Suggestion>> ranked) {
        Dialect other = otherDialect(dialect);
        Set<String> all = lowerCase(accepted);
        all.addAll(extraWords());
        return new WordJudge(new Lookup(dictionary(dialect)), new Lookup(dictionary(other)), misspellings(dialect),
                names, all, suggestions, rare, ranked, rareWords(dialect));
    }

    /**
     * Checks a list of isolated words, as an evaluation does: for each word the check would flag,
     * its corrections best first (possibly none). Words it would not flag are absent. Each call
     * ranks its words afresh (the rankings of earlier calls and runs are not used), so a benchmark
     * of it measures the whole work.
     *
     * @param words   the words, as written
     * @param dialect the dictionary to use
     * @return flagged words with their corrections, in the order given
     */
    public Map<String, List<String>> correct(Collection<String> words, Dialect dialect) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        judgeWords(words, dialect).forEach((w, c) -> out.put(w, c.suggestions()));
        return out;
    }

    /**
     * How the check would flag a word on its own: at which severity (a warning is what
     * {@code --fail-on warning} acts on), with its corrections, best first.
     *
     * @param severity    the finding's severity
     * @param suggestions the corrections, best first (possibly none)
     */
    public record Correction(Severity severity, List<String> suggestions) {
    }

    /**
     * As {@link #correct(Collection, Dialect)}, with the severity of each flagged word as well, in
     * one pass (an evaluation's detection rate at warning level beside its rate at any level).
     *
     * @param words   the words, as written
     * @param dialect the dictionary to use
     * @return flagged words with how they are flagged, in the order given
     */
    public Map<String, Correction> judgeWords(Collection<String> words, Dialect dialect) {
        WordJudge judge = judge(dialect, new CorpusNames(Corpus.of(List.of()).terms(), Integer.MAX_VALUE, 1),
                Set.of(), 10, 3, new ConcurrentHashMap<>());
        Map<String, Correction> out = new LinkedHashMap<>();
        for (String w : words) {
            WordJudge.Verdict v = judge.judge(w, false);
            if (v != null && v != WordJudge.Verdict.FOREIGN) {
                out.put(w, new Correction(v.severity(), v.suggestions()));
            }
        }
        return out;
    }

    private SpellingDictionary dictionary(Dialect dialect) {
        return dictionaries.computeIfAbsent(dialect, SpellingDictionary::load);
    }

    private Set<String> extraWords() {
        return extraWords.get();
    }

    private RareWords rareWords(Dialect dialect) {
        return rareWords.computeIfAbsent(dialect, RareWords::of);
    }

    private KnownMisspellings misspellings(Dialect dialect) {
        return misspellings.computeIfAbsent(dialect, d -> KnownMisspellings.of(generalMisspellings.get(), d));
    }

    private static Set<String> lowerCase(Set<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(WordJudge.acceptKey(w.strip())));
        return out;
    }

    private static Finding finding(Corpus corpus, long occurrence, Form form, WordJudge.Verdict verdict) {
        Document document = corpus.document(occurrence);
        Block block = corpus.block(occurrence);
        Word word = corpus.word(occurrence);
        Sentence sentence = block.sentenceAt(word.start());
        String text = block.sentenceText(sentence);
        int start = Math.max(0, word.start() - sentence.start());
        int end = Math.min(text.length(), word.end() - sentence.start());
        Evidence evidence = new Evidence.InContext(text, Math.min(start, end), end, form.count() - 1);
        String message = "Possible typo: '" + word.text() + "' (" + verdict.reason() + ")";
        return new Finding("typo", verdict.severity(), verdict.confidence(), Location.of(document, block, word),
                message, word.text(), verdict.suggestions(), List.of(), evidence,
                key(block, Occurrence.word(occurrence)));
    }

    /** The flagged word with its neighbours, lower case: stable across edits elsewhere, no line numbers. */
    private static String key(Block block, int i) {
        List<Word> words = block.words();
        Word word = words.get(i);
        String before = i > 0 ? words.get(i - 1).text() : "";
        String after = i + 1 < words.size() ? words.get(i + 1).text() : "";
        return SpellingDictionary.lower(before + " [" + word.text() + "] " + after);
    }
}
