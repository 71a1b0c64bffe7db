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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
 *
 * <p>The labels only say whether an answer reuses its task's source. Participants wrote their
 * {@code non} answers from learning materials of their own, and some of them copied the same outside
 * text; when every member of a group that does not reuse the group's source shares a verbatim run of
 * {@link VerbatimRun#EVIDENCE} words or more with another member, the group is counted a second time,
 * as reuse of a common outside source, and the shared run is printed as the evidence. Likewise, a
 * {@code cut} answer (a near copy) that shares no such run with its source cannot be a copy of the
 * excerpt shipped: its figures are also printed without it.
 *
 * <p>Every figure is printed for all tasks and separately for tasks a-c, on which the defaults were
 * tuned, and d-e, held out, so the gap between the two shows how far the tuning generalises.
 */
public final class CloughStevensonEvaluation {
    private CloughStevensonEvaluation() {
    }

    /** The tasks the defaults were tuned on; d and e are held out to show how far the tuning generalises. */
    static final Set<String> TUNING_TASKS = Set.of("a", "b", "c");

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
        Map<String, String> texts = new HashMap<>();
        for (String line : Files.readAllLines(data.resolve("file_information.csv"))) {
            String[] f = line.split(",");
            if (f.length != 3 || f[0].equals("File")) {
                continue;
            }
            String text = Files.readString(data.resolve(f[0]), StandardCharsets.ISO_8859_1).strip().replaceAll("\\s+", " ");
            documents.put(f[0], CheckRun.document(f[0], List.of(text)));
            texts.put(f[0], text);
            if (!f[2].equals("orig")) {
                answers.add(new Answer(f[0], f[1], f[2]));
            }
        }
        PrintStream out = System.out;
        Map<String, String> options = CheckRun.options(args, 1);
        out.println("options: " + (options.isEmpty() ? "defaults" : options));
        pairwise(answers, documents, texts, options, out);
        wholeCorpus(answers, documents, texts, options, out);
    }

    private static void pairwise(List<Answer> answers, Map<String, Document> documents, Map<String, String> texts,
                                 Map<String, String> options, PrintStream out) {
        Map<Answer, String> kinds = new LinkedHashMap<>();
        for (Answer a : answers) {
            Corpus corpus = Corpus.of(List.of(documents.get("orig_task" + a.task() + ".txt"), documents.get(a.file())));
            List<Finding> findings = CheckRun.run(corpus, options);
            kinds.put(a, findings.isEmpty() ? "none" : CheckRun.comparison(findings.get(0)).kind());
        }
        out.println("Pairwise (each answer with its task's source): label -> reported kind");
        report(answers, kinds, "all tasks (a-e)", out, true);
        report(answers.stream().filter(a -> TUNING_TASKS.contains(a.task())).toList(), kinds,
                "tasks a-c (tuning)", out, false);
        report(answers.stream().filter(a -> !TUNING_TASKS.contains(a.task())).toList(), kinds,
                "tasks d-e (held out)", out, false);
        Set<String> notInSource = new TreeSet<>();
        for (Answer a : answers) {
            VerbatimRun run = VerbatimRun.between(texts.get(a.file()), texts.get("orig_task" + a.task() + ".txt"));
            if (a.label().equals("cut") && !run.isEvidence()) {
                notInSource.add(a.file());
                out.println("  labelled cut, but its longest run shared with the source is " + run.length()
                        + " words ('" + run.words() + "'): " + a.file());
            }
        }
        report(answers.stream().filter(a -> !notInSource.contains(a.file())).toList(), kinds,
                "all tasks, without the cut answers not in the source excerpt " + notInSource, out, false);
    }

    /** Prints the label -> kind table (when asked), recall per label and precision for a subset of answers. */
    private static void report(List<Answer> subset, Map<Answer, String> kinds, String title, PrintStream out,
                               boolean table) {
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        for (String label : List.of("cut", "light", "heavy", "non")) {
            confusion.put(label, new TreeMap<>());
        }
        subset.forEach(a -> confusion.get(a.label()).merge(kinds.get(a), 1, Integer::sum));
        out.println(" " + title + ":");
        if (table) {
            confusion.forEach((label, k) -> out.println("  " + label + ": " + k));
        }
        int reuse = 0;
        int reuseFound = 0;
        int reported = 0;
        StringBuilder recalls = new StringBuilder("  recall");
        for (var e : confusion.entrySet()) {
            int total = total(confusion, e.getKey());
            int found = found(confusion, e.getKey());
            reported += found;
            if (!e.getKey().equals("non")) {
                reuse += total;
                reuseFound += found;
                recalls.append(String.format(Locale.ROOT, " %s %d/%d = %.1f%%", e.getKey(), found, total,
                        percent(found, total)));
            }
        }
        out.println(recalls);
        int exactNear = found(confusion, "cut") + found(confusion, "light");
        int exactNearTotal = total(confusion, "cut") + total(confusion, "light");
        out.printf(Locale.ROOT, "  recall exact+near (cut+light) %d/%d = %.1f%%, rewrite (heavy) %d/%d = %.1f%%%n",
                exactNear, exactNearTotal, percent(exactNear, exactNearTotal), found(confusion, "heavy"),
                total(confusion, "heavy"), percent(found(confusion, "heavy"), total(confusion, "heavy")));
        out.printf(Locale.ROOT, "  precision over reported pairs %d/%d = %.1f%% (non answers reported: %d); "
                        + "recall of reuse %d/%d = %.1f%%%n",
                reuseFound, reported, percent(reuseFound, reported), reported - reuseFound, reuseFound, reuse,
                percent(reuseFound, reuse));
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 100.0 : 100.0 * part / whole;
    }

    private static int found(Map<String, Map<String, Integer>> confusion, String label) {
        return total(confusion, label) - confusion.get(label).getOrDefault("none", 0);
    }

    private static int total(Map<String, Map<String, Integer>> confusion, String label) {
        return confusion.get(label).values().stream().mapToInt(Integer::intValue).sum();
    }

    private static void wholeCorpus(List<Answer> answers, Map<String, Document> documents, Map<String, String> texts,
                                    Map<String, String> options, PrintStream out) {
        Map<String, Answer> byFile = new HashMap<>();
        answers.forEach(a -> byFile.put(a.file(), a));
        List<Finding> findings = CheckRun.run(Corpus.of(new ArrayList<>(documents.values())), options);
        // per part (all, a-c, d-e): groups, correct groups, answers grouped, reuse answers grouped,
        // groups that are correct or reuse a common outside source
        Map<String, int[]> tally = new LinkedHashMap<>();
        for (String part : List.of("all tasks (a-e)", "tasks a-c (tuning)", "tasks d-e (held out)")) {
            tally.put(part, new int[5]);
        }
        for (Finding f : findings) {
            List<String> files = CheckRun.comparison(f).members().stream().map(m -> m.location().documentId()).toList();
            String source = files.stream().filter(x -> x.startsWith("orig_task")).map(x -> x.substring(9, 10))
                    .findFirst().orElse(null);
            boolean ok = source != null;
            int grouped = 0;
            int reused = 0;
            String task = source;
            List<String> outsiders = new ArrayList<>();
            for (String file : files) {
                Answer a = byFile.get(file);
                if (a == null) {
                    continue;
                }
                task = task == null ? a.task() : task;
                grouped++;
                boolean reuse = !a.label().equals("non") && a.task().equals(source);
                reused += reuse ? 1 : 0;
                ok &= reuse;
                if (!reuse) {
                    outsiders.add(file);
                }
            }
            boolean sharedOutsideSource = !ok;
            StringBuilder evidence = new StringBuilder();
            for (String file : outsiders) {
                VerbatimRun best = new VerbatimRun(0, "");
                for (String other : files) {
                    VerbatimRun run = other.equals(file) ? best : VerbatimRun.between(texts.get(file), texts.get(other));
                    best = run.length() > best.length() ? run : best;
                }
                sharedOutsideSource &= best.isEvidence();
                evidence.append(String.format(Locale.ROOT, "%n    %s shares %d words with the group: '%s'",
                        file, best.length(), best.words()));
            }
            for (String part : List.of("all tasks (a-e)",
                    TUNING_TASKS.contains(task) ? "tasks a-c (tuning)" : "tasks d-e (held out)")) {
                int[] t = tally.get(part);
                t[0]++;
                t[1] += ok ? 1 : 0;
                t[2] += grouped;
                t[3] += reused;
                t[4] += ok || sharedOutsideSource ? 1 : 0;
            }
            out.println("  group " + CheckRun.comparison(f).kind() + " " + files.stream()
                    .map(x -> byFile.containsKey(x) ? x + "(" + byFile.get(x).label() + ")" : x).toList() + evidence);
        }
        out.println("Whole corpus (100 files, one run):");
        tally.forEach((part, t) -> {
            int reuse = (int) answers.stream().filter(a -> !a.label().equals("non"))
                    .filter(a -> part.startsWith("all") || part.contains("a-c") == TUNING_TASKS.contains(a.task()))
                    .count();
            out.printf(Locale.ROOT, " %s: %d groups, %d correct = %.1f%% group precision; answers grouped %d, "
                            + "of which reuse of their source %d (%.1f%% member precision); "
                            + "reuse answers found %d/%d = %.1f%%%n",
                    part, t[0], t[1], percent(t[1], t[0]), t[2], t[3], percent(t[3], t[2]), t[3], reuse,
                    percent(t[3], reuse));
            out.printf(Locale.ROOT, "   counting groups whose other members share a verbatim run of %d+ words "
                            + "(a common outside source, which the labels do not describe) as correct: "
                            + "%d/%d = %.1f%% group precision%n",
                    VerbatimRun.EVIDENCE, t[4], t[0], percent(t[4], t[0]));
        });
    }
}
