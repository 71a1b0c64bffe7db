/**
 * The contract between the engine and the checks: a {@link dev.copydesk.core.check.Check} reads
 * the {@link dev.copydesk.core.corpus.Corpus} and returns immutable
 * {@link dev.copydesk.core.check.Finding}s; its metadata lives on
 * {@link dev.copydesk.core.check.CheckInfo}; what the user configured reaches it only through
 * {@link dev.copydesk.core.check.CheckContext}.
 */
package dev.copydesk.core.check;
