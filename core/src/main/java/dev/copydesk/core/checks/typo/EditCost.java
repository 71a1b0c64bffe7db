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
     * is over it, and so is every cell of the row before plus the cost of a swap).
     */
    static double atMost(String typed, String intended, double cap) {
        int n = typed.length();
        int m = intended.length();
        if (Math.abs(n - m) * DOUBLING > cap) {
            return Double.POSITIVE_INFINITY;
        }
        double[] before = new double[m + 1];
        double[] prev = new double[m + 1];
        double[] row = new double[m + 1];
        double prevLeast = 0;
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + gapCost(intended, j - 1);
        }
        for (int i = 1; i <= n; i++) {
            char a = typed.charAt(i - 1);
            double gap = gapCost(typed, i - 1);
            row[0] = prev[0] + gap;
            double least = row[0];
            for (int j = 1; j <= m; j++) {
                char b = intended.charAt(j - 1);
                double best = prev[j - 1] + substitution(a, b);
                best = Math.min(best, prev[j] + gap);
                best = Math.min(best, row[j - 1] + gapCost(intended, j - 1));
                if (i > 1 && j > 1 && a == intended.charAt(j - 2) && typed.charAt(i - 2) == b && a != b) {
                    best = Math.min(best, before[j - 2] + TRANSPOSE);
                }
                row[j] = best;
                least = Math.min(least, best);
            }
            if (least > cap && prevLeast + TRANSPOSE > cap) {
                return Double.POSITIVE_INFINITY;
            }
            prevLeast = least;
            double[] t = before;
            before = prev;
            prev = row;
            row = t;
        }
        return prev[m];
    }

    /** Cost of inserting or deleting the character at {@code k}: cheap beside its own double. */
    private static double gapCost(String s, int k) {
        char c = s.charAt(k);
        if (k > 0 && s.charAt(k - 1) == c || k + 1 < s.length() && s.charAt(k + 1) == c) {
            return DOUBLING;
        }
        if (VOWELS.indexOf(c) >= 0) {
            return VOWEL_GAP;
        }
        return 1.0;
    }

    /** The cost of typing {@code a} for {@code b}: from a table for ASCII, else by the rules. */
    static double substitution(char a, char b) {
        return a < ASCII && b < ASCII ? ASCII_SUBSTITUTION[a * ASCII + b] : substitutionByRules(a, b);
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
