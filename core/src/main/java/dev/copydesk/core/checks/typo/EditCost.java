package dev.copydesk.core.checks.typo;

/**
 * The channel half of the noisy-channel model: a weighted Damerau-Levenshtein distance (optimal
 * string alignment) in which the slips people actually make cost less than arbitrary edits. A
 * swap of neighbours, a doubled or undoubled letter, a vowel for a vowel and a key next to the
 * intended one on a QWERTY keyboard are cheap; anything else costs one.
 */
final class EditCost {
    private static final String[] QWERTY_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final String VOWELS = "aeiouy";
    private static final double TRANSPOSE = 0.6;
    private static final double DOUBLING = 0.45;
    private static final double VOWEL_SWAP = 0.6;
    private static final double ADJACENT_KEY = 0.7;
    private static final double VOWEL_GAP = 0.8;
    private static final double SIMILAR_SOUND = 0.7;
    private static final String[] SOUND_GROUPS = {"ckqs", "sz", "gj", "fv", "mn", "dt", "bp"};
    private static final int ASCII = 128;
    /**
     * The least an edit costs per letter count it changes: a gap changes one count for at least
     * {@link #DOUBLING}, a substitution two for at least {@link #VOWEL_SWAP} (the cheapest of
     * {@link #substitutionByRules}).
     */
    static final double CHEAPEST_PER_LETTER = Math.min(DOUBLING, VOWEL_SWAP / 2);
    /** {@link #substitutionByRules} for every pair of ASCII characters (read only; 128 KB). */
    private static final double[] ASCII_SUBSTITUTION = substitutionTable();

    private EditCost() {
    }

