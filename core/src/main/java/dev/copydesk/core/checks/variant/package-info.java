/**
 * The {@code variant} check: one term spelled two ways across the corpus. Forms are bucketed by
 * keys, never compared all against all: letters only (spacing and hyphenation,
 * {@code Abdelghani}/{@code Abdel Ghani}, {@code e-mail}/{@code email}), a transliteration key
 * (ICU {@code Any-Latin; Latin-ASCII}, articles {@code al-}/{@code el-} dropped) with Double
 * Metaphone codes per word and a Jaro-Winkler guard ({@code al-Jawlani}/{@code al-Jolani}), and
 * the US/British pairs of VarCon ({@code defense}/{@code defence}). Dictionary words, known
 * look-alikes and derived forms are kept apart. One finding per cluster with its preferred form.
 */
package dev.copydesk.core.checks.variant;
