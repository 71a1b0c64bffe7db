/**
 * Finding and reading input files: {@link dev.copydesk.core.load.FileDiscovery} walks files and
 * folders in a stable order, taking from folders the files that are documents and counting the
 * rest, {@link dev.copydesk.core.load.DocumentLoader} reads them in parallel
 * through the loader for their format (plain text, Markdown, or Apache Tika for everything else)
 * and turns every unreadable file into a {@link dev.copydesk.core.load.LoadFailure} instead of an
 * exception. Plain text and Markdown keep exact lines and columns (Markdown through commonmark-java
 * source spans, with its {@code copydesk-disable} comments as suppressions); Tika's one shared
 * parser is created only when a file needs it, and its XHTML becomes blocks with PDF pages (a PDF's
 * words broken at line ends joined again, its shell commands and pasted code left out, as in plain
 * text). PDFs are read by {@link dev.copydesk.core.load.PdfParser} in place of Tika's PDF parser,
 * so that what a monospaced font sets is code, as HTML's {@code code} and {@code pre} are; an EPUB that Tika's EPUB reader refuses is read chapter by chapter
 * ({@link dev.copydesk.core.load.LenientEpub}). {@link dev.copydesk.core.load.OtherLanguage} finds
 * the passages in another language than English, by their function words and by the language the
 * document or its markup declares.
 */
package dev.copydesk.core.load;
