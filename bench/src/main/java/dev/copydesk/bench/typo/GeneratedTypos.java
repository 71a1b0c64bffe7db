package dev.copydesk.bench.typo;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.checks.typo.TypoCheck;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.load.DocumentLoader;
import dev.copydesk.core.load.FileDiscovery;
import dev.copydesk.core.segment.Segmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the typo check on the typos {@code make-bigcorpus.sh} injects into the corpus it generates:
 * its manifest ({@code OUT.manifest.tsv}, beside the corpus folder) names each line that got a typo
 * and the word before and after ({@code typo:forces->forcse}, two neighbouring letters swapped). A
 * typo counts as found when a typo finding on that line covers the mistyped letters (as a warning
 * when the finding is one), and as
 * corrected at rank k when the finding's k-th suggestion is the word as it was, in the finding's
 * own form ({@code regime’s} for {@code regmie’s}) and in any case (the generator also lowercases
 * names, so {@code Iraqi} is the right correction of {@code iraiq}). The generator's typos are all
 * transpositions in words of five letters or more, so this is a measure of recall and ranking on
 * one kind of slip across a large corpus where the corpus itself is evidence (the same typo
 * recurs, beside the word done right); it says nothing of precision. Prints the figures and the
 * typos most often missed or misranked.
 *
 * <p>Usage: {@code GeneratedTypos CORPUS_DIR [MANIFEST]} (the manifest defaults to
 * {@code CORPUS_DIR.manifest.tsv}).
 */
public final class GeneratedTypos {
    private static final int LIMIT = Integer.getInteger("limit", 15);

    private GeneratedTypos() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: GeneratedTypos CORPUS_DIR [MANIFEST]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Path manifest = args.length > 1 ? Path.of(args[1])
                : dir.resolveSibling(dir.getFileName() + ".manifest.tsv");
        Map<String, String[]> injected = injected(manifest);

        var found = FileDiscovery.of(List.of(), List.of(), false).discover(List.of(dir));
        Corpus corpus = Corpus.of(DocumentLoader.create(Segmenter.english()).load(found.files()).documents());
        TypoCheck typo = new TypoCheck();
        long t0 = System.nanoTime();
        List<Finding> findings = typo.run(corpus, CheckContext.defaults(typo.info()));
        double seconds = (System.nanoTime() - t0) / 1e9;

        Map<String, List<Finding>> byLine = new HashMap<>();
        for (Finding f : findings) {
            String file = Path.of(f.location().documentId()).getFileName().toString();
            byLine.computeIfAbsent(file + "\t" + f.location().line(), k -> new ArrayList<>()).add(f);
        }
        int detected = 0;
        int warned = 0;
        int first = 0;
        int topFive = 0;
        Map<String, Integer> missed = new TreeMap<>();
        Map<String, Integer> misranked = new TreeMap<>();
        for (Map.Entry<String, String[]> e : injected.entrySet()) {
            String good = e.getValue()[0];
            String bad = e.getValue()[1];
            Finding hit = null;
            for (Finding f : byLine.getOrDefault(e.getKey(), List.of())) {
                if (f.subject().contains(bad)) {
                    hit = f;
                    break;
                }
            }
            if (hit == null) {
                missed.merge(bad + " (" + good + ")", 1, Integer::sum);
                continue;
            }
            detected++;
            if (hit.severity() == Severity.WARNING) {
                warned++;
            }
            String want = hit.subject().replace(bad, good);
            List<String> s = hit.suggestions();
            if (!s.isEmpty() && s.get(0).equalsIgnoreCase(want)) {
                first++;
            }
            if (s.subList(0, Math.min(5, s.size())).stream().anyMatch(want::equalsIgnoreCase)) {
                topFive++;
            } else {
                misranked.merge(hit.subject() + " -> " + want + " " + s.subList(0, Math.min(3, s.size())), 1,
                        Integer::sum);
            }
        }
        int n = injected.size();
        System.out.printf("injected typos %d: found %.1f%% (as warnings %.1f%%), right word first %.1f%%, in the first five %.1f%% "
                + "(typo check %.2f s, %d findings)%n", n, 100.0 * detected / n, 100.0 * warned / n, 100.0 * first / n,
                100.0 * topFive / n, seconds, findings.size());
        print("most often missed", missed);
        print("most often not in the first five", misranked);
    }

    private static void print(String title, Map<String, Integer> counts) {
        System.out.println(title + ":");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(LIMIT)
                .forEach(e -> System.out.printf("  %4d  %s%n", e.getValue(), e.getKey()));
    }

    /** File and line (tab-separated) to the word before and after the typo. */
    private static Map<String, String[]> injected(Path manifest) throws IOException {
        Map<String, String[]> out = new TreeMap<>();
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", -1);
            for (String p : cols[cols.length - 1].split(",")) {
                if (p.startsWith("typo:")) {
                    String[] pair = p.substring(5).split("->", 2);
                    out.put(cols[0] + "\t" + cols[1], pair);
                }
            }
        }
        return out;
    }
}
