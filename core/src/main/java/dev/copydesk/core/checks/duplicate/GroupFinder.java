package dev.copydesk.core.checks.duplicate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * Finds the groups of paragraphs: exact copies are joined by their key (one representative each
 * goes on), representatives are paired by LSH and by shared anchors, every candidate pair is verified
 * with exact shingle containment, and union-find joins the verified pairs. Groups come out in corpus order, each listing
 * its paragraphs in corpus order.
 */
final class GroupFinder {
    private final DuplicateSettings settings;
    /** Word-quadruple shingles of the long paragraphs, by paragraph, once {@link #groups} starts. */
    private AtomicReferenceArray<int[]> quadruples = new AtomicReferenceArray<>(0);

    GroupFinder(DuplicateSettings settings) {
        this.settings = settings;
    }

    /** The groups of two or more paragraphs, as paragraph indices. */
    List<int[]> groups(Paragraphs paragraphs) {
        int n = paragraphs.size();
        DisjointSets sets = new DisjointSets(n);
        quadruples = new AtomicReferenceArray<>(n);
        int[] representatives = joinExactCopies(paragraphs, sets);
        linkCandidates(paragraphs, representatives, sets);
        return collect(sets, n);
    }

    /** Whether a candidate pair shares enough shingles to be the same text (alignment not consulted). */
    boolean verified(int[] a, int[] b) {
        return verdict(a, b) == Verdict.SAME;
    }

    private enum Verdict { SAME, ALIGN, DIFFERENT }

    /**
     * Same text when enough shingles are shared; worth aligning when fewer are, but still at least
     * {@code aligned-containment}; different otherwise.
     */
    private Verdict verdict(int[] a, int[] b) {
        int smaller = Math.min(a.length, b.length);
        // below this count every outcome is DIFFERENT, so the overlap may stop once it cannot be reached
        int need = Math.max(Math.min(settings.minSharedShingles(), smaller),
                (int) Math.ceil(Math.min(settings.alignedContainment(), settings.minContainment()) * smaller));
        int shared = Shingles.overlap(a, b, need);
        if (shared < Math.min(settings.minSharedShingles(), smaller)) {
            return Verdict.DIFFERENT;
        }
        if (shared >= settings.minContainment() * smaller) {
            return Verdict.SAME;
        }
        return shared >= settings.alignedContainment() * smaller ? Verdict.ALIGN : Verdict.DIFFERENT;
    }

    /**
     * Shingles (distinct word pairs) from which a paragraph is long: a whole document written as
     * one line, or a long quotation. Two different texts that long share word pairs by chance,
     * the more the longer they are: two presidents' addresses of 5,000 to 25,000 words each share
     * 15 to 27% of the shorter one's pairs, above {@code min-containment}, while at 1,000 words the
     * most is 10%; a 900-word address shares a quarter of its pairs with the longest ones.
     */
    static final int LONG_SHINGLES = 1_000;
    /**
     * Words per shingle in the verdict on two long paragraphs: chance shares under 4% of word
     * quadruples between those addresses, and a copy or an edited copy most of them.
     */
    static final int LONG_SHINGLE_SIZE = 4;

    /**
     * The verdict on a pair of paragraphs, aligning their words when the shingles alone do not
     * decide. When either is long ({@link #LONG_SHINGLES}), they are the same text when
     * {@code min-containment} of the shorter one's word quadruples are in the other, whatever their
     * word pairs share: a short paragraph finds most of its word pairs in a long text by chance.
     */
    private boolean verified(Paragraphs paragraphs, int a, int b) {
        int[] sa = paragraphs.shingles[a];
        int[] sb = paragraphs.shingles[b];
        if (Math.max(sa.length, sb.length) > LONG_SHINGLES) {
            int[] qa = quadruples(paragraphs, a);
            int[] qb = quadruples(paragraphs, b);
            int smaller = Math.min(qa.length, qb.length);
            return Shingles.overlap(qa, qb, (int) Math.ceil(settings.minContainment() * smaller))
                    >= settings.minContainment() * smaller;
        }
        return switch (verdict(sa, sb)) {
            case SAME -> true;
            case DIFFERENT -> false;
            case ALIGN -> {
                double containment = (double) Shingles.overlap(sa, sb) / Math.min(sa.length, sb.length);
                yield containment + WordAlignment.coverage(paragraphs.words(a), paragraphs.words(b))
                        >= settings.alignedScore();
            }
        };
    }

