/**
 * The {@code confusion} check: words and phrases confused with others that sound alike
 * ({@code baited breath} for {@code bated breath}, {@code could of} for {@code could have}). A
 * separate check from {@code typo} because every word of a confused phrase is in the dictionary:
 * it is matched on word sequences from a curated data file ({@code confused-phrases.tsv}), not on
 * single unknown words, and an editor may want to tune or disable it on its own.
 */
package dev.copydesk.core.checks.confusion;
