package dev.copydesk.core.corpus;

import dev.copydesk.core.check.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A labels file of expected findings ({@code document<TAB>paragraph<TAB>subject<TAB>suggestion...},
 * {@code #} comments) and the score of a list of findings against it.
 */
public final class Labels {
    private final List<Label> labels;

    private Labels(List<Label> labels) {
        this.labels = labels;
    }

    /**
     * One expected finding: the document's file name, the 1-based paragraph and the flagged text. A
     * finding matches when it is in that paragraph and its subject is the labelled text, or a name
     * that contains it as a word ({@code christian Democratic Union} for {@code christian}).
     */
    public record Label(String document, int paragraph, String subject, String suggestion) {
        boolean matches(Finding f) {
            boolean document = f.location().documentId().endsWith("/" + this.document)
                    || f.location().documentId().equals(this.document);
            return document && f.location().blockIndex() + 1 == paragraph
                    && (" " + f.subject() + " ").contains(" " + subject + " ");
        }

        @Override
        public String toString() {
            return document + ":" + paragraph + " '" + subject + "'";
        }
    }

    /** Reads a labels file. */
    public static Labels read(Path file) {
        List<Label> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                out.add(new Label(c[0], Integer.parseInt(c[1]), c[2], c.length > 3 ? c[3] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Labels(List.copyOf(out));
    }

    public List<Label> labels() {
        return labels;
    }

    /** Labels no finding matches. */
    public List<Label> missed(List<Finding> findings) {
        return labels.stream().filter(l -> findings.stream().noneMatch(l::matches)).toList();
    }

    /** Findings no label matches. */
    public List<Finding> unexpected(List<Finding> findings) {
        return findings.stream().filter(f -> labels.stream().noneMatch(l -> l.matches(f))).toList();
    }

    /** Precision and recall of findings against these labels. */
    public Score score(List<Finding> findings) {
        int truePositives = findings.size() - unexpected(findings).size();
        return new Score(truePositives, findings.size(), labels.size() - missed(findings).size(), labels.size());
    }

    /**
     * Precision (correct findings / findings) and recall (labels found / labels).
     */
    public record Score(int correct, int reported, int found, int expected) {
        public double precision() {
            return reported == 0 ? 1 : correct / (double) reported;
        }

        public double recall() {
            return expected == 0 ? 1 : found / (double) expected;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "precision %.3f (%d/%d), recall %.3f (%d/%d)", precision(), correct,
                    reported, recall(), found, expected);
        }
    }
}
