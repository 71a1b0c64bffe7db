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
            Alignments against = new Alignments(group, words, m);
            if (against.exact(0)) {
                members.add(new Member(location(p), text, 1.0, against.with(0).tokens()));
                continue; // an exact copy leaves the group's kind as it is
            }
            kind = kind.looser(relation(against));
            int j = closest(against);
            members.add(new Member(location(p), text, against.exact(j) ? 1.0 : round(against.with(j).similarity()),
                    against.with(j).tokens(), j));
        }
        long documents = IntStream.of(group).map(p -> paragraphs.document[p]).distinct().count();
        if ((kind == GroupKind.EXACT || kind == GroupKind.NEAR) && documents >= settings.boilerplateDocuments()) {
            kind = GroupKind.BOILERPLATE;
        }
        List<Related> related = members.subList(1, members.size()).stream()
                .map(m -> new Related(m.location(), m.text(), "similarity " + twoDecimals(m.similarity()) + " to "
                        + (m.comparedWith() == 0 ? "the first occurrence"
                                : "the occurrence at " + members.get(m.comparedWith()).location().describe())))
                .toList();
        return new Finding(checkId, kind.severity(severity), kind.confidence(), location(first),
                message(kind, group.length, documents, location(first), related), firstText, List.of(), related,
                new Evidence.Comparison(kind.id(), members), WordHashes.key(firstText));
    }

    /**
     * One member's word alignments with the other shown members of its group, each made once, when
     * first needed: {@link #relation} and {@link #closest} both read them.
     */
    private final class Alignments {
        private final int[] group;
        private final List<List<WordDiff.Word>> words;
        private final int member;
        private final WordDiff[] made;

        Alignments(int[] group, List<List<WordDiff.Word>> words, int member) {
            this.group = group;
            this.words = words;
            this.member = member;
            this.made = new WordDiff[words.size()];
        }

        /** The alignment of shown member {@code j}'s words with this member's. */
        WordDiff with(int j) {
            if (made[j] == null) {
                made[j] = WordDiff.of(words.get(j), words.get(member));
            }
            return made[j];
        }

        /** Whether shown member {@code j} has this member's text, but for case, quotes and spacing. */
        boolean exact(int j) {
            return paragraphs.exactKey[group[j]] == paragraphs.exactKey[group[member]];
        }

        /** How many members are shown. */
        int shown() {
            return words.size();
        }

        int member() {
            return member;
        }
    }

    /**
     * A member's relation to the group: its closest relation to any other shown member, as union-find
     * joined it. Two near copies of one paragraph are near even when the first is a copy, and two
     * longer paragraphs quoting the same short one make a containment group, not a rewrite.
     */
    private GroupKind relation(Alignments against) {
        GroupKind best = classify(against.with(0));
        for (int j = 1; j < against.shown() && best.ordinal() > GroupKind.NEAR.ordinal(); j++) {
            if (j == against.member()) {
                continue;
            }
            GroupKind kind = against.exact(j) ? GroupKind.EXACT : classify(against.with(j));
            best = kind.ordinal() < best.ordinal() ? kind : best;
        }
        return best;
    }

    /**
     * The shown member that a member is shown beside: the first, unless the member is only a
     * rewrite of it and another shown member is closer (the paragraph that merges it with the
     * first, say); then the closest one, the earliest of equals, so that an editor sees why it is
     * in the group rather than a pair with little in common.
     */
    private int closest(Alignments against) {
        int best = 0;
        if (against.with(0).similarity() >= settings.nearSimilarity()) {
            return best;
        }
        for (int j = 1; j < against.shown(); j++) {
            if (j == against.member()) {
                continue;
            }
            if (against.exact(j)) {
                return j;
            }
            if (round(against.with(j).similarity()) > round(against.with(best).similarity())) {
                best = j;
            }
        }
        return best;
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
        return kind.title() + " (" + kind.id() + "), " + occurrences + " occurrences in " + documents + " document"
                + (documents == 1 ? "" : "s") + ": also at " + places + more;
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

    /**
     * A similarity from {@link #round} (0 to 1, three decimals) with two decimals, rounded half up as
     * {@code String.format("%.2f")} rounds it, without parsing a format for each of a group's members.
     */
    static String twoDecimals(double similarity) {
        long hundredths = (Math.round(similarity * 1000) + 5) / 10;
        long cents = hundredths % 100;
        return hundredths / 100 + (cents < 10 ? ".0" : ".") + cents;
    }
}
