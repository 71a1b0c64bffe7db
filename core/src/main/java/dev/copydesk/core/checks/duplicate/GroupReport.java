package dev.copydesk.core.checks.duplicate;

import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Evidence.Member;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Related;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Turns one group into one finding at its first occurrence: every shown member aligned word by word
 * against the first, the group classified from those alignments, the other members as related places.
 */
final class GroupReport {
    private final Corpus corpus;
    private final Paragraphs paragraphs;
    private final DuplicateSettings settings;
    private final String checkId;
    private final Severity severity;

    GroupReport(Corpus corpus, Paragraphs paragraphs, DuplicateSettings settings, String checkId,
                Severity severity) {
        this.corpus = corpus;
        this.paragraphs = paragraphs;
        this.settings = settings;
        this.checkId = checkId;
        this.severity = severity;
    }

    Finding finding(int[] group) {
        int shown = Math.min(group.length, settings.maxMembers());
        int first = group[0];
        String firstText = block(first).text();
        List<List<WordDiff.Word>> words = splits(group, shown);
        List<Member> members = new ArrayList<>(List.of(new Member(location(first), firstText, 1.0, List.of())));
        GroupKind kind = GroupKind.EXACT;
        for (int m = 1; m < shown; m++) {
            int p = group[m];
            String text = block(p).text();
            WordDiff diff = WordDiff.of(words.get(0), words.get(m));
            boolean exact = paragraphs.exactKey[p] == paragraphs.exactKey[first];
            kind = kind.looser(exact ? GroupKind.EXACT : relation(group, words, m, diff));
            members.add(exact ? new Member(location(p), text, 1.0, diff.tokens())
                    : closest(group, words, m, text, diff));
        }
        long documents = IntStream.of(group).map(p -> paragraphs.document[p]).distinct().count();
        if ((kind == GroupKind.EXACT || kind == GroupKind.NEAR) && documents >= settings.boilerplateDocuments()) {
            kind = GroupKind.BOILERPLATE;
        }
        List<Related> related = members.subList(1, members.size()).stream()
                .map(m -> new Related(m.location(), m.text(), String.format(Locale.ROOT, "similarity %.2f to %s",
                        m.similarity(), m.comparedWith() == 0 ? "the first occurrence"
                                : "the occurrence at " + members.get(m.comparedWith()).location().describe())))
                .toList();
        return new Finding(checkId, kind.severity(severity), kind.confidence(), location(first),
                message(kind, group.length, documents, location(first), related), firstText, List.of(), related,
                new Evidence.Comparison(kind.id(), members), String.join(" ", WordHashes.words(firstText)));
    }

    /**
     * A member's relation to the group: its closest relation to any other shown member, as union-find
     * joined it. Two near copies of one paragraph are near even when the first is a copy, and two
     * longer paragraphs quoting the same short one make a containment group, not a rewrite.
     */
    private GroupKind relation(int[] group, List<List<WordDiff.Word>> words, int m, WordDiff againstFirst) {
        GroupKind best = classify(againstFirst);
        for (int j = 1; j < words.size() && best.ordinal() > GroupKind.NEAR.ordinal(); j++) {
            if (j == m) {
                continue;
            }
            GroupKind kind = paragraphs.exactKey[group[j]] == paragraphs.exactKey[group[m]]
                    ? GroupKind.EXACT : classify(WordDiff.of(words.get(j), words.get(m)));
            best = kind.ordinal() < best.ordinal() ? kind : best;
        }
        return best;
    }

    /**
     * Member {@code m} as the report shows it: beside the first member, unless it is only a rewrite
     * of the first and another shown member is closer to it (the paragraph that merges it with
     * the first, say); then beside the closest one, the earliest of equals, so that an editor sees
     * why it is in the group rather than a pair with little in common.
     */
    private Member closest(int[] group, List<List<WordDiff.Word>> words, int m, String text, WordDiff againstFirst) {
        int best = 0;
        WordDiff bestDiff = againstFirst;
        boolean bestExact = false;
        if (againstFirst.similarity() < settings.nearSimilarity()) {
            for (int j = 1; j < words.size(); j++) {
                if (j == m) {
                    continue;
                }
                if (paragraphs.exactKey[group[j]] == paragraphs.exactKey[group[m]]) {
                    best = j;
                    bestDiff = null;
                    bestExact = true;
                    break;
                }
                WordDiff diff = WordDiff.of(words.get(j), words.get(m));
                if (round(diff.similarity()) > round(bestDiff.similarity())) {
                    best = j;
                    bestDiff = diff;
                }
            }
        }
        if (bestExact) {
            return new Member(location(group[m]), text, 1.0, WordDiff.of(words.get(best), words.get(m)).tokens(), best);
        }
        return new Member(location(group[m]), text, round(bestDiff.similarity()), bestDiff.tokens(), best);
    }

    /** The words of each shown member, split once for all the alignments among them. */
    private List<List<WordDiff.Word>> splits(int[] group, int shown) {
        List<List<WordDiff.Word>> out = new ArrayList<>(shown);
        for (int m = 0; m < shown; m++) {
            out.add(WordDiff.Word.split(block(group[m]).text()));
        }
        return out;
    }

    private GroupKind classify(WordDiff diff) {
        if (diff.lengthRatio() <= settings.containmentLength() && diff.coverage() >= settings.nearSimilarity()) {
            return GroupKind.CONTAINMENT;
        }
        return diff.similarity() >= settings.nearSimilarity() ? GroupKind.NEAR : GroupKind.REWRITE;
    }

    private static String message(GroupKind kind, int occurrences, long documents, Location first,
                                  List<Related> related) {
        String places = related.stream().limit(3).map(r -> place(r.location(), first)).collect(
                Collectors.joining(", "));
        String more = occurrences - 1 > 3 ? " and " + (occurrences - 4) + " more" : "";
        return String.format(Locale.ROOT, "%s (%s), %d occurrences in %d document%s: also at %s%s", kind.title(),
                kind.id(), occurrences, documents, documents == 1 ? "" : "s", places, more);
    }

    /** Where a member is, as short as the reader needs: the line in the same document, else the full place. */
    private static String place(Location member, Location sameDocumentAs) {
        return member.documentId().equals(sameDocumentAs.documentId()) && member.hasLineColumn()
                ? "line " + member.line() : member.describe();
    }

    private Block block(int p) {
        return document(p).blocks().get(paragraphs.block[p]);
    }

    private Document document(int p) {
        return corpus.documents().get(paragraphs.document[p]);
    }

    private Location location(int p) {
        return Location.of(document(p), block(p));
    }

    private static double round(double similarity) {
        return Math.round(similarity * 1000) / 1000.0;
    }
}
