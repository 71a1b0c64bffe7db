/**
 * The engine runs the enabled checks over a corpus, concurrently (one thread per core, findings merged
 * in a fixed order so the report is the same on any number of threads), and owns policy: severity overrides,
 * suppressions written in documents, the baseline, the documents a run reports on, and the total
 * order of findings. Its result is a {@link dev.copydesk.core.engine.Report} that renderers write.
 */
package dev.copydesk.core.engine;
