/**
 * The {@code duplicate} check: paragraphs that say the same thing in (nearly) the same words, within
 * one document and across documents. Paragraphs are reduced to hashed normalised words
 * ({@link dev.copydesk.core.checks.duplicate.WordHashes}), exact copies are collapsed by hash, the rest
 * are sketched with one-permutation MinHash over word shingles and paired through banded LSH
 * ({@link dev.copydesk.core.checks.duplicate.LshIndex}; a large bucket is paired through one verified
 * member, linearly) and through an exact index of sampled shingles
 * ({@link dev.copydesk.core.checks.duplicate.AnchorIndex}); every candidate pair is verified with exact
 * shingle containment before union-find joins it into a group, and each group is classified (exact,
 * near, rewrite, containment, boilerplate) from a word alignment against its first occurrence.
 * No step compares all pairs.
 */
package dev.copydesk.core.checks.duplicate;
