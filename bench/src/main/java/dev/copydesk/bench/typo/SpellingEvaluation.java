package dev.copydesk.bench.typo;

import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.checks.typo.TypoCheck;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the typo check on the public misspelling sets: detection rate (the misspelling is
 * flagged), top-1 and top-5 suggestion accuracy, beside the published figures. Pairs whose
 * intended word is not in our dictionary, has a space, or differs only in case are left out (as
 * the Aspell test page does). Because the shipped list of common misspellings overlaps these
 * sets, each set is also scored on the pairs that list does not cover.
 *
 * <p>Each set is also scored in two halves so that the ranking can be tuned without tuning on the
 * test: the <em>development</em> half (the pairs on even lines of each file, 0-based, and all of
 * Norvig's spell-testset1, his own development set) and the <em>held-out</em> half (the pairs on
 * odd lines; spell-testset1 has none). Tune on the development half only and report both.
 *
 * <p>Usage: {@code SpellingEvaluation EVAL_DIR [MISSES]} where EVAL_DIR holds
 * {@code aspell-test-kernel/}, {@code norvig-spell-testsets/} and {@code mitton-misspellings/}; with
 * MISSES, the development-half misses of each set whose name contains MISSES are listed after the
 * table (typed, intended, the suggestions made).
 */
public final class SpellingEvaluation {
    private static final String KNOWN = "/dev/copydesk/core/checks/typo/common-misspellings";

