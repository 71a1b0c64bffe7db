/**
 * Renderers: each turns a finished {@link dev.copydesk.core.engine.Report} into one output format
 * ({@link dev.copydesk.report.OutputFormat} is the single list). Renderers write to an
 * {@link java.lang.Appendable}; they never open files or decide exit codes.
 */
package dev.copydesk.report;
