package dev.copydesk.report.html;

import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A finding's evidence as the page shows it: one shape per {@link Evidence} shape. */
sealed interface EvidenceView {

    /** No evidence beyond the message. */
    record Plain() implements EvidenceView {
    }

    /**
     * The flagged text in its sentence.
     *
     * @param snippet       the sentence split around the flagged text
     * @param seenElsewhere how often the corpus has the same text elsewhere
     */
    record InContext(Snippet snippet, int seenElsewhere) implements EvidenceView {
    }

    /**
     * A cluster of forms of one term.
     *
     * @param kind      the kind of variation
     * @param preferred the form to use
     * @param forms     every form, preferred first
     */
    record Forms(String kind, String preferred, List<Form> forms) implements EvidenceView {
    }

    /**
     * One form of a cluster.
     *
     * @param form        the form as written
     * @param count       how often it occurs
     * @param preferred   whether it is the preferred form
     * @param documents   the documents it occurs in, joined
     * @param occurrences its occurrences in their sentences, capped
     * @param hidden      occurrences left out
     */
    record Form(String form, int count, boolean preferred, String documents, List<Occurrence> occurrences,
                int hidden) {
        /** The CSS class of its row in the cluster's table. */
        String rowClass() {
            return preferred ? "preferred" : "variant";
        }
    }

    /**
     * One occurrence of a form.
     *
     * @param where   the location, readable
     * @param href    a link to it in the proofs, or empty
     * @param snippet its sentence split around it
     */
    record Occurrence(String where, String href, Snippet snippet) {
    }

    /**
     * A duplicate group: every later member side by side with the first.
     *
     * @param kind  the kind of duplication
     * @param pairs one pair per later member
     */
    record Comparison(String kind, List<Pair> pairs) implements EvidenceView {
    }

    /**
     * A later member beside the one it is compared with (the first, or the closest to it), with
     * the words that differ marked.
     *
     * @param label      "First" when it is compared with the first member, "Closest" otherwise
     * @param first      where the member it is compared with is
     * @param firstHref  a link to it, or empty
     * @param other      where the later member is
     * @param otherHref  a link to it, or empty
     * @param similarity its similarity to the member it is compared with, as a percentage
     * @param left       that member's words (changed ones are deletions)
     * @param right      the later member's words (changed ones are insertions)
     */
    record Pair(String label, String first, String firstHref, String other, String otherHref, String similarity,
                List<Token> left, List<Token> right) {
    }

    /**
     * Words of a diff.
     *
     * @param lead    white space written before the words, never marked
     * @param text    the words
     * @param changed whether they differ between the members
     */
    record Token(String lead, String text, boolean changed) {
    }

    /** The view of a finding's evidence. */
    static EvidenceView of(Evidence evidence, Sources sources, Limits limits) {
        if (evidence instanceof Evidence.InContext c) {
            return new InContext(Snippet.of(c.sentence(), c.start(), c.end()), c.seenElsewhere());
        }
        if (evidence instanceof Evidence.Forms f) {
            return forms(f, sources, limits);
        }
        if (evidence instanceof Evidence.Comparison c) {
            return comparison(c, sources);
        }
        return new Plain(); // Evidence.None, the only other shape of the sealed type
    }

    private static Forms forms(Evidence.Forms f, Sources sources, Limits limits) {
        List<Form> forms = new ArrayList<>();
        for (Evidence.FormCount fc : f.forms()) {
            List<Occurrence> occurrences = new ArrayList<>();
            for (Location l : fc.locations().subList(0, Math.min(fc.locations().size(), limits.occurrencesPerForm()))) {
                occurrences.add(new Occurrence(l.describe(), sources.href(l), sources.sentence(l, fc.form())));
            }
            forms.add(new Form(fc.form(), fc.count(), fc.form().equals(f.preferred()),
                    documents(fc.documents(), limits.occurrencesPerForm()), occurrences,
                    fc.locations().size() - occurrences.size()));
        }
        return new Forms(f.kind(), f.preferred(), forms);
    }

    /** The documents a form occurs in, the first few of them when there are many. */
    private static String documents(List<String> ids, int cap) {
        if (ids.size() <= cap) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, cap)) + " and " + (ids.size() - cap) + " more";
    }

    private static Comparison comparison(Evidence.Comparison c, Sources sources) {
        List<Pair> pairs = new ArrayList<>();
        if (c.members().isEmpty()) {
            return new Comparison(c.kind(), pairs);
        }
        for (Evidence.Member m : c.members().subList(1, c.members().size())) {
            Evidence.Member first = c.members().get(m.comparedWith());
            List<Token> left = new ArrayList<>();
            List<Token> right = new ArrayList<>();
            if (m.diff().isEmpty()) {
                left.add(new Token("", first.text(), false));
                right.add(new Token("", m.text(), false));
            }
            for (Evidence.DiffToken t : m.diff()) {
                switch (t.op()) {
                    case EQUAL -> {
                        append(left, t.text(), false);
                        append(right, t.text(), false);
                    }
                    case DELETE -> append(left, t.text(), true);
                    case INSERT -> append(right, t.text(), true);
                }
            }
            pairs.add(new Pair(m.comparedWith() == 0 ? "First" : "Closest", first.location().describe(),
                    sources.href(first.location()), m.location().describe(),
                    sources.href(m.location()), percent(m.similarity()), left, right));
        }
        return new Comparison(c.kind(), pairs);
    }

    /** Adds words, with a space before them unless either side already has white space there. */
    private static void append(List<Token> tokens, String text, boolean changed) {
        boolean needsSpace = !tokens.isEmpty() && !text.isEmpty()
                && !Character.isWhitespace(text.charAt(0)) && !endsWithSpace(tokens.get(tokens.size() - 1).text());
        tokens.add(new Token(needsSpace ? " " : "", text, changed));
    }

    private static boolean endsWithSpace(String s) {
        return !s.isEmpty() && Character.isWhitespace(s.charAt(s.length() - 1));
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }
}