    /** The cost of turning {@code typed} into {@code intended}; both lower case. */
    static double between(String typed, String intended) {
        int n = typed.length();
        int m = intended.length();
        double[][] d = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            d[i][0] = d[i - 1][0] + gapCost(typed, i - 1);
        }
        for (int j = 1; j <= m; j++) {
            d[0][j] = d[0][j - 1] + gapCost(intended, j - 1);
        }
        for (int i = 1; i <= n; i++) {
            char a = typed.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char b = intended.charAt(j - 1);
                double best = d[i - 1][j - 1] + substitution(a, b);
                best = Math.min(best, d[i - 1][j] + gapCost(typed, i - 1));
                best = Math.min(best, d[i][j - 1] + gapCost(intended, j - 1));
                if (i > 1 && j > 1 && a == intended.charAt(j - 2) && typed.charAt(i - 2) == b && a != b) {
                    best = Math.min(best, d[i - 2][j - 2] + TRANSPOSE);
                }
                d[i][j] = best;
            }
        }
        return d[n][m];
    }

    /**
     * The cost of turning {@code typed} into {@code intended} (both lower case) if it is at most
     * {@code cap}, else some value over {@code cap}: the same table as {@link #between}, one row at
     * a time, given up as soon as no later cell can come back under the cap (every cell of the row
     * is over it, and so is every cell of the row before plus the cost of a swap). Only a band
     * around the diagonal is filled: a cell {@code k} columns off it needs {@code k} gaps, each
     * costing at least {@link #DOUBLING}, so outside the band every path is over the cap already,
     * and a result under the cap is exactly {@link #between}'s. Before any table, a candidate whose
     * letters alone show it is over the cap ({@link Typed#surelyOver}) is given up.
     */
    static double atMost(String typed, String intended, double cap) {
        return atMost(new Typed(typed), intended, cap);
    }

    /**
     * A typed word made ready to be compared with many candidates: its characters and the cost of a
     * gap at each.
     */
    static final class Typed {
        private final char[] chars;
        private final double[] gaps;
        /** How often each ASCII character occurs in the word, or null when it has another. */
        private final int[] letters;
        private final int[] scratch = new int[ASCII];
        /** Rows of the table and the candidate's letters and gap costs, reused from one candidate to the next. */
        private double[] before = new double[0];
        private double[] prev = before;
        private double[] row = before;
        private char[] candidate = new char[0];
        private double[] candidateGaps = before;

        /** Makes the scratch arrays fit a candidate of {@code m} characters. */
        private void fit(int m) {
            if (candidate.length < m) {
                int size = Math.max(m, 2 * candidate.length);
                before = new double[size + 1];
                prev = new double[size + 1];
                row = new double[size + 1];
                candidate = new char[size];
                candidateGaps = new double[size];
            }
        }

        /** @param word the typed word, lower case */
        Typed(String word) {
            this.chars = word.toCharArray();
            this.gaps = gaps(chars);
            int[] count = new int[ASCII];
            for (char c : chars) {
                if (c >= ASCII) {
                    count = null;
                    break;
                }
                count[c]++;
            }
            this.letters = count;
        }

        /**
         * Whether the word's letters alone show that {@code intended} costs more than {@code cap}:
         * every edit changes the count of at most two letters and costs at least
         * {@link #CHEAPEST_PER_LETTER} per count it changes (a swap of neighbours changes none), so
         * the letters that differ, times that, are a lower bound of the cost. Not thread-safe.
         */
        boolean surelyOver(String intended, double cap) {
            if (letters == null) {
                return false;
            }
            int[] d = scratch;
            System.arraycopy(letters, 0, d, 0, ASCII);
            int differ = 0;
            for (int k = 0; k < intended.length(); k++) {
                char c = intended.charAt(k);
                if (c >= ASCII) {
                    return false;
                }
                differ += d[c] > 0 ? -1 : 1;
                d[c]--;
            }
            differ += chars.length; // each typed letter not matched above still differs
            return differ * CHEAPEST_PER_LETTER > cap;
        }
    }

    /** {@link #atMost(String, String, double)} for a typed word made ready once for all its candidates. */
    static double atMost(Typed typed, String intended, double cap) {
        char[] t = typed.chars;
        int n = t.length;
        int m = intended.length();
        if (Math.abs(n - m) * DOUBLING > cap || typed.surelyOver(intended, cap)) {
            return Double.POSITIVE_INFINITY;
        }
        typed.fit(m);
        char[] w = typed.candidate;
        intended.getChars(0, m, w, 0);
        double[] gapT = typed.gaps;
        double[] gapW = typed.candidateGaps;
        gaps(w, m, gapW);
        int band = (int) Math.floor(cap / DOUBLING);
        double[] before = typed.before;
        double[] prev = typed.prev;
        double[] row = typed.row;
        double prevLeast = 0;
        prev[0] = 0;
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + gapW[j - 1];
        }
        for (int i = 1; i <= n; i++) {
            char a = t[i - 1];
            double gap = gapT[i - 1];
            row[0] = prev[0] + gap;
            double least = row[0];
            int from = Math.max(1, i - band);
            int to = Math.min(m, i + band);
            if (from > 1) {
                row[from - 1] = Double.POSITIVE_INFINITY;
            }
            for (int j = from; j <= to; j++) {
                char b = w[j - 1];
                // substitution(a, b), written out: the client compiler does not inline it here
                double best = prev[j - 1] + ((a | b) < ASCII ? ASCII_SUBSTITUTION[a * ASCII + b] : a == b ? 0 : 1.0);
                best = min(best, prev[j] + gap);
                best = min(best, row[j - 1] + gapW[j - 1]);
                if (i > 1 && j > 1 && a == w[j - 2] && t[i - 2] == b && a != b) {
                    best = min(best, before[j - 2] + TRANSPOSE);
                }
                row[j] = best;
                least = min(least, best);
            }
            if (to < m) {
                row[to + 1] = Double.POSITIVE_INFINITY;
            }
            if (least > cap && prevLeast + TRANSPOSE > cap) {
                return Double.POSITIVE_INFINITY;
            }
            prevLeast = least;
            double[] x = before;
            before = prev;
            prev = row;
            row = x;
        }
        return prev[m];
    }

    /** {@link #gapCost} of each character of a word. */
    private static double[] gaps(char[] word) {
        double[] out = new double[word.length];
        gaps(word, word.length, out);
        return out;
    }

    /** {@link #gapCost} of each of the first {@code length} characters of a word, into {@code out}. */
    private static void gaps(char[] word, int length, double[] out) {
        for (int k = 0; k < length; k++) {
            char c = word[k];
            if (k > 0 && word[k - 1] == c || k + 1 < length && word[k + 1] == c) {
                out[k] = DOUBLING;
            } else {
                out[k] = isVowel(c) ? VOWEL_GAP : 1.0;
            }
        }
    }

    /** Whether a character is one of {@link #VOWELS}. */
    private static boolean isVowel(char c) {
        switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y':
                return true;
            default:
                return false;
        }
    }

    /** Cost of inserting or deleting the character at {@code k}: cheap beside its own double. */
    private static double gapCost(String s, int k) {
        char c = s.charAt(k);
        if (k > 0 && s.charAt(k - 1) == c || k + 1 < s.length() && s.charAt(k + 1) == c) {
            return DOUBLING;
        }
        if (isVowel(c)) {
            return VOWEL_GAP;
        }
        return 1.0;
    }

    /**
     * The smaller of two costs, which are never NaN and never -0: what {@link Math#min(double, double)}
     * gives them, in a method small enough for the client compiler (the launcher's) to inline in
     * the edit-distance loops, where a call per cell was a tenth of scoring a candidate.
     */
    static double min(double a, double b) {
        return a <= b ? a : b;
    }

    /**
     * The cost of typing {@code a} for {@code b}: from a table for ASCII; otherwise nothing or one,
     * as the vowels, the sound groups and the keyboard of the rules are all ASCII.
     */
    static double substitution(char a, char b) {
        if (a < ASCII && b < ASCII) {
            return ASCII_SUBSTITUTION[a * ASCII + b];
        }
        return a == b ? 0 : 1.0;
    }

    private static double[] substitutionTable() {
        double[] table = new double[ASCII * ASCII];
        for (char a = 0; a < ASCII; a++) {
            for (char b = 0; b < ASCII; b++) {
                table[a * ASCII + b] = substitutionByRules(a, b);
            }
        }
        return table;
    }

    private static double substitutionByRules(char a, char b) {
        if (a == b) {
            return 0;
        }
        if (VOWELS.indexOf(a) >= 0 && VOWELS.indexOf(b) >= 0) {
            return VOWEL_SWAP;
        }
        if (sameSound(a, b)) {
            return SIMILAR_SOUND;
        }
        return adjacent(a, b) ? ADJACENT_KEY : 1.0;
    }

    private static boolean sameSound(char a, char b) {
        for (String g : SOUND_GROUPS) {
            if (g.indexOf(a) >= 0 && g.indexOf(b) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether two letters sit next to each other (same row, or diagonally) on a QWERTY keyboard. */
    static boolean adjacent(char a, char b) {
        int[] pa = position(a);
        int[] pb = position(b);
        if (pa == null || pb == null) {
            return false;
        }
        int dr = Math.abs(pa[0] - pb[0]);
        int dc = pb[1] - pa[1];
        return dr == 0 && Math.abs(dc) == 1 || dr == 1 && (pa[0] < pb[0] ? dc == -1 || dc == 0 : dc == 0 || dc == 1);
    }

    private static int[] position(char c) {
        for (int r = 0; r < QWERTY_ROWS.length; r++) {
            int col = QWERTY_ROWS[r].indexOf(c);
            if (col >= 0) {
                return new int[] {r, col};
            }
        }
        return null;
    }
}
