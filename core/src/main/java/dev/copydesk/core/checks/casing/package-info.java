/**
 * The {@code casing} check: a name written with different capitals across the corpus (single words
 * such as {@code syrian}/{@code Syrian} from the term index, multi-word names such as
 * {@code Syrian Observatory for Human rights} from the phrase index, an institution's head noun in
 * lower case), and sentences that start with a lower-case letter. Positions where a capital says
 * nothing (sentence starts, headings, title-case lines) are not evidence; words whose capital
 * changes their meaning and lower-case brands come from data files.
 */
package dev.copydesk.core.checks.casing;
