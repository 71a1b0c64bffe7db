/**
 * Measurements of the {@code duplicate} check: {@link dev.copydesk.bench.duplicate.CloughStevensonEvaluation}
 * scores it on the Clough-Stevenson corpus of plagiarised short answers, and
 * {@link dev.copydesk.bench.duplicate.DuplicateScaleHarness} times it on generated corpora of 10k to
 * 1M paragraphs made by {@link dev.copydesk.bench.duplicate.CorpusGenerator} from the seed articles.
 */
package dev.copydesk.bench.duplicate;
