package dev.copydesk.core.check;

import dev.copydesk.core.corpus.OccurrenceLocations;
import dev.copydesk.core.model.Location;
import java.util.List;
import java.util.Objects;

/**
 * What a renderer needs to show a finding beyond its message: a closed set of shapes, so every
 * renderer handles each one.
 */
public sealed interface Evidence {
    /** Nothing beyond the message. */
    Evidence NONE = new None();

    /** No evidence. */
    record None() implements Evidence {
    }

    /**
     * The word or phrase in its sentence, for typos and mechanical slips.
     *
     * @param sentence     the sentence that holds it
     * @param start        start of the flagged text in {@code sentence}
     * @param end          end of the flagged text in {@code sentence}
     * @param seenElsewhere how many other times the corpus has the same text
     */
    record InContext(String sentence, int start, int end, int seenElsewhere) implements Evidence {
        public InContext {
            Objects.requireNonNull(sentence, "sentence");
            if (start < 0 || end < start || end > sentence.length()) {
                throw new IllegalArgumentException("span outside sentence");
            }
        }
    }

    /**
     * The forms of one term, for casing and variant clusters.
     *
     * @param kind      the kind of variation, e.g. {@code casing}, {@code hyphenation},
     *                  {@code transliteration}, {@code dialect}
     * @param preferred the form to use
     * @param forms     every form with its count and documents, preferred first
     */
    record Forms(String kind, String preferred, List<FormCount> forms) implements Evidence {
        public Forms {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(preferred, "preferred");
            forms = List.copyOf(forms);
        }
    }

    /**
     * One form of a cluster.
     *
     * @param form      the form as written
     * @param count     how often it occurs
     * @param documents ids of the documents it occurs in, sorted
     * @param locations every occurrence (renderers may cap the list); an {@link OccurrenceLocations}
     *                  is kept as it is, worked out only where read
     */
    record FormCount(String form, int count, List<String> documents, List<Location> locations) {
        public FormCount {
            Objects.requireNonNull(form, "form");
            documents = List.copyOf(documents);
            locations = locations instanceof OccurrenceLocations ? locations : List.copyOf(locations);
        }
    }

    /**
     * A group of passages that say the same thing, for near-duplicates.
     *
     * @param kind    {@code exact}, {@code near}, {@code rewrite}, {@code containment} or {@code boilerplate}
     * @param members every member, the first occurrence first
     */
    record Comparison(String kind, List<Member> members) implements Evidence {
        public Comparison {
            Objects.requireNonNull(kind, "kind");
            members = List.copyOf(members);
            for (Member m : members) {
                if (m.comparedWith() >= members.size()) {
                    throw new IllegalArgumentException("compared with member " + m.comparedWith() + " of "
                            + members.size());
                }
            }
        }
    }

    /**
     * A member of a duplicate group.
     *
     * @param location     where it is
     * @param text         its text
     * @param similarity   its similarity to the member it is compared with, 0..1 (1 for the first
     *                     member itself)
     * @param diff         its words against that member's, in order (empty for the first member)
     * @param comparedWith the index, in the group's list of members, of the member it is compared
     *                     with: the first (0) unless another one is closer to it, as when a
     *                     paragraph that merges two others is their only link
     */
    record Member(Location location, String text, double similarity, List<DiffToken> diff, int comparedWith) {
        public Member {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(text, "text");
            diff = List.copyOf(diff);
            if (comparedWith < 0) {
                throw new IllegalArgumentException("comparedWith must not be negative: " + comparedWith);
            }
        }

        /** A member compared with the first. */
        public Member(Location location, String text, double similarity, List<DiffToken> diff) {
            this(location, text, similarity, diff, 0);
        }
    }

    /**
     * One token of a word diff.
     *
     * @param op   whether the text is in both, only in the first member, or only in this one
     * @param text the words
     */
    record DiffToken(DiffOp op, String text) {
        public DiffToken {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(text, "text");
        }
    }

    /** The operation of a diff token. */
    enum DiffOp {
        EQUAL,
        DELETE,
        INSERT
    }
}
