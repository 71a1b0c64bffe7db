package dev.copydesk.core.checks.duplicate;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.CheckOption;
import java.util.List;

/**
 * The check's tunables, read once from the context. Defaults were tuned on the Clough-Stevenson
 * corpus and the seed articles (see the README section "Near-duplicate paragraphs").
 *
 * @param minWords              paragraphs with fewer normalised words are ignored
 * @param shingleSize           words per shingle
 * @param minContainment        shared shingles over the smaller set needed to accept a candidate
 * @param minSharedShingles     shared shingles needed to accept a candidate, whatever the ratio
 * @param alignedContainment    containment from which a candidate below {@code minContainment} is aligned
 * @param alignedScore          containment plus word-alignment coverage such an aligned candidate needs
 * @param nearSimilarity        word-alignment similarity from which a copy is near, not a rewrite
 * @param containmentLength     length ratio (shorter over longer) up to which a covered paragraph is contained
 * @param boilerplateDocuments  documents an exact or near group must span to be boilerplate
 * @param bands                 LSH bands
 * @param rows                  MinHash values per band
 * @param maxBucket             LSH buckets larger than this are paired through a verified hub, not pair by pair
 * @param maxMembers            members shown (with a diff) per finding; the message still counts all
 * @param anchorSample          one shingle in this many (by hash) is an exact anchor; 0 turns anchors off
 * @param anchorMaxPostings     anchors shared by more paragraphs than this are skipped
 * @param anchorMinShared       anchors a pair must share to become a candidate
 */
record DuplicateSettings(int minWords, int shingleSize, double minContainment, int minSharedShingles,
                         double alignedContainment, double alignedScore, double nearSimilarity, double containmentLength, int boilerplateDocuments, int bands,
                         int rows, int maxBucket, int maxMembers, int anchorSample, int anchorMaxPostings,
                         int anchorMinShared) {

    static final List<CheckOption> OPTIONS = List.of(
            new CheckOption("min-words", "10", "Paragraphs with fewer words are never duplicates."),
            new CheckOption("shingle-size", "2", "Words per shingle for sketching and verification."),
            new CheckOption("min-containment", "0.25",
                    "Share of the smaller paragraph's shingles the other must have to be reported."),
            new CheckOption("min-shared-shingles", "12", "Shingles two paragraphs must share to be reported."),
            new CheckOption("aligned-containment", "0.15",
                    "Below min-containment but from this share, a candidate is aligned word by word."),
            new CheckOption("aligned-score", "0.45",
                    "Containment plus aligned share of the shorter paragraph an aligned candidate needs."),
            new CheckOption("near-similarity", "0.8",
                    "Word-alignment similarity from which a copy is near rather than a rewrite."),
            new CheckOption("containment-length", "0.67",
                    "Length ratio up to which a paragraph covered by a longer one is containment."),
            new CheckOption("boilerplate-documents", "5",
                    "Documents an exact or near group must span to be reported once as boilerplate."),
            new CheckOption("bands", "32", "LSH bands (more bands find weaker rewrites, at more cost)."),
            new CheckOption("rows", "1", "MinHash values per LSH band (more rows, fewer candidates)."),
            new CheckOption("max-bucket", "10",
                    "LSH buckets with more paragraphs than this are paired through one verified member."),
            new CheckOption("max-members", "50", "Members listed in one finding; the message counts all."),
            new CheckOption("anchor-sample", "4",
                    "One shingle in this many is indexed exactly as an anchor (0: anchors off)."),
            new CheckOption("anchor-max-postings", "10", "Anchors in more paragraphs than this are skipped."),
            new CheckOption("anchor-min-shared", "2", "Anchors two paragraphs must share to be compared."));

    DuplicateSettings {
        if (minWords < 1 || shingleSize < 1 || minSharedShingles < 1 || boilerplateDocuments < 2 || bands < 1
                || rows < 1 || maxBucket < 2 || maxMembers < 2 || anchorSample < 0 || anchorMaxPostings < 2
                || anchorMinShared < 1) {
            throw new IllegalArgumentException("duplicate: an option is out of range");
        }
        if (!(minContainment > 0 && minContainment <= 1) || !(alignedContainment > 0 && alignedContainment <= 1)
                || !(alignedScore > 0 && alignedScore <= 2) || !(nearSimilarity > 0 && nearSimilarity <= 1)
                || !(containmentLength > 0 && containmentLength < 1)) {
            throw new IllegalArgumentException("duplicate: ratios must be in 0..1");
        }
    }

    static DuplicateSettings from(CheckContext context) {
        return new DuplicateSettings(context.intOption("min-words"), context.intOption("shingle-size"),
                context.doubleOption("min-containment"), context.intOption("min-shared-shingles"),
                context.doubleOption("aligned-containment"), context.doubleOption("aligned-score"),
                context.doubleOption("near-similarity"), context.doubleOption("containment-length"),
                context.intOption("boilerplate-documents"), context.intOption("bands"), context.intOption("rows"),
                context.intOption("max-bucket"), context.intOption("max-members"), context.intOption("anchor-sample"),
                context.intOption("anchor-max-postings"), context.intOption("anchor-min-shared"));
    }
}