    /**
     * The word-quadruple shingles of a paragraph, made once per run when first needed: a long
     * paragraph is a candidate beside many others.
     */
    private int[] quadruples(Paragraphs paragraphs, int p) {
        int[] made = quadruples.get(p);
        if (made == null) { // two threads may both make it; they make the same
            made = Shingles.of(paragraphs.words(p), LONG_SHINGLE_SIZE);
            quadruples.set(p, made);
        }
        return made;
    }

    private static int[] joinExactCopies(Paragraphs paragraphs, DisjointSets sets) {
        Map<Long, Integer> first = new HashMap<>();
        int[] reps = new int[paragraphs.size()];
        int count = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            Integer seen = first.putIfAbsent(paragraphs.exactKey[i], i);
            if (seen == null) {
                reps[count++] = i;
            } else {
                sets.union(seen, i);
            }
        }
        return Arrays.copyOf(reps, count);
    }

    private void linkCandidates(Paragraphs paragraphs, int[] reps, DisjointSets sets) {
        MinHashSketch sketch = new MinHashSketch(settings.bands(), settings.rows());
        int bands = settings.bands();
        long[] keys = new long[reps.length * bands];
        IntStream.range(0, reps.length).parallel().forEach(r -> {
            long[] k = sketch.bandKeys(paragraphs.shingles[reps[r]]);
            System.arraycopy(k, 0, keys, r * bands, bands);
        });
        new LshIndex(bands, settings.maxBucket()).candidates(keys, reps.length,
                (a, b) -> verified(paragraphs, reps[a], reps[b]),
                (pairs, count) -> join(paragraphs, reps, sets, pairs, count));
        if (settings.anchorSample() > 0) {
            int[][] repShingles = new int[reps.length][];
            for (int r = 0; r < reps.length; r++) {
                repShingles[r] = paragraphs.shingles[reps[r]];
            }
            long[] pairs = new AnchorIndex(settings.anchorSample(), settings.anchorMaxPostings(),
                    settings.anchorMinShared()).candidates(repShingles);
            join(paragraphs, reps, sets, pairs, pairs.length);
        }
    }

    /**
     * Verifies candidate pairs of representatives in parallel and joins those that hold. Pairs already
     * in one set are not verified again (the sets only change between calls, so the outcome does not
     * depend on the order the threads run in).
     */
    private void join(Paragraphs paragraphs, int[] reps, DisjointSets sets, long[] pairs, int count) {
        long[] accepted = IntStream.range(0, count).parallel().mapToLong(i -> pairs[i])
                .filter(pair -> {
                    int a = reps[(int) (pair >>> 32)];
                    int b = reps[(int) pair];
                    return sets.root(a) != sets.root(b) && verified(paragraphs, a, b);
                })
                .toArray();
        for (long pair : accepted) {
            sets.union(reps[(int) (pair >>> 32)], reps[(int) pair]);
        }
    }

    private static List<int[]> collect(DisjointSets sets, int n) {
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            count[sets.find(i)]++;
        }
        Map<Integer, List<Integer>> byRoot = new HashMap<>();
        List<List<Integer>> ordered = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int root = sets.find(i);
            if (count[root] < 2) {
                continue;
            }
            List<Integer> group = byRoot.get(root);
            if (group == null) {
                group = new ArrayList<>();
                byRoot.put(root, group);
                ordered.add(group);
            }
            group.add(i);
        }
        return ordered.stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toList();
    }
}
