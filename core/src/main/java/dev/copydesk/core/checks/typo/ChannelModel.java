package dev.copydesk.core.checks.typo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How likely a slip is, learnt from the shipped list of common misspellings rather than set by
 * hand: the list's misspellings are aligned with their first corrections (unit-cost optimal string
 * alignment), and each edit is counted, as in Church and Gale's confusion matrices (a letter typed
 * for another; one left out after a given letter; one put in after a given letter; two neighbours
 * swapped), each divided by how often the letters concerned occur in the corrections. As Brill
 * and Moore proposed, each edit is also counted with its neighbouring step of the alignment, so
 * that slips of a few letters ({@code ph} for {@code f}, {@code ent} for {@code ant}) have a
 * likelihood of their own; those seen at least {@link #MIN_CHUNK} times are kept. {@link #cost} is
 * the negative natural logarithm of the likeliest way to make the typed word out of the intended
 * one. Only lower-case letters a-z are modelled; anything else is one kind of letter.
 *
 * <p>The build learns the model once ({@link #main}, run by core's {@code pom.xml}) into a small
 * binary resource next to this class; a build that skipped that step learns it at run time, with
 * the same result. Immutable and thread-safe; {@link Scorer} is the per-thread part.
 */
final class ChannelModel {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelModel.class);
    static final String RESOURCE = "channel-model.bin";
    private static final int MAGIC = 0x43484e31; // "CHN1"
    /** Letters a-z are 1-26; 0 is anything else, and the start of a word. */
    private static final int A = 27;
    /** Multi-letter slips seen fewer times than this are left to the single-letter matrices. */
    static final int MIN_CHUNK = 3;
    /** How far off the diagonal (beyond the difference in length) {@link Scorer#cost} looks. */
    private static final int BAND = 2;
    /** The longest side of a multi-letter slip. */
    private static final int CHUNK = 3;

    private final float[] sub;   // [typed][intended]
    private final float[] del;   // [previous intended][intended left out]
    private final float[] ins;   // [previous intended][typed put in]
    private final float[] swap;  // [first intended][second intended]
    /** Multi-letter slips, by {@link #chunkKey}: open addressing, 0 is an empty slot. */
    private final int[] chunkKeys;
    private final float[] chunkCosts;
    /** Whether some multi-letter slip has this intended side, and this typed side, by {@link #pack}. */
    private final boolean[] intendedSides = new boolean[1 << 15];
    private final boolean[] typedSides = new boolean[1 << 15];

    private ChannelModel(float[] sub, float[] del, float[] ins, float[] swap, Map<Integer, Float> chunks) {
        this.sub = sub;
        this.del = del;
        this.ins = ins;
        this.swap = swap;
        int size = Integer.highestOneBit(Math.max(16, chunks.size() * 3)) << 1;
        this.chunkKeys = new int[size];
        this.chunkCosts = new float[size];
        for (Map.Entry<Integer, Float> e : chunks.entrySet()) {
            int key = e.getKey();
            int slot = slot(key);
            while (chunkKeys[slot] != 0) {
                slot = (slot + 1) & (size - 1);
            }
            chunkKeys[slot] = key;
            chunkCosts[slot] = e.getValue();
            intendedSides[key >>> 15] = true;
            typedSides[key & 0x7FFF] = true;
        }
    }

    /**
     * The model shipped with the build, or the one learnt from the list of misspellings when there is
     * none; read once.
     */
    static ChannelModel shipped() {
        return Shipped.MODEL;
    }

    /** Holds the shipped model, read when first asked for. */
    private static final class Shipped {
        static final ChannelModel MODEL = readShipped();
    }

    /** The shipped model; learnt again (the same model, a little slower) when it is missing or unreadable. */
    private static ChannelModel readShipped() {
        try (InputStream in = ChannelModel.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return read(in);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read {}, learning the channel model again: {}", RESOURCE, e.toString());
        }
        return learn(KnownMisspellings.general());
    }

    /** Learns the model from misspellings to their corrections, best first ({@code a|b}: the first is used). */
    static ChannelModel learn(Map<String, String> misspellings) {
        Counts counts = new Counts();
        for (Map.Entry<String, String> e : new TreeMap<>(misspellings).entrySet()) {
            String all = e.getValue();
            int bar = all.indexOf('|');
            String intended = (bar < 0 ? all : all.substring(0, bar)).toLowerCase(Locale.ROOT);
            if (letters(e.getKey()) && letters(intended)) {
                counts.add(e.getKey(), intended);
            }
        }
        return counts.model();
    }

    /** The counts of a list's slips and of the letters of its corrections. */
    private static final class Counts {
        final long[] subN = new long[A * A];
        final long[] delN = new long[A * A];
        final long[] insN = new long[A * A];
        final long[] swapN = new long[A * A];
        final long[] uni = new long[A];
        final long[] bi = new long[A * A];
        final Map<String, Integer> chunks = new HashMap<>();
        final Map<String, Integer> grams = new HashMap<>();

        void add(String typed, String intended) {
            for (int k = 0; k < intended.length(); k++) {
                int c = code(intended.charAt(k));
                uni[c]++;
                bi[(k == 0 ? 0 : code(intended.charAt(k - 1))) * A + c]++;
                for (int len = 1; len <= CHUNK && k + len <= intended.length(); len++) {
                    grams.merge(intended.substring(k, k + len), 1, Integer::sum);
                }
            }
            uni[0]++;
            List<String[]> steps = align(typed, intended);
            if (steps == null) {
                return;
            }
            int at = 0; // where in the intended word the step starts
            for (int k = 0; k < steps.size(); k++) {
                String[] s = steps.get(k);
                at += s[0].length();
                if (s[0].equals(s[1])) {
                    continue;
                }
                int before = at - s[0].length();
                countUnit(s, before == 0 ? 0 : code(intended.charAt(before - 1)));
                for (int from = Math.max(0, k - 1); from <= k; from++) {
                    for (int to = k; to <= Math.min(steps.size() - 1, k + 1); to++) {
                        if (from == to) {
                            continue;
                        }
                        StringBuilder a = new StringBuilder();
                        StringBuilder b = new StringBuilder();
                        for (int x = from; x <= to; x++) {
                            a.append(steps.get(x)[0]);
                            b.append(steps.get(x)[1]);
                        }
                        if (a.length() <= CHUNK && b.length() <= CHUNK) {
                            chunks.merge(a + ">" + b, 1, Integer::sum);
                        }
                    }
                }
            }
        }

        /** Counts one step of an alignment (intended part, typed part) that is not a match, after intended letter p. */
        private void countUnit(String[] step, int p) {
            String w = step[0];
            String t = step[1];
            if (w.length() == 2) {
                swapN[code(w.charAt(0)) * A + code(w.charAt(1))]++;
            } else if (t.isEmpty()) {
                delN[p * A + code(w.charAt(0))]++;
            } else if (w.isEmpty()) {
                insN[p * A + code(t.charAt(0))]++;
            } else {
                subN[code(t.charAt(0)) * A + code(w.charAt(0))]++;
            }
        }

        ChannelModel model() {
            float[] sub = new float[A * A];
            float[] del = new float[A * A];
            float[] ins = new float[A * A];
            float[] swap = new float[A * A];
            for (int x = 0; x < A; x++) {
                for (int y = 0; y < A; y++) {
                    int k = x * A + y;
                    sub[k] = (float) -Math.log((subN[k] + 0.5) / (uni[y] + A));
                    del[k] = (float) -Math.log((delN[k] + 0.5) / (bi[k] + A));
                    ins[k] = (float) -Math.log((insN[k] + 0.5) / (uni[x] + A));
                    swap[k] = (float) -Math.log((swapN[k] + 0.5) / (bi[k] + A));
                }
            }
            Map<Integer, Float> kept = new TreeMap<>();
            for (Map.Entry<String, Integer> e : chunks.entrySet()) {
                int bar = e.getKey().indexOf('>');
                String w = e.getKey().substring(0, bar);
                String t = e.getKey().substring(bar + 1);
                if (e.getValue() >= MIN_CHUNK && !w.isEmpty() && w.length() + t.length() > 2) {
                    kept.put(chunkKey(w, t), (float) -Math.log(e.getValue() / (double) (grams.getOrDefault(w, 0) + 1)));
                }
            }
            return new ChannelModel(sub, del, ins, swap, kept);
        }
    }

    /**
     * The steps of one unit-cost optimal alignment, first to last, each as (intended part, typed
     * part): a match or substitution (one letter each), a deletion (typed part empty), an insertion
     * (intended part empty) or a swap (two letters each); null for pairs more than three edits apart,
     * which are other words rather than slips.
     */
    static List<String[]> align(String t, String w) {
        int n = t.length();
        int m = w.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int best = d[i - 1][j - 1] + (t.charAt(i - 1) == w.charAt(j - 1) ? 0 : 1);
                best = Math.min(best, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (swapped(t, w, i, j)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        if (d[n][m] > 3) {
            return null;
        }
        List<String[]> steps = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int i0 = i;
            int j0 = j;
            if (swapped(t, w, i, j) && d[i][j] == d[i - 2][j - 2] + 1) {
                i -= 2;
                j -= 2;
            } else if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (t.charAt(i - 1) == w.charAt(j - 1) ? 0 : 1)) {
                i--;
                j--;
            } else if (j > 0 && d[i][j] == d[i][j - 1] + 1) {
                j--;
            } else {
                i--;
            }
            steps.add(new String[] {w.substring(j, j0), t.substring(i, i0)});
        }
        Collections.reverse(steps);
        return steps;
    }

    private static boolean swapped(String t, String w, int i, int j) {
        return i > 1 && j > 1 && t.charAt(i - 1) == w.charAt(j - 2) && t.charAt(i - 2) == w.charAt(j - 1)
                && t.charAt(i - 1) != t.charAt(i - 2);
    }

    private static boolean letters(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static int code(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' + 1 : 0;
    }

    /** A multi-letter slip as a number: each side's letter codes in base 32, intended side in the upper 15 bits. */
    private static int chunkKey(String w, String t) {
        return pack(w) << 15 | pack(t);
    }

    private static int pack(String s) {
        int v = 0;
        for (int k = 0; k < s.length(); k++) {
            v = v * 32 + Math.max(1, code(s.charAt(k))); // anything else counts as 'a' here, never 0
        }
        return v;
    }

    private int slot(int key) {
        return (key * 0x9E3779B1 >>> 7) & (chunkKeys.length - 1);
    }

    /** The cost of a multi-letter slip, or NaN when the model has none such. */
    private float chunk(int key) {
        int mask = chunkKeys.length - 1;
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            int k = chunkKeys[slot];
            if (k == key) {
                return chunkCosts[slot];
            }
            if (k == 0) {
                return Float.NaN;
            }
        }
    }

    /** {@link Scorer#cost} with a scorer of its own (for tests and one-off use). */
    double cost(String typed, String intended) {
        return new Scorer().cost(typed, intended);
    }

    /** Works out costs with a table it reuses; one per thread. */
    final class Scorer {
        private double[] d = new double[0];
        private int[] t = new int[0];
        private int[] w = new int[0];

        /**
         * The cost (negative natural logarithm of the probability) of the likeliest slips that turn
         * {@code intended} into {@code typed}; both lower case.
         */
        double cost(String typed, String intended) {
            int n = typed.length();
            int m = intended.length();
            int cols = m + 1;
            if (d.length < (n + 1) * cols) {
                d = new double[Math.max((n + 1) * cols, 2 * d.length)];
            }
            if (t.length < n || w.length < m) {
                t = new int[Math.max(Math.max(n, m), 2 * t.length)];
                w = new int[t.length];
            }
            for (int k = 0; k < n; k++) {
                t[k] = code(typed.charAt(k));
            }
            for (int k = 0; k < m; k++) {
                w[k] = code(intended.charAt(k));
            }
            double[] dd = d;
            dd[0] = 0;
            for (int i = 1; i <= n; i++) {
                dd[i * cols] = dd[(i - 1) * cols] + ins[t[i - 1]];
            }
            for (int j = 1; j <= m; j++) {
                dd[j] = dd[j - 1] + del[(j > 1 ? w[j - 2] : 0) * A + w[j - 1]];
            }
            // only a band around the diagonal: slips that stray further cost more than any candidate offered
            int below = Math.max(0, n - m) + BAND;
            int above = Math.max(0, m - n) + BAND;
            for (int i = 1; i <= n; i++) {
                Arrays.fill(dd, i * cols + 1, i * cols + cols, Double.POSITIVE_INFINITY);
            }
            for (int i = 1; i <= n; i++) {
                int a = t[i - 1];
                char ac = typed.charAt(i - 1);
                int to = Math.min(m, i + above);
                for (int j = Math.max(1, i - below); j <= to; j++) {
                    int b = w[j - 1];
                    int p = j > 1 ? w[j - 2] : 0;
                    double best = dd[(i - 1) * cols + j - 1] + (ac == intended.charAt(j - 1) ? 0 : sub[a * A + b]);
                    best = EditCost.min(best, dd[(i - 1) * cols + j] + ins[b * A + a]);
                    best = EditCost.min(best, dd[i * cols + j - 1] + del[p * A + b]);
                    if (i > 1 && j > 1 && ac == intended.charAt(j - 2) && typed.charAt(i - 2) == intended.charAt(j - 1)
                            && ac != typed.charAt(i - 2)) {
                        best = EditCost.min(best, dd[(i - 2) * cols + j - 2] + swap[p * A + b]);
                    }
                    best = EditCost.min(best, chunks(dd, cols, i, j));
                    dd[i * cols + j] = best;
                }
            }
            return dd[n * cols + m];
        }

        /** The best way to reach cell (i, j) with a multi-letter slip last. */
        private double chunks(double[] dd, int cols, int i, int j) {
            double best = Double.POSITIVE_INFINITY;
            int wKey = 0;
            for (int ca = 1; ca <= CHUNK && ca <= j; ca++) {
                wKey += Math.max(1, w[j - ca]) << 5 * (ca - 1);
                if (!intendedSides[wKey]) {
                    continue;
                }
                int tKey = 0;
                for (int cb = 0; cb <= CHUNK && cb <= i; cb++) {
                    if (cb > 0) {
                        tKey += Math.max(1, t[i - cb]) << 5 * (cb - 1);
                    }
                    if (ca + cb > 2 && typedSides[tKey]) {
                        float c = chunk(wKey << 15 | tKey);
                        if (!Float.isNaN(c)) {
                            best = EditCost.min(best, dd[(i - cb) * cols + j - ca] + c);
                        }
                    }
                }
            }
            return best;
        }
    }

    /** Writes the model; the same model gives the same bytes. */
    void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        data.writeInt(MAGIC);
        for (float[] table : List.of(sub, del, ins, swap)) {
            for (float f : table) {
                data.writeFloat(f);
            }
        }
        int[] order = new int[chunkKeys.length];
        int count = 0;
        for (int k : chunkKeys) {
            if (k != 0) {
                order[count++] = k;
            }
        }
        Arrays.sort(order, 0, count);
        data.writeInt(count);
        for (int i = 0; i < count; i++) {
            data.writeInt(order[i]);
            data.writeFloat(chunk(order[i]));
        }
        data.flush();
    }

    /** Reads a model written by {@link #write}. */
    static ChannelModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a channel model file");
        }
        float[][] tables = new float[4][A * A];
        for (float[] table : tables) {
            for (int k = 0; k < table.length; k++) {
                table[k] = data.readFloat();
            }
        }
        int count = data.readInt();
        Map<Integer, Float> chunks = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            chunks.put(data.readInt(), data.readFloat());
        }
        return new ChannelModel(tables[0], tables[1], tables[2], tables[3], chunks);
    }

    /** Build step: learns the model from the shipped list and writes it into a folder (this package's class output). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ChannelModel OUTPUT_FOLDER");
        }
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(folder.resolve(RESOURCE))) {
            learn(KnownMisspellings.general()).write(out);
        }
    }
}
