/**
 * The {@code mechanics} check: mechanical slips a copy editor fixes without thinking about meaning.
 * Doubled words (not a grammatical {@code had had}), a missing space after sentence or clause
 * punctuation (not in decimals, abbreviations, times, URLs, e-mail addresses or ellipses), a space
 * before punctuation, and quotation marks that face the wrong way or are not closed (a document
 * whose marks all face one wrong way has a style, reported once).
 */
package dev.copydesk.core.checks.mechanics;
