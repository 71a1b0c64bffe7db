package dev.copydesk.core.checks.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.testing.RandomText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SketchAndIndexTest {
    private static final DuplicateSettings DEFAULTS =
            DuplicateSettings.from(CheckContext.defaults(new NearDuplicateCheck().info()));

    private static int[] shingles(String text) {
        return Shingles.of(WordHashes.of(text), 2);
    }

    @Test
    void wordHashesAndKeysAreThoseOfTheNormalisedWordsForAnyMixOfScripts() {
        String alphabet = "aZ9 ,.'’-\u00e9\u00c9\u0301\u0416\u0436\u062f\u4e2d\ud83d\ude00\u00df\u0130_\t"
                + "\u2010\u2013\u2014\u2018\u201c\u201d\u201f";
        java.util.Random random = new java.util.Random(5);
        for (int k = 0; k < 5_000; k++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                int at = random.nextInt(alphabet.length());
                text.append(alphabet.charAt(at));
                if (Character.isHighSurrogate(alphabet.charAt(at))) {
                    text.append(alphabet.charAt(at + 1));
                }
            }
            List<Long> expected = new ArrayList<>();
            for (String word : WordHashes.words(text.toString())) {
                long h = 0xcbf29ce484222325L;
                for (int cp : word.codePoints().toArray()) {
                    h = (h ^ cp) * 0x100000001b3L;
                }
                expected.add(h);
            }
            assertThat(WordHashes.of(text.toString())).as(text.toString())
                    .containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
            assertThat(WordHashes.key(text.toString())).as(text.toString())
                    .isEqualTo(String.join(" ", WordHashes.words(text.toString())));
        }
    }

    @Test
    void normalisesCaseQuotesAndPunctuationButKeepsEveryScript() {
        assertThat(WordHashes.words("“Damascus is WAITING,” he said—in Дамаске and دمشق."))
                .containsExactly("damascus", "is", "waiting", "he", "said", "in", "дамаске", "and", "دمشق");
        assertThat(WordHashes.of("It's 2,000 “troops”")).containsExactly(WordHashes.of("it’s 2 000 \"Troops\""));
    }

    @Test
    void givesEqualShingleSetsEqualBandKeysAndDisjointSetsDifferentOnes() {
        MinHashSketch sketch = new MinHashSketch(32, 1);
        int[] a = shingles("rebel forces have seized control of several towns southwest of the capital city");
        int[] b = shingles("the ministry of defence denied every report of a retreat from the southern provinces");

        assertThat(sketch.bandKeys(a)).containsExactly(sketch.bandKeys(a.clone()));
        long[] ka = sketch.bandKeys(a);
        long[] kb = sketch.bandKeys(b);
        int same = 0;
        for (int i = 0; i < ka.length; i++) {
            same += ka[i] == kb[i] ? 1 : 0;
        }
        assertThat(same).isZero();
    }

    @Test
    void pairsAPlantedCopyAmongThousandsOfUnrelatedParagraphsWithoutComparingAllPairs() {
        Random random = new Random(7);
        List<int[]> sets = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            StringBuilder p = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                p.append("w").append(random.nextInt(3000)).append(' ');
            }
            sets.add(shingles(p.toString()));
        }
        sets.add(sets.get(1234).clone());
        MinHashSketch sketch = new MinHashSketch(DEFAULTS.bands(), DEFAULTS.rows());
        long[] keys = new long[sets.size() * sketch.bands()];
        for (int i = 0; i < sets.size(); i++) {
            System.arraycopy(sketch.bandKeys(sets.get(i)), 0, keys, i * sketch.bands(), sketch.bands());
        }
        List<Long> found = new ArrayList<>();
        long[] total = {0};
        LshIndex index = new LshIndex(sketch.bands(), DEFAULTS.maxBucket());
        index.candidates(keys, sets.size(), (a, b) -> false, (pairs, count) -> {
            total[0] += count;
            for (int i = 0; i < count; i++) {
                if (new GroupFinder(DEFAULTS).verified(sets.get((int) (pairs[i] >>> 32)), sets.get((int) pairs[i]))) {
                    found.add(pairs[i]);
                }
            }
        });

        assertThat(found).isNotEmpty().allMatch(p -> p == (1234L << 32 | 5000L));
        long allPairs = (long) sets.size() * (sets.size() - 1) / 2;
        assertThat(total[0]).isLessThan(allPairs / 100);
    }

    @Test
    void pairsALargeBucketThroughAVerifiedHubAndSkipsItWhenNoProbeMatches() {
        long[] keys = new long[12];
        List<Long> pairs = new ArrayList<>();
        LshIndex.PairSink sink = (p, count) -> {
            for (int i = 0; i < count; i++) {
                pairs.add(p[i]);
            }
        };
        List<String> probed = Collections.synchronizedList(new ArrayList<>());
        new LshIndex(1, 10).candidates(keys, 12, (a, b) -> {
            probed.add(a + "-" + b);
            return false;
        }, sink);
        assertThat(pairs).isEmpty();
        assertThat(probed).hasSizeLessThanOrEqualTo(2 * LshIndex.HUBS);

        // item 0 matches nothing, item 1 matches its probes: the bucket is a star around item 1
        new LshIndex(1, 10).candidates(keys, 12, (a, b) -> a == 1 || b == 1, sink);
        assertThat(pairs).hasSize(11).allMatch(p -> (p >>> 32) == 1 || (p & 0xffffffffL) == 1)
                .allMatch(p -> (p >>> 32) < (p & 0xffffffffL));

        pairs.clear();
        new LshIndex(1, 12).candidates(keys, 12, (a, b) -> false, sink);
        assertThat(pairs).hasSize(66);
    }

    @Test
    void anchorsPairParagraphsThatShareAPassageAndSkipCommonAnchors() {
        Random random = new Random(11);
        List<int[]> sets = new ArrayList<>();
        String passage = "the convoy crossed the river at dawn before the bridge was closed by the army engineers";
        for (int i = 0; i < 2000; i++) {
            StringBuilder p = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                p.append("w").append(random.nextInt(5000)).append(' ');
            }
            // 30 paragraphs share one common phrase: more postings than the cap
            sets.add(shingles((i % 66 == 0 ? "according to the ministry of information " : "") + p));
        }
        StringBuilder noise = new StringBuilder();
        for (int w = 0; w < 200; w++) {
            noise.append("x").append(w).append(' ');
        }
        sets.set(100, shingles(noise + passage));
        sets.set(1500, shingles(passage + " " + noise.toString().replace('x', 'y')));
        AnchorIndex anchors = new AnchorIndex(4, 10, 1);

        long[] pairs = anchors.candidates(sets.toArray(int[][]::new));

        assertThat(pairs).contains(100L << 32 | 1500L).doesNotHaveDuplicates();
        assertThat(Arrays.stream(pairs).allMatch(p -> (p >>> 32) < (p & 0xffffffffL))).isTrue();
        assertThat(pairs).doesNotContain(0L << 32 | 66L);
        assertThat((long) pairs.length).isLessThan(2000L * 1999 / 2 / 100);
        assertThat(new AnchorIndex(4, 10, 100).candidates(sets.toArray(int[][]::new))).isEmpty();
    }

    @Test
    void verificationAndSimilarityAreSymmetric() {
        GroupFinder finder = new GroupFinder(DEFAULTS);
        for (long seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            String x = RandomText.letters(random, 300).replace('q', ' ')
                    + " the capital of syria and the rebel advance on damascus";
            String y = RandomText.letters(random, 300).replace('q', ' ')
                    + " the capital of syria and the rebel advance on damascus";
            assertThat(finder.verified(shingles(x), shingles(y))).as("seed %d", seed)
                    .isEqualTo(finder.verified(shingles(y), shingles(x)));
            assertThat(WordDiff.of(x, y).similarity()).as("seed %d", seed).isEqualTo(WordDiff.of(y, x).similarity());
        }
    }

    @Test
    void splitsWordsAsTheRegularExpressionItReplaced() {
        for (long seed = 0; seed < 500; seed++) {
            splitsWordsAsTheRegularExpressionItReplaced(RandomText.any(new Random(seed), 80), seed);
        }
    }

    private static void splitsWordsAsTheRegularExpressionItReplaced(String noise, long seed) {
        String text = noise + " fire,hayat “Quoted.”Next (a)bc said—in Дамаске, دمشق. \u00a0x\ty ";
        Pattern reference = Pattern.compile("\\s+|(?<=[.,;:!?\u201d\u00bb)\\]])(?=\\p{L}{2})");
        List<String> expected = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String w : reference.split(text.strip())) {
            if (!w.isEmpty()) {
                expected.add(w);
                keys.add(String.join(" ", WordHashes.words(w)));
            }
        }
        List<WordDiff.Word> words = WordDiff.Word.split(text);
        assertThat(words).as("seed %d: %s", seed, text).extracting(WordDiff.Word::text).isEqualTo(expected);
        assertThat(words).as("seed %d: %s", seed, text).extracting(WordDiff.Word::key).isEqualTo(keys);
    }

    @Test
    void splitsWordsGluedByPunctuationForTheDiff() {
        assertThat(WordDiff.Word.split("Adding fuel to the fire,hayat Tahrir; the U.S. said 2,000.”Our"))
                .extracting(WordDiff.Word::text)
                .containsExactly("Adding", "fuel", "to", "the", "fire,", "hayat", "Tahrir;", "the", "U.S.", "said",
                        "2,000.”", "Our");
    }
}