    private SpellingEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: SpellingEvaluation EVAL_DIR [MISSES]");
            System.exit(2);
        }
        Path eval = Path.of(args[0]);
        TypoCheck check = new TypoCheck();
        Set<String> shipped = shippedMisspellings();
        PrintStream out = System.out;
        String missesOf = args.length > 1 ? args[1] : null;
        List<String> misses = new ArrayList<>();
        out.printf("%-30s %6s %7s %7s %7s %7s | %-11s | %-11s | %-24s | %s%n", "set", "pairs", "detect", "warned",
                "top-1", "top-5", "dev 1/5", "held-out 1/5", "not in shipped list", "published top-1 (top-5)");
        Path aspell = eval.resolve("aspell-test-kernel");
        Path norvig = eval.resolve("norvig-spell-testsets");
        Path mitton = eval.resolve("mitton-misspellings");
        Scored orig = score(out, check, shipped, missesOf, misses, "aspell orig (547)",
                MisspellingSets.tab(aspell.resolve("orig-batch0.tab")),
                "Aspell .31 59.6 (85.6), Word 97 59.0 (70.8), Hunspell 55.2 (78.1)");
        Scored commonAll = score(out, check, shipped, missesOf, misses, "aspell common-all (wikipedia)",
                MisspellingSets.tab(aspell.resolve("common-all-batch0.tab")),
                "Aspell .31 83.9 (97.7), Hunspell 80.5 (96.5)");
        Scored commonFiltered = score(out, check, shipped, missesOf, misses, "aspell common-filtered",
                MisspellingSets.tab(aspell.resolve("common-filtered-batch0.tab")),
                "Aspell .31 56.0 (87.1), Hunspell 54.3 (80.5)");
        score(out, check, shipped, missesOf, misses, "norvig testset1", MisspellingSets.colon(norvig.resolve("spell-testset1.txt")),
                "Norvig 75 (of all pairs)");
        score(out, check, shipped, missesOf, misses, "norvig testset2", MisspellingSets.colon(norvig.resolve("spell-testset2.txt")),
                "Norvig 68 (of all pairs)");
        for (String f : List.of("aspell.txt", "wikipedia.txt")) {
            score(out, check, shipped, missesOf, misses, "mitton " + f, MisspellingSets.colon(mitton.resolve(f)),
                    "(none published)");
        }
        // schoolchildren's and adult learners' handwritten errors, 36,133 of them: scored, never tuned on
        score(out, check, shipped, missesOf, misses, "mitton birkbeck.txt",
                MisspellingSets.colon(mitton.resolve("birkbeck.txt")), "Norvig 31 (of all pairs; a third-party re-run)");
        out.println();
        out.println("Same pairs as the published per-word results (aspell-test-kernel/results): their top-1/top-5"
                + " vs ours, over the pairs both are scored on");
        out.printf("%-24s %-22s | %-32s | %s%n", "set", "checker", "all pairs", "not in shipped list");
        Path results = aspell.resolve("results");
        compare(out, orig, "aspell orig", results, "cur--aspell-.60.6-normal", "cur--aspell-.60.6-slow",
                "cur--hunspell", "cur--hunspell-phonet", "cur--ispell", "orig--word97");
        for (String checker : List.of("aspell-.60.6-normal", "aspell-.60.6-slow", "hunspell", "hunspell-phonet",
                "ispell")) {
            compare(out, commonAll, "aspell common-all", results, "common-all--" + checker);
        }
        for (String checker : List.of("aspell-.60.6-normal", "aspell-.60.6-slow", "hunspell", "hunspell-phonet",
                "ispell")) {
            compare(out, commonFiltered, "aspell common-filtered", results, "common-filtered--" + checker);
        }
        misses.forEach(out::println);
    }

    /** Prints, for each named results file, its checker's scores and ours on the same pairs. */
    private static void compare(PrintStream out, Scored set, String name, Path results, String... files)
            throws IOException {
        for (String file : files) {
            PublishedResults published = PublishedResults.read(results.resolve(file + ".res"), set.pairs());
            PublishedResults.Comparison all = published.compare(set.pairs(), set::scored, set::ourRank);
            PublishedResults.Comparison uncovered = published.compare(set.pairs(),
                    i -> set.scored(i) && set.uncovered(i), set::ourRank);
            out.printf("%-24s %-22s | %-32s | %s%n", name, published.checker(), all.brief(), uncovered.brief());
        }
    }

    /**
     * One set as scored: its pairs, which of them count (see the class comment), which the shipped
     * list does not cover, and our suggestions for each flagged misspelling.
     */
    record Scored(List<MisspellingSets.Pair> pairs, boolean[] counted, boolean[] notShipped,
                  Map<String, List<String>> flagged) {
        boolean scored(int i) {
            return counted[i];
        }

        boolean uncovered(int i) {
            return notShipped[i];
        }

        /** Our 0-based rank of the intended word of pair i; -1 if not suggested, -2 if not flagged. */
        int ourRank(int i) {
            MisspellingSets.Pair p = pairs.get(i);
            List<String> s = flagged.get(p.typed());
            if (s == null) {
                return -2;
            }
            for (int k = 0; k < s.size(); k++) {
                if (s.get(k).equalsIgnoreCase(p.intended())) {
                    return k;
                }
            }
            return -1;
        }
    }

    private static Scored score(PrintStream out, TypoCheck check, Set<String> shipped, String missesOf,
                                List<String> misses, String name, List<MisspellingSets.Pair> pairs, String published) {
        boolean allDev = name.equals("norvig testset1");
        Set<String> intended = new LinkedHashSet<>();
        Set<String> typed = new LinkedHashSet<>();
        for (MisspellingSets.Pair p : pairs) {
            intended.add(p.intended());
            typed.add(p.typed());
        }
        Map<String, List<String>> unknownTargets = check.correct(intended, Dialect.EN_US);
        Map<String, TypoCheck.Correction> judged = check.judgeWords(typed, Dialect.EN_US);
        Map<String, List<String>> flagged = new LinkedHashMap<>();
        Set<String> warned = new HashSet<>();
        judged.forEach((word, c) -> {
            flagged.put(word, c.suggestions());
            if (c.severity() == Severity.WARNING) {
                warned.add(word);
            }
        });
        Tally all = new Tally();
        Tally dev = new Tally();
        Tally heldOut = new Tally();
        Tally uncovered = new Tally();
        boolean[] counted = new boolean[pairs.size()];
        boolean[] notShipped = new boolean[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            MisspellingSets.Pair p = pairs.get(i);
            notShipped[i] = !shipped.contains(p.typed().toLowerCase(Locale.ROOT));
            if (p.intended().contains(" ") || unknownTargets.containsKey(p.intended())
                    || p.typed().equalsIgnoreCase(p.intended())) {
                continue;
            }
            counted[i] = true;
            all.add(p, flagged, warned);
            if (allDev || p.even()) {
                dev.add(p, flagged, warned);
            } else {
                heldOut.add(p, flagged, warned);
            }
            if (notShipped[i]) {
                uncovered.add(p, flagged, warned);
            }
        }
        out.printf("%-30s %6d %6.1f%% %6.1f%% %6.1f%% %6.1f%% | %-11s | %-11s | %-24s | %s%n", name, all.n,
                all.pct(all.detected), all.pct(all.warned), all.pct(all.top1), all.pct(all.top5), dev.topOneFive(), heldOut.topOneFive(),
                uncovered.brief(), published);
        if (missesOf != null && name.contains(missesOf)) {
            for (String m : dev.misses) {
                misses.add(name + "\t" + m);
            }
        }
        return new Scored(pairs, counted, notShipped, flagged);
    }

    private static Set<String> shippedMisspellings() throws IOException {
        Set<String> out = new HashSet<>();
        for (String resource : List.of(KNOWN + ".tsv", KNOWN + "-en-US.tsv")) {
            try (InputStream in = SpellingEvaluation.class.getResourceAsStream(resource);
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    int tab = line.indexOf('\t');
                    if (!line.startsWith("#") && tab > 0) {
                        out.add(line.substring(0, tab).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return out;
    }

    /** Counts of one set. */
    private static final class Tally {
        int n;
        int detected;
        /** Flagged at warning level, as a run reports it to CI (the rest are info findings). */
        int warned;
        int top1;
        int top5;
        final List<String> misses = new ArrayList<>();

        void add(MisspellingSets.Pair p, Map<String, List<String>> flagged, Set<String> warnedWords) {
            n++;
            if (warnedWords.contains(p.typed())) {
                warned++;
            }
            List<String> s = flagged.get(p.typed());
            if (s == null) {
                misses.add(p.typed() + "\t" + p.intended() + "\t(not flagged)");
                return;
            }
            detected++;
            int rank = -1;
            for (int i = 0; i < s.size(); i++) {
                if (s.get(i).equalsIgnoreCase(p.intended())) {
                    rank = i;
                    break;
                }
            }
            if (rank == 0) {
                top1++;
            }
            if (rank >= 0 && rank < 5) {
                top5++;
            }
            if (rank != 0) {
                misses.add(p.typed() + "\t" + p.intended() + "\t" + rank + "\t" + s.subList(0, Math.min(5, s.size())));
            }
        }

        String topOneFive() {
            return n == 0 ? "-" : String.format(Locale.ROOT, "%.1f/%.1f", pct(top1), pct(top5));
        }

        double pct(int k) {
            return n == 0 ? 0 : 100.0 * k / n;
        }

        String brief() {
            return String.format(Locale.ROOT, "n=%d %.1f/%.1f/%.1f", n, pct(detected), pct(top1), pct(top5));
        }
    }
}
