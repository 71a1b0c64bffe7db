package dev.copydesk.report;

import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct evidence of a list of findings, numbered in order of first use. A check may give the
 * same cluster or duplicate group to every finding it concerns (thousands of findings sharing one
 * cluster of thousands of occurrences); renderers write such evidence once and refer to it by
 * number, so output grows with the evidence, not with findings times evidence. The same object is
 * found by identity; otherwise evidence is matched through a cheap key (a cluster's kind, preferred
 * form and forms with their counts and documents; a group's kind and member locations) and then
 * compared in full, so equal copies are shared too. Evidence of one
 * finding alone (a word in its sentence) is never merged with another's.
 */
public final class EvidenceTable {
    private final List<Evidence> distinct = new ArrayList<>();
    private final Map<Finding, Integer> indexOf = new IdentityHashMap<>();

    private EvidenceTable() {
    }

    /** The table of a list of findings. */
    public static EvidenceTable of(List<Finding> findings) {
        EvidenceTable table = new EvidenceTable();
        Map<Object, List<Integer>> byKey = new HashMap<>();
        // a check usually hands the very same evidence object to every finding of a cluster or
        // group: found by identity, it needs neither its key made nor a comparison in full
        Map<Evidence, Integer> byIdentity = new IdentityHashMap<>();
        for (Finding f : findings) {
            Evidence e = f.evidence();
            Integer same = isShared(e) ? byIdentity.get(e) : null;
            if (same != null) {
                table.indexOf.put(f, same);
                continue;
            }
            List<Integer> candidates = byKey.computeIfAbsent(key(e, f), k -> new ArrayList<>(1));
            Integer found = null;
            for (int i : candidates) {
                Evidence seen = table.distinct.get(i);
                if (seen == e || seen.equals(e)) {
                    found = i;
                    break;
                }
            }
            if (found == null) {
                found = table.distinct.size();
                table.distinct.add(e);
                candidates.add(found);
            }
            table.indexOf.put(f, found);
            if (isShared(e)) {
                byIdentity.put(e, found);
            }
        }
        return table;
    }

    /** The distinct evidence, in order of first use. */
    public List<Evidence> distinct() {
        return List.copyOf(distinct);
    }

    /** The number of a finding's evidence in {@link #distinct()}. */
    public int index(Finding finding) {
        Integer i = indexOf.get(finding);
        if (i == null) {
            throw new IllegalArgumentException("finding not in this table: " + finding.message());
        }
        return i;
    }

    /** Whether evidence of this shape is shared between findings (clusters and duplicate groups). */
    public static boolean isShared(Evidence e) {
        return e instanceof Evidence.Forms || e instanceof Evidence.Comparison;
    }

    /** A key cheap to hash that equal evidence shares; per-finding evidence is keyed by its finding. */
    private static Object key(Evidence e, Finding f) {
        if (e instanceof Evidence.Forms forms) {
            // the documents too: a check that reports each occurrence of a slip on its own (a name
            // with a lower-case noun in a thousand documents) gives a thousand clusters alike in
            // forms and counts, which would all be compared in full with each other
            return List.of(forms.kind(), forms.preferred(), forms.forms().stream()
                    .map(fc -> List.of(fc.form(), fc.count(), fc.documents())).toList());
        }
        if (e instanceof Evidence.Comparison c) {
            return List.of(c.kind(), c.members().stream().map(Evidence.Member::location).toList());
        }
        return e instanceof Evidence.None ? Evidence.NONE : new IdentityKey(f);
    }

    /** Keys per-finding evidence by the finding's identity: it is never shared. */
    private record IdentityKey(Finding finding) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IdentityKey k && k.finding == finding;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(finding);
        }
    }
}
