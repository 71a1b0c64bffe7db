package dev.copydesk.core.corpus;

import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A labels file of expected clusters ({@code name<TAB>form | form | ...<TAB>kind}) and the score of
 * findings against it: a finding matches a cluster when the forms it counts (with at least one
 * occurrence) are exactly the labelled members.
 */
public final class ClusterLabels {
    private final List<Set<String>> clusters;

    private ClusterLabels(List<Set<String>> clusters) {
        this.clusters = clusters;
    }

    /** Reads a labels file. */
    public static ClusterLabels read(Path file) {
        List<Set<String>> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                out.add(Set.copyOf(List.of(c[1].split(" \\| "))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ClusterLabels(List.copyOf(out));
    }

    public List<Set<String>> clusters() {
        return clusters;
    }

    /** The forms a finding counts, with at least one occurrence. */
    public static Set<String> members(Finding f) {
        if (!(f.evidence() instanceof Evidence.Forms forms)) {
            return Set.of();
        }
        return forms.forms().stream().filter(c -> c.count() > 0).map(Evidence.FormCount::form)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Labelled clusters no finding matches. */
    public List<Set<String>> missed(List<Finding> findings) {
        return clusters.stream().filter(c -> findings.stream().noneMatch(f -> members(f).equals(c))).toList();
    }

    /** Findings that match no labelled cluster. */
    public List<Finding> unexpected(List<Finding> findings) {
        return findings.stream().filter(f -> !clusters.contains(members(f))).toList();
    }

    /** Precision and recall. */
    public Labels.Score score(List<Finding> findings) {
        return new Labels.Score(findings.size() - unexpected(findings).size(), findings.size(),
                clusters.size() - missed(findings).size(), clusters.size());
    }
}
