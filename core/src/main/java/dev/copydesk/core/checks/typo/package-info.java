/**
 * The {@code typo} check: words the dictionary does not know (morfologik binary dictionaries from
 * {@code org.languagetool:english-pos-dict}, en-US or en-GB) and known common misspellings, with
 * suggestions ranked by a noisy-channel model (weighted edits with keyboard adjacency, phonetic
 * agreement, dictionary word frequency, agreeing first and last letters), the best of them ranked
 * again with slip likelihoods learnt from the shipped list of misspellings ({@code ChannelModel},
 * Church-Gale matrices and Brill-Moore multi-letter slips), over candidates from
 * edit-distance searches of the dictionary's automaton and from a Double Metaphone index whose
 * codes are themselves searched a few edits wide. The corpus is evidence: a capitalised unknown word used
 * consistently is a name, while a rare unknown word a small edit away from a frequent corpus word
 * is a typo of it, and a dictionary word one slip from a frequent one is a real-word slip where
 * the same two words surround the frequent one many times ({@code RealWordSlips}). Some
 * occurrences are excused where they stand: a word inside a Latin or French phrase English copy
 * uses as it is ({@code de facto}, {@code LoanPhrases}), and a piece of a word cut off by an
 * ellipsis. A word of SCOWL's larger list that the dictionary lacks ({@code RareWords}) is a rare
 * word, reported as information.
 */
package dev.copydesk.core.checks.typo;
