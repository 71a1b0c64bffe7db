/**
 * The corpus: every loaded document plus what the typo, casing and variant checks share, built
 * once per run and linear in the corpus: {@link dev.copydesk.core.corpus.WordPositions} (which
 * words start a sentence, and where a capital is no evidence of casing), the
 * {@link dev.copydesk.core.corpus.TermIndex} (each word with its casings, counts and occurrences,
 * one pass), the {@link dev.copydesk.core.corpus.PhraseIndex} (multi-word names and every name
 * mention, two passes) and a read-only dictionary {@link dev.copydesk.core.corpus.Lexicon}. The two
 * indexes are built on first use, once (see {@code Once}), so checks that need neither start
 * without waiting for them. The corpus also knows which block texts more than one block has
 * ({@link dev.copydesk.core.corpus.Corpus#repeated}): what depends on a block's text alone is
 * worked out once for such a text, here and in the checks, through a
 * {@link dev.copydesk.core.corpus.TextMemo}.
 */
package dev.copydesk.core.corpus;
