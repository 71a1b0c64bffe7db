/**
 * JMH benchmarks of the hot paths of a whole run on the seed articles: segmenting a paragraph into
 * sentences and words, and building the corpus index (term index, word positions and phrases) over
 * a few hundred documents. Run with {@code java -cp ... org.openjdk.jmh.Main dev.copydesk.bench.jmh}
 * (the README's performance section has the exact command).
 */
package dev.copydesk.bench.jmh;
