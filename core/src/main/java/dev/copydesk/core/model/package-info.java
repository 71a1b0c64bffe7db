/**
 * The document model: a {@link dev.copydesk.core.model.Document} is an ordered list of
 * {@link dev.copydesk.core.model.Block}s (paragraphs, headings, list items, table cells), each
 * segmented into sentences and words, and every piece can be turned into a
 * {@link dev.copydesk.core.model.Location} that points an editor at the exact spot in the source
 * file. A block keeps its words packed ({@link dev.copydesk.core.model.BlockWords}): loops over
 * every word read them by index, and a {@link dev.copydesk.core.model.Word} is made when one is
 * asked for. All types here are immutable.
 */
package dev.copydesk.core.model;
