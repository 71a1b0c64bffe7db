/**
 * The HTML report: {@link dev.copydesk.report.html.HtmlRenderer} turns a finished report into a
 * view model of plain records (overview, per-check sections, per-document proofs, all capped and
 * sorted), and precompiled jte templates ({@code src/main/jte}, content type HTML, so every value is
 * escaped for its context) write one self-contained page with inline CSS and JavaScript from this
 * package's resources. Document text is untrusted: it only ever reaches the page through the
 * templates' escaping, and a Content-Security-Policy allows only the report's own script and style.
 */
package dev.copydesk.report.html;
