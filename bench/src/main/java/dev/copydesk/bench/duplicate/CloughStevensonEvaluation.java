package dev.copydesk.bench.duplicate;

import dev.copydesk.core.check.Finding;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.model.Document;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the duplicate check on the Clough-Stevenson corpus of plagiarised short answers (the folder
 * given as the only argument, holding {@code data/} and its {@code file_information.csv}). Each file
 * is one paragraph (its lines joined).
 *
 * <p>Pairwise: every answer is checked together with the source of its task, as the corpus' own task
 * is defined; the corpus labels map to the check's kinds as cut -> exact/near/containment (a near copy
 * of parts of the source), light -> near/containment, heavy -> rewrite, non -> nothing. Whole corpus:
 * all 100 files in one run; a reported group is correct when every answer in it reuses the source of
 * one task (and the group holds that source).
 */
public final class CloughStevensonEvaluation {
    private CloughStevensonEvaluation() {
    }

    record Answer(String file, String task, String label) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CloughStevensonEvaluation <clough-stevenson-plagiarism folder> [option=value...]");
            System.exit(2);
        }
        Path data = Path.of(args[0]).resolve("data");
        List<Answer> answers = new ArrayList<>();
        Map<String, Document> documents = new TreeMap<>();
        for (String line : Files.readAllLines(data.resolve("file_information.csv"))) {
            String[] f = line.split(",");
            if (f.length != 3 || f[0].equals("File")) {
                continue;
            }
            String text = Files.readString(data.resolve(f[0]), StandardCharsets.ISO_8859_1).strip().replaceAll("\\s+", " ");
            documents.put(f[0], CheckRun.document(f[0], List.of(text)));
            if (!f[2].equals("orig")) {
                answers.add(new Answer(f[0], f[1], f[2]));
            }
        }
        PrintStream out = System.out;
        Map<String, String> options = CheckRun.options(args, 1);
        out.println("options: " + (options.isEmpty() ? "defaults" : options));
        pairwise(answers, documents, options, out);
        wholeCorpus(answers, documents, options, out);
    }

    private static void pairwise(List<Answer> answers, Map<String, Document> documents,
                                 Map<String, String> options, PrintStream out) {
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        for (String label : List.of("cut", "light", "heavy", "non")) {
            confusion.put(label, new TreeMap<>());
        }
        for (Answer a : answers) {
            Corpus corpus = Corpus.of(List.of(documents.get("orig_task" + a.task() + ".txt"), documents.get(a.file())));
            List<Finding> findings = CheckRun.run(corpus, options);
            String kind = findings.isEmpty() ? "none" : CheckRun.comparison(findings.get(0)).kind();
            confusion.get(a.label()).merge(kind, 1, Integer::sum);
        }
        out.println("Pairwise (each answer with its task's source): label -> reported kind");
        confusion.forEach((label, kinds) -> out.println("  " + label + ": " + kinds));
        int reuse = 0;
        int reuseFound = 0;
        int reported = 0;
        for (var e : confusion.entrySet()) {
            int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            int found = total - e.getValue().getOrDefault("none", 0);
            reported += found;
            if (!e.getKey().equals("non")) {
                reuse += total;
                reuseFound += found;
                out.printf(Locale.ROOT, "  recall %-5s %2d/%2d = %5.1f%%%n", e.getKey(), found, total, 100.0 * found / total);
            }
        }
        int nonFound = reported - reuseFound;
        out.printf(Locale.ROOT, "  recall exact+near (cut+light) %d/%d = %.1f%%, rewrite (heavy) %d/%d = %.1f%%%n",
                found(confusion, "cut") + found(confusion, "light"), total(confusion, "cut") + total(confusion, "light"),
                100.0 * (found(confusion, "cut") + found(confusion, "light"))
                        / (total(confusion, "cut") + total(confusion, "light")),
                found(confusion, "heavy"), total(confusion, "heavy"),
                100.0 * found(confusion, "heavy") / total(confusion, "heavy"));
        out.printf(Locale.ROOT, "  precision over reported pairs %d/%d = %.1f%% (non answers reported: %d); recall of reuse %d/%d = %.1f%%%n",
                reuseFound, reported, 100.0 * reuseFound / Math.max(1, reported), nonFound, reuseFound, reuse,
                100.0 * reuseFound / reuse);
    }

    private static int found(Map<String, Map<String, Integer>> confusion, String label) {
        return total(confusion, label) - confusion.get(label).getOrDefault("none", 0);
    }

    private static int total(Map<String, Map<String, Integer>> confusion, String label) {
        return confusion.get(label).values().stream().mapToInt(Integer::intValue).sum();
    }

    private static void wholeCorpus(List<Answer> answers, Map<String, Document> documents,
                                    Map<String, String> options, PrintStream out) {
        Map<String, Answer> byFile = new HashMap<>();
        answers.forEach(a -> byFile.put(a.file(), a));
        List<Finding> findings = CheckRun.run(Corpus.of(new ArrayList<>(documents.values())), options);
        int correct = 0;
        int answersGrouped = 0;
        int reuseGrouped = 0;
        for (Finding f : findings) {
            List<String> files = CheckRun.comparison(f).members().stream().map(m -> m.location().documentId()).toList();
            String task = files.stream().filter(x -> x.startsWith("orig_task")).map(x -> x.substring(9, 10))
                    .findFirst().orElse(null);
            boolean ok = task != null;
            for (String file : files) {
                Answer a = byFile.get(file);
                if (a == null) {
                    continue;
                }
                answersGrouped++;
                boolean reuse = !a.label().equals("non") && a.task().equals(task);
                reuseGrouped += reuse ? 1 : 0;
                ok &= reuse;
            }
            correct += ok ? 1 : 0;
            out.println("  group " + CheckRun.comparison(f).kind() + " " + files.stream()
                    .map(x -> byFile.containsKey(x) ? x + "(" + byFile.get(x).label() + ")" : x).toList());
        }
        long reuse = answers.stream().filter(a -> !a.label().equals("non")).count();
        out.printf(Locale.ROOT, "Whole corpus (100 files, one run): %d groups, %d correct = %.1f%% group precision; "
                        + "answers grouped %d, of which reuse of their source %d (%.1f%% member precision); "
                        + "reuse answers found %d/%d = %.1f%%%n",
                findings.size(), correct, 100.0 * correct / Math.max(1, findings.size()), answersGrouped, reuseGrouped,
                100.0 * reuseGrouped / Math.max(1, answersGrouped), reuseGrouped, reuse, 100.0 * reuseGrouped / reuse);
    }
}
