/**
 * Benchmarks: JMH benchmarks of the hot paths and end-to-end harnesses that generate a corpus of
 * a given size, run the checks over it and print wall time, throughput and peak memory
 * ({@code RenderTime} times each report format on a real corpus; {@code Alternate} compares builds
 * or JVM flags by running them in alternation, in a random order each round). Run with
 * {@code ./mvnw -B -q -pl bench -am package -DskipTests} and then the commands in the README's
 * performance section.
 */
package dev.copydesk.bench;
