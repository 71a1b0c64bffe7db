/**
 * The corpus: every loaded document plus the corpus-wide {@link dev.copydesk.core.corpus.TermIndex}
 * (each word with the casings and spellings it appears in, counts and occurrences) that the typo,
 * casing and variant checks share. Built once per run, in one pass, linear in the corpus.
 */
package dev.copydesk.core.corpus;
