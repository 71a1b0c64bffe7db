package dev.copydesk.core.checks.variant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Groups candidates that spell the same term differently. Candidates meet only inside keyed
 * buckets (letters only; word count plus Double Metaphone codes; the dialect list), so the work
 * grows with the vocabulary, not with its square; a phonetic bucket larger than
 * {@value #MAX_BUCKET} is too ambiguous to trust and is skipped.
 */
final class VariantClusterer {
    static final int MAX_BUCKET = 64;
    private static final double MIN_SIMILARITY = 0.75;
    private static final double CLOSE_SIMILARITY = 0.85;
    private static final double BASE_LINK = 0.7;
    private static final int LONG_NAME = 6;
    private static final double STEP = 0.1;
    private static final double CLOSE_LINK = 0.9;
    /**
     * How many times more often a one-word dictionary name must be written than an unknown name an
     * edit or two from it for the two to be spellings of one name ({@code Latakia} 1,172 times,
     * {@code Lataika} 5): less often, they are two names ({@code Jones} 3, {@code Janes} 1).
     */
    private static final int DOMINANT = 5;
    /** The shortest word that an ending makes another word of ({@link #twoCommonWords}). */
    private static final int MIN_STEM = 3;
    private static final Pattern PARTS = Pattern.compile("[ -]");
    private static final List<String> DERIVED = List.of("i", "is", "s", "es", "n", "an", "ian", "ians", "ese", "ite",
            "ites", "ic");

    private final VariantData data;
    private final NameKeys keys = new NameKeys();
    private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();

    VariantClusterer(VariantData data) {
        this.data = data;
    }

    /** A group of candidates, how they vary and how sure the clusterer is that they are one term. */
    record Cluster(List<Candidate> members, TreeSet<String> kinds, double confidence) {
    }

    /** The clusters of two or more candidates, members in input order. */
    List<Cluster> cluster(List<Candidate> candidates) {
        Links links = new Links(candidates.size());
        Map<String, List<Integer>> byLetters = new HashMap<>();
        Map<String, List<Integer>> byPhonetic = new HashMap<>();
        Map<String, Integer> words = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            byLetters.computeIfAbsent(NameKeys.letters(c.key()), k -> new ArrayList<>()).add(i);
            if (c.source() != Candidate.Source.WORD) {
                List<String> w = NameKeys.words(c.key());
                byPhonetic.computeIfAbsent(w.size() + "|" + keys.phonetic(w), k -> new ArrayList<>()).add(i);
            } else {
                words.put(c.key(), i);
            }
        }
        Set<String> keys = new HashSet<>();
        candidates.forEach(c -> keys.add(c.key()));
        for (List<Integer> bucket : byLetters.values()) {
            pairs(bucket, (i, j) -> spacing(candidates.get(i), candidates.get(j), links, i, j, keys));
        }
        for (List<Integer> bucket : byPhonetic.values()) {
            if (bucket.size() <= MAX_BUCKET) {
                pairs(bucket, (i, j) -> transliteration(candidates.get(i), candidates.get(j), links, i, j));
            }
        }
        words.forEach((word, i) -> {
            Integer j = words.get(data.counterpart(word) == null ? "" : data.counterpart(word));
            if (j != null && i < j) {
                links.join(i, j, "dialect", 0.9);
            }
        });
        return links.clusters(candidates);
    }

    private interface PairVisitor {
        void visit(int i, int j);
    }

    private static void pairs(List<Integer> bucket, PairVisitor visitor) {
        for (int a = 0; a < bucket.size(); a++) {
            for (int b = a + 1; b < bucket.size(); b++) {
                visitor.visit(bucket.get(a), bucket.get(b));
            }
        }
    }

    private void spacing(Candidate a, Candidate b, Links links, int i, int j, Set<String> keys) {
        boolean house = a.source() == Candidate.Source.HOUSE || b.source() == Candidate.Source.HOUSE;
        if (!house && (possessiveAndPlural(a, b, keys)
                || a.key().equals(b.key() + ".") || b.key().equals(a.key() + "."))) {
            // the last: a full stop taken for an initial's (Schedule K. at a sentence end)
            return;
        }
        if (a.source() == Candidate.Source.NAME && b.source() == Candidate.Source.NAME || house) {
            links.join(i, j, "spacing", 0.9);
        } else if (a.source() == b.source() && hyphenatedAndJoined(a.key(), b.key())) {
            links.join(i, j, "spacing", 0.85);
        }
    }

    /**
     * A possessive against the plural or a name ending in s ({@code America's}/{@code Americas},
     * {@code Iraqi's}/{@code Iraqis}): the same letters, but two different words, when the corpus
     * also has the possessive's stem on its own, when the stem ends in a word of the dictionary
     * ({@code Grand Turk's}/{@code Grand Turks}, {@code July's}/{@code Julys}), or when the stem is
     * an acronym, which has no spelling variants and is never a candidate ({@code the ISP's
     * customers}/{@code ISPs}). Where none holds, the apostrophe is misplaced ({@code Baye’s} beside
     * {@code Bayes}) and the pair is a variant.
     */
    private boolean possessiveAndPlural(Candidate a, Candidate b, Set<String> keys) {
        if (possessive(a.key()) == possessive(b.key())) {
            return false;
        }
        Candidate owner = possessive(a.key()) ? a : b;
        String key = owner.key();
        String stem = key.endsWith("s") ? key.substring(0, key.length() - 2) : key.substring(0, key.length() - 1);
        String last = stem.substring(stem.lastIndexOf(' ') + 1);
        return keys.contains(stem) || !last.isEmpty() && (data.lexicon().knows(last)
                || data.lexicon().knows(Character.toUpperCase(last.charAt(0)) + last.substring(1)))
                || owner.forms().keySet().stream().allMatch(VariantClusterer::acronym);
    }

    /** Whether a key ends in a possessive; keys have plain apostrophes ({@link Candidates#normalise}). */
    private static boolean possessive(String key) {
        return key.endsWith("'s") || key.endsWith("s'");
    }

    /** {@code e-mail}/{@code email}, not {@code re-sign}/{@code resign}. */
    private boolean hyphenatedAndJoined(String a, String b) {
        String hyphenated = a.indexOf('-') >= 0 ? a : b;
        String joined = hyphenated == a ? b : a;
        if (hyphenated.indexOf('-') < 0 || joined.indexOf('-') >= 0 || joined.indexOf(' ') >= 0
                || joined.indexOf('\'') >= 0 || joined.indexOf('\u2019') >= 0) {
            return false;
        }
        return !data.meaningPrefixes().contains(hyphenated.substring(0, hyphenated.indexOf('-')));
    }

    private void transliteration(Candidate a, Candidate b, Links links, int i, int j) {
        List<String> wa = NameKeys.words(a.key());
        List<String> wb = NameKeys.words(b.key());
        if (wa.equals(wb)) {
            if (articleSpelling(a.key(), b.key()) || diacritics(a.key(), b.key())) {
                links.join(i, j, "transliteration", CLOSE_LINK);
            } else if (wa.size() >= 2 && articleDropped(a.key(), b.key())) {
                links.join(i, j, "transliteration", BASE_LINK + STEP);
            }
            return;
        }
        if (wa.size() != wb.size() || acronym(a.display()) != acronym(b.display())
                || compound(a.display()) != compound(b.display()) || singleCharacterParts(a.key(), b.key())
                || innerCapitalDiffers(a.display(), b.display())) {
            return;
        }
        boolean shared = false;
        double lowest = 1;
        for (int k = 0; k < wa.size(); k++) {
            String x = wa.get(k);
            String y = wb.get(k);
            if (x.equals(y)) {
                shared = true;
                continue;
            }
            double s = similarity.apply(x, y);
            if (s < MIN_SIMILARITY || tooFar(x, y) || derived(x, y, wa.size() == 1) || data.knownDistinct(x, y)
                    || twoCommonWords(x, y)) {
                return;
            }
            lowest = Math.min(lowest, s);
        }
        if (!a.context().isEmpty() && !b.context().isEmpty()
                && a.context().stream().noneMatch(b.context()::contains)) {
            return;
        }
        boolean knownA = wa.size() == 1 && data.lexicon().knows(NameKeys.stripPossessive(a.display()));
        boolean knownB = wa.size() == 1 && data.lexicon().knows(NameKeys.stripPossessive(b.display()));
        if (knownA != knownB && (knownA ? a : b).count() < DOMINANT * (knownA ? b : a).count()) {
            return; // Spain/Spann, Jones/Janes: a dictionary name not far more frequent than the other is another name
        }
        boolean dictionaryNames = knownA && knownB;
        links.join(i, j, "transliteration", BASE_LINK + (shared ? STEP : 0) + (lowest >= CLOSE_SIMILARITY ? STEP : 0)
                - (dictionaryNames ? STEP : 0));
    }

    /**
     * Whether two forms differ only in parts of one character each, added, dropped or changed, a
     * part being what a hyphen or a space sets apart: keys and models, not spellings of one name
     * ({@code Ctrl-D}/{@code Ctrl-T}, {@code Ctrl}/{@code Ctrl-A}, {@code Type-A}/{@code Type-C}).
     */
    static boolean singleCharacterParts(String a, String b) {
        List<String> pa = List.of(PARTS.split(a));
        List<String> pb = List.of(PARTS.split(b));
        int head = 0;
        while (head < pa.size() && head < pb.size() && pa.get(head).equals(pb.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < pa.size() - head && tail < pb.size() - head
                && pa.get(pa.size() - 1 - tail).equals(pb.get(pb.size() - 1 - tail))) {
            tail++;
        }
        List<String> restA = pa.subList(head, pa.size() - tail);
        List<String> restB = pb.subList(head, pb.size() - tail);
        return head + tail > 0 && !(restA.isEmpty() && restB.isEmpty())
                && restA.stream().allMatch(p -> p.length() == 1) && restB.stream().allMatch(p -> p.length() == 1);
    }

    /**
     * Whether two forms of one length differ in a letter that is a capital inside a word in one
     * of them ({@code PyPI}/{@code PyPy}): such a capital is an initial of its own (the Package
     * Index), a name's letter no transliteration changes, so the two are different names. A
     * word's first letter is not inside it ({@code Mohammed}/{@code Muhammed} differ elsewhere).
     */
    static boolean innerCapitalDiffers(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 1; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (Character.toLowerCase(x) != Character.toLowerCase(y) && Character.isLetter(a.charAt(i - 1))
                    && Character.isLetter(b.charAt(i - 1)) && (Character.isUpperCase(x) || Character.isUpperCase(y))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a form is an acronym ({@code NATO's}, {@code IDA}): two capitals or more and no small
     * letter. An acronym and a name are never spellings of one another ({@code NATO}/{@code Nate}).
     */
    private static boolean acronym(String form) {
        int capitals = 0;
        for (char c : NameKeys.stripPossessive(form).toCharArray()) {
            if (Character.isLowerCase(c)) {
                return false;
            }
            capitals += Character.isUpperCase(c) ? 1 : 0;
        }
        return capitals >= 2;
    }

    /**
     * Whether a form is written as a compound of code or a brand, with a capital inside a word
     * that no transliterated name has, so that it is no spelling of a name without one
     * ({@code SELinux}/{@code Syslinux}), though two such compounds may be ({@code
     * IgnoreNodeManager}/{@code IgnoreNodeManger}): after three small letters ({@code LinusU}, {@code PrevA},
     * {@code IgnoreNodeManager}) or between a capital and a small letter ({@code SELinux},
     * {@code KMail}). {@code McDonald}, {@code DeSantis} and {@code al-Assad} are not.
     */
    static boolean compound(String form) {
        int lowerRun = 0;
        for (int k = 0; k < form.length(); k++) {
            char c = form.charAt(k);
            if (Character.isUpperCase(c)) {
                if (lowerRun >= 3 || k > 0 && Character.isUpperCase(form.charAt(k - 1)) && k + 1 < form.length()
                        && Character.isLowerCase(form.charAt(k + 1))) {
                    return true;
                }
                lowerRun = 0;
            } else {
                lowerRun = Character.isLowerCase(c) ? lowerRun + 1 : 0;
            }
        }
        return false;
    }

    /** Whether two forms differ only in how the article is spelled ({@code al-Baghdadi}/{@code el-Baghdadi}). */
    private static boolean articleSpelling(String a, String b) {
        String na = a.replaceAll("(^|[ -])el(?=[ -])", "$1al");
        String nb = b.replaceAll("(^|[ -])el(?=[ -])", "$1al");
        return !a.equals(b) && NameKeys.letters(na).equals(NameKeys.letters(nb))
                && !NameKeys.letters(a).equals(NameKeys.letters(b));
    }

    /** The same letters but for accents ({@code Mbappé}/{@code Mbappe}, {@code Gündogan}/{@code Gundogan}). */
    private static boolean diacritics(String a, String b) {
        return !a.equals(b) && NameKeys.ascii(a).equals(NameKeys.ascii(b));
    }

    /**
     * A full name with and without the article ({@code Yahya Sinwar}/{@code Yahya al-Sinwar}); a
     * surname alone without it ({@code Assad}) is the usual short form, not a variant.
     */
    private static boolean articleDropped(String a, String b) {
        return hasArticle(a) != hasArticle(b);
    }

    private static boolean hasArticle(String key) {
        for (String w : key.split(" ")) {
            if (w.equals("al") || w.equals("el") || w.startsWith("al-") || w.startsWith("el-")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The edit-distance bound: transliterations differ in a vowel or a doubled letter, so at most one
     * edit for names shorter than six letters ({@code Homs}/{@code Hamas} is two) and two otherwise.
     */
    private static boolean tooFar(String x, String y) {
        int limit = Math.min(x.length(), y.length()) < LONG_NAME ? 1 : 2;
        return new LevenshteinDistance(limit).apply(x, y) < 0;
    }

    /**
     * One word is the other plus a derivational ending ({@code Israel}/{@code Israeli}), or plus
     * other letters at the end where the dictionary has both as words ({@code German}/{@code Germany},
     * {@code Latin}/{@code Latino}, {@code Indian}/{@code Indiana}): a different word. Inside a
     * longer name the rest of the name says it is one name ({@code Historically Black Colleges}
     * against {@code Historical Black Colleges}), so only one-word names are parted so. A name the
     * dictionary lacks may differ so as a transliteration ({@code Al-Qaim}/{@code Al Qaima}), and so
     * may one whose last letter is doubled ({@code Zelensky}/{@code Zelenskyy}).
     */
    private boolean derived(String x, String y, boolean oneWord) {
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (!longer.startsWith(shorter) || longer.length() == shorter.length()) {
            return false;
        }
        String ending = longer.substring(shorter.length());
        if (DERIVED.contains(ending)) {
            return true;
        }
        boolean doubled = ending.length() == 1 && ending.charAt(0) == shorter.charAt(shorter.length() - 1);
        return oneWord && !doubled && isWord(shorter) && isWord(longer);
    }

    /**
     * Whether two differing words of a name are two different common words ({@code Eastern European}
     * against {@code Western European}, {@code Our}/{@code Your Government}, {@code O}/{@code Oh
     * God}): both in the dictionary in lower case, neither a word of three letters or more plus an
     * ending of the other ({@code Historical}/{@code Historically Black Colleges} is one name with a
     * slip), and more than one letter apart or short. One letter in a
     * longer word is a slip of the name ({@code League of Notions} beside six {@code League of Nations}).
     */
    private boolean twoCommonWords(String x, String y) {
        boolean ending = Math.min(x.length(), y.length()) >= MIN_STEM && (x.startsWith(y) || y.startsWith(x));
        if (!data.lexicon().knows(x) || !data.lexicon().knows(y) || ending) {
            return false;
        }
        return Math.min(x.length(), y.length()) < LONG_NAME || new LevenshteinDistance(1).apply(x, y) < 0;
    }

    /** Whether a lower-case word is in the dictionary, as a common word or as a name. */
    private boolean isWord(String lower) {
        return data.lexicon().knows(lower)
                || data.lexicon().knows(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }

    /** Union-find over candidate indexes, remembering the kinds and the weakest link of each group. */
    private static final class Links {
        private final int[] parent;
        private final Map<Integer, TreeSet<String>> kinds = new HashMap<>();
        private final Map<Integer, Double> confidence = new HashMap<>();

        Links(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int root(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void join(int i, int j, String kind, double linkConfidence) {
            int a = root(i);
            int b = root(j);
            TreeSet<String> k = new TreeSet<>(kinds.getOrDefault(a, new TreeSet<>()));
            k.addAll(kinds.getOrDefault(b, new TreeSet<>()));
            k.add(kind);
            double c = Math.min(Math.round(linkConfidence * 100) / 100.0, Math.min(confidence.getOrDefault(a, 1.0),
                    confidence.getOrDefault(b, 1.0)));
            int r = Math.min(a, b);
            parent[Math.max(a, b)] = r;
            kinds.put(r, k);
            confidence.put(r, c);
        }

        List<Cluster> clusters(List<Candidate> candidates) {
            Map<Integer, List<Candidate>> groups = new HashMap<>();
            for (int root : kinds.keySet()) {
                if (root(root) == root) {
                    groups.put(root, new ArrayList<>());
                }
            }
            for (int i = 0; i < candidates.size(); i++) {
                List<Candidate> g = groups.get(root(i));
                if (g != null) {
                    g.add(candidates.get(i));
                }
            }
            List<Cluster> out = new ArrayList<>();
            Collection<Integer> roots = new TreeSet<>(groups.keySet());
            for (int root : roots) {
                out.add(new Cluster(List.copyOf(groups.get(root)), kinds.get(root), confidence.get(root)));
            }
            return out;
        }
    }
}
