package dev.copydesk.bench.duplicate;

import dev.copydesk.core.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Makes a corpus of N paragraphs from the seed articles, deterministically from a seed. The seeds'
 * words, ranked by frequency and extended with pronounceable made-up words, form a Zipf-distributed
 * vocabulary (so common words and word pairs recur as they do in news copy); each paragraph is 30 to
 * 80 words drawn from it, cut into sentences. Then groups of copies are planted: exact (re-cased,
 * re-punctuated), near (one word in ten replaced, at distinct places) and containment (the paragraph inside a longer one),
 * each in 2 to 4 random documents. Ten paragraphs per document.
 */
public final class CorpusGenerator {
    static final int PARAGRAPHS_PER_DOCUMENT = 10;

    /** A planted group: its kind and the (document, paragraph) of each copy, the original first. */
    public record Planted(String kind, List<int[]> members) {
    }

    /** The generated documents and the groups planted in them. */
    public record Generated(List<Document> documents, List<Planted> planted) {
    }

    private final String[] vocabulary;
    private final double[] cumulative;

    private CorpusGenerator(String[] vocabulary) {
        this.vocabulary = vocabulary;
        cumulative = new double[vocabulary.length];
        double sum = 0;
        for (int i = 0; i < vocabulary.length; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /** A generator whose vocabulary starts with the words of the seed articles under {@code seeds}. */
    public static CorpusGenerator fromSeeds(Path seeds, int vocabularySize, long seed) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                for (String w : Files.readString(f, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)
                        .split("[^\\p{L}\\p{N}]+")) {
                    if (!w.isEmpty()) {
                        counts.merge(w, 1, Integer::sum);
                    }
                }
            }
        }
        List<String> words = new ArrayList<>(counts.keySet());
        words.sort((a, b) -> counts.get(b).equals(counts.get(a)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
        Random random = new Random(seed);
        String[] syllables = {"ka", "ri", "mo", "sa", "te", "lu", "na", "vi", "do", "re", "shi", "ba", "qu", "el", "an"};
        Set<String> seen = new HashSet<>(words);
        while (words.size() < vocabularySize) {
            StringBuilder w = new StringBuilder();
            for (int s = 2 + random.nextInt(3); s > 0; s--) {
                w.append(syllables[random.nextInt(syllables.length)]);
            }
            if (seen.add(w.toString())) {
                words.add(w.toString());
            }
        }
        return new CorpusGenerator(words.toArray(String[]::new));
    }

    /** {@code paragraphs} paragraphs (rounded up to whole documents) with about one planted group per 1,000. */
    public Generated generate(int paragraphs, long seed) {
        return generate(paragraphs, Math.max(3, paragraphs / 1000), seed);
    }

    /**
     * {@code paragraphs} paragraphs (rounded up to whole documents) with {@code groups} planted
     * groups, exact, near and containment in turn (at most a third of the paragraphs' worth).
     */
    public Generated generate(int paragraphs, int groups, long seed) {
        Random random = new Random(seed);
        int documentCount = (paragraphs + PARAGRAPHS_PER_DOCUMENT - 1) / PARAGRAPHS_PER_DOCUMENT;
        String[][] text = new String[documentCount][PARAGRAPHS_PER_DOCUMENT];
        for (String[] doc : text) {
            for (int p = 0; p < doc.length; p++) {
                doc[p] = paragraph(random, 30 + random.nextInt(51));
            }
        }
        List<Planted> planted = new ArrayList<>();
        String[] kinds = {"exact", "near", "containment"};
        Set<Long> used = new HashSet<>();
        int documentsParagraphs = documentCount * PARAGRAPHS_PER_DOCUMENT;
        for (int g = 0; g < Math.min(groups, documentsParagraphs / 12); g++) { // a group takes at most 4 slots
            planted.add(plant(text, kinds[g % kinds.length], random, used));
        }
        List<Document> documents = new ArrayList<>(documentCount);
        for (int d = 0; d < documentCount; d++) {
            documents.add(CheckRun.document(String.format(Locale.ROOT, "gen/%07d.txt", d), List.of(text[d])));
        }
        return new Generated(documents, planted);
    }

    private Planted plant(String[][] text, String kind, Random random, Set<Long> used) {
        int[] origin = free(text, random, used);
        String original = text[origin[0]][origin[1]];
        List<int[]> members = new ArrayList<>(List.of(origin));
        for (int copies = 1 + random.nextInt(3); copies > 0; copies--) {
            int[] at = free(text, random, used);
            text[at[0]][at[1]] = switch (kind) {
                case "exact" -> original.toUpperCase(Locale.ROOT).replace(".", " ;");
                case "near" -> replaceWords(original, random);
                default -> paragraph(random, 30) + " " + original + " " + paragraph(random, 25);
            };
            members.add(at);
        }
        members.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        return new Planted(kind, members);
    }

    /** A paragraph slot no planted group uses yet (planted groups never overwrite each other). */
    private static int[] free(String[][] text, Random random, Set<Long> used) {
        while (true) {
            int[] at = {random.nextInt(text.length), random.nextInt(PARAGRAPHS_PER_DOCUMENT)};
            if (used.add((long) at[0] * PARAGRAPHS_PER_DOCUMENT + at[1])) {
                return at;
            }
        }
    }

    /** The paragraph with one word in ten (at distinct random places) replaced by another. */
    private String replaceWords(String original, Random random) {
        String[] words = original.split(" ");
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            places.add(i);
        }
        Collections.shuffle(places, random);
        for (int place : places.subList(0, Math.max(1, words.length / 10))) {
            words[place] = word(random);
        }
        return String.join(" ", words);
    }

    private String paragraph(Random random, int words) {
        StringBuilder out = new StringBuilder();
        boolean capital = true;
        for (int i = 0; i < words; i++) {
            String w = word(random);
            out.append(capital ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
            capital = random.nextInt(12) == 0 || i == words - 1;
            out.append(capital ? ". " : random.nextInt(15) == 0 ? ", " : " ");
        }
        return out.toString().strip();
    }

    private String word(Random random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return vocabulary[Math.min(vocabulary.length - 1, i < 0 ? -i - 1 : i)];
    }
}
