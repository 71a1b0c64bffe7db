package dev.copydesk.bench.typo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;

/**
 * The per-word outputs of the checkers published with the Aspell test kernel ({@code results/*.res}
 * beside the sets), so that copydesk and each of them are scored on exactly the same pairs: the
 * published percentages are over a whole set, and the pairs the shipped misspellings list does not
 * cover are a harder part of it.
 *
 * <p>A {@code .res} file has one line per line of its set, in the same order:
 * {@code typed<TAB>intended<TAB>pos<TAB>count}, where pos is the 1-based rank of the intended word
 * among the checker's suggestions, 0 when it was not suggested, and -1 when the intended word is
 * not in that checker's dictionary (such pairs are left out of its scores, as on the Aspell page).
 */
final class PublishedResults {
    /** Rank of a pair that is left out: the intended word is not in the checker's dictionary. */
    static final int NOT_IN_DICTIONARY = -1;

    private final String checker;
    private final List<Integer> ranks;

    private PublishedResults(String checker, List<Integer> ranks) {
        this.checker = checker;
        this.ranks = ranks;
    }

    /** The checker's name, from the file name after {@code --} ({@code cur--hunspell.res}: hunspell). */
    String checker() {
        return checker;
    }

    /**
     * Reads a {@code .res} file of the set whose pairs are given (read from the set's own file), and
     * checks that its lines are those pairs, in order.
     *
     * @throws IOException if the file cannot be read, or a line does not match its pair
     */
    static PublishedResults read(Path file, List<MisspellingSets.Pair> pairs) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.res$", "");
        String checker = name.contains("--") ? name.substring(name.indexOf("--") + 2) : name;
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        List<Integer> ranks = new ArrayList<>();
        for (MisspellingSets.Pair p : pairs) {
            if (p.line() >= lines.size()) {
                throw new IOException(file + ": no line " + (p.line() + 1) + " for " + p.typed());
            }
            String[] f = lines.get(p.line()).split("\t");
            if (f.length < 3 || !f[0].strip().equals(p.typed())) {
                throw new IOException(file + ": line " + (p.line() + 1) + " is not the pair " + p.typed()
                        + " -> " + p.intended());
            }
            ranks.add(Integer.parseInt(f[2].strip()));
        }
        return new PublishedResults(checker, ranks);
    }

    /** The checker's 1-based rank of the intended word of pair {@code i}, 0 or {@link #NOT_IN_DICTIONARY}. */
    int rank(int i) {
        return ranks.get(i);
    }

    /**
     * Top-1 and top-5 of this checker and of ours over the same pairs: those {@code scored} keeps
     * (ours) that this checker does not leave out. {@code ours} gives our 0-based rank of the
     * intended word of pair i, or a negative number when it was not suggested or not flagged.
     */
    Comparison compare(List<MisspellingSets.Pair> pairs, Predicate<Integer> scored,
                       IntUnaryOperator ours) {
        int n = 0;
        int theirTop1 = 0;
        int theirTop5 = 0;
        int ourTop1 = 0;
        int ourTop5 = 0;
        for (int i = 0; i < pairs.size(); i++) {
            int theirs = rank(i);
            if (theirs == NOT_IN_DICTIONARY || !scored.test(i)) {
                continue;
            }
            n++;
            theirTop1 += theirs == 1 ? 1 : 0;
            theirTop5 += theirs >= 1 && theirs <= 5 ? 1 : 0;
            int mine = ours.applyAsInt(i);
            ourTop1 += mine == 0 ? 1 : 0;
            ourTop5 += mine >= 0 && mine < 5 ? 1 : 0;
        }
        return new Comparison(checker, n, theirTop1, theirTop5, ourTop1, ourTop5);
    }

    /** Counts over the pairs both were scored on. */
    record Comparison(String checker, int pairs, int theirTop1, int theirTop5, int ourTop1, int ourTop5) {
        String brief() {
            return String.format(Locale.ROOT, "n=%d %s/%s vs %s/%s", pairs, pct(theirTop1), pct(theirTop5),
                    pct(ourTop1), pct(ourTop5));
        }

        private String pct(int k) {
            return pairs == 0 ? "-" : String.format(Locale.ROOT, "%.1f", 100.0 * k / pairs);
        }
    }
}
