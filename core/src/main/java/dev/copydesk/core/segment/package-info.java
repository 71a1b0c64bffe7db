/**
 * Segmentation of block text into sentences (ICU4J sentence breaks with an abbreviation list; for
 * plain prose the same ends worked out directly, {@code PlainSentences}) and classified word tokens (words, acronyms, numbers, URLs, e-mail addresses, hashtags, handles,
 * code). Equal word texts share one string, classified once ({@code WordTexts}), and blocks of
 * equal text share one segmentation. Entry point:
 * {@link dev.copydesk.core.segment.Segmenter}.
 */
package dev.copydesk.core.segment;
