/**
 * Evaluation and throughput harnesses of the typo and mechanics checks: detection and top-1/top-5
 * suggestion accuracy on the public misspelling sets, false alarms on known-correct text, and
 * MB/s over a generated corpus. Each is a main class that prints its figures.
 */
package dev.copydesk.bench.typo;
