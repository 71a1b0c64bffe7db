/**
 * JMH benchmarks of the hot paths of a whole run, over data the project ships: segmenting a
 * paragraph into sentences and words, building the corpus index (word positions, term index,
 * phrases), judging unknown words and ranking their corrections, the near-duplicate check
 * (shingling, MinHash, buckets, grouping, word alignments) and writing the JSON report. Run with
 * {@code java -cp ... org.openjdk.jmh.Main dev.copydesk.bench.jmh} (the README's performance
 * section has the exact command and the latest scores).
 */
package dev.copydesk.bench.jmh;
