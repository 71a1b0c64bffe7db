/**
 * The engine runs the enabled checks over a corpus and owns policy: severity overrides,
 * suppressions written in documents, the baseline, the documents a run reports on, and the total
 * order of findings. Its result is a {@link dev.copydesk.core.engine.Report} that renderers write.
 */
package dev.copydesk.core.engine;
