package dev.copydesk.core.checks.typo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import morfologik.fsa.FSA;

/**
 * The word part of a morfologik spelling automaton, unpacked into flat arrays for fast walking:
 * node {@code k}'s arcs are {@code first[k]} to {@code first[k + 1] - 1}, each with a label byte
 * and a target node ({@code -1} when nothing follows); {@code frequency[k]} is the frequency class
 * (0-25) of the word that ends at node {@code k}, or {@link #NO_WORD}. A node's arcs are sorted by
 * label (as signed bytes), so an arc can be found by binary search. The packed automaton marks a
 * word's end with an arc labelled by the separator, followed by the word's frequency class as a
 * letter ({@code A} = 0); both are folded into {@code frequency} here. Immutable and thread-safe
 * once built.
 */
final class WordAutomaton {
    final int[] first;
    final byte[] labels;
    final int[] targets;
    final byte[] frequency;
    /**
     * For each node, the letters on the arcs below it, as bits ({@link #letterBit}): what an
     * edit search needs to know that a query's letter can no longer be matched there.
     */
    final int[] below;
    /** The {@link #frequency} of a node at which no word ends. */
    static final byte NO_WORD = -1;
    /** How many letter bits there are: a-z in either case, and one for every other byte. */
    static final int LETTER_BITS = 27;

    private WordAutomaton(int[] first, byte[] labels, int[] targets, byte[] frequency) {
        this.first = first;
        this.labels = labels;
        this.targets = targets;
        this.frequency = frequency;
        this.below = new int[frequency.length];
        boolean[] done = new boolean[frequency.length];
        if (frequency.length > 0) {
            lettersBelow(0, done);
        }
    }

    /** A byte's letter bit: 0-25 for a-z in either case, 26 for anything else. */
    static int letterBit(byte b) {
        if (b >= 'a' && b <= 'z') {
            return b - 'a';
        }
        if (b >= 'A' && b <= 'Z') {
            return b - 'A';
        }
        return 26;
    }

    /** Fills {@link #below} for a node and everything under it (each node once: nodes are shared). */
    private int lettersBelow(int node, boolean[] done) {
        if (done[node]) {
            return below[node];
        }
        int mask = 0;
        for (int a = first[node]; a < first[node + 1]; a++) {
            mask |= 1 << letterBit(labels[a]);
            if (targets[a] >= 0) {
                mask |= lettersBelow(targets[a], done);
            }
        }
        below[node] = mask;
        done[node] = true;
        return mask;
    }

    /**
     * The frequency class of a word as written (0 when the automaton lacks it, or has it without a
     * class), as morfologik's {@code Speller.getFrequency} gives it, by a walk of these arrays
     * rather than of the packed automaton.
     */
    int frequencyOf(String word) {
        byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
        int node = 0; // the root is unpacked first
        for (int i = 0; i < bytes.length && node >= 0; i++) {
            node = child(node, bytes[i]);
        }
        if (node < 0) {
            return 0;
        }
        byte f = frequency[node];
        return f == NO_WORD ? 0 : f;
    }

    /**
     * The node an arc with this label leads to from a node, or -1 when there is no such arc or
     * nothing follows it: a binary search, as a node's arcs are sorted by label (the nodes near the
     * root have dozens).
     */
    int child(int node, byte label) {
        int lo = first[node];
        int hi = first[node + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            byte at = labels[mid];
            if (at < label) {
                lo = mid + 1;
            } else if (at > label) {
                hi = mid - 1;
            } else {
                return targets[mid];
            }
        }
        return -1;
    }

    /** Unpacks the automaton's words (the arcs before the separator). */
    static WordAutomaton of(FSA fsa, byte separator) {
        Builder b = new Builder(fsa, separator);
        b.node(fsa.getRootNode());
        return b.build();
    }

    private static final class Builder {
        private final FSA fsa;
        private final byte separator;
        // sized for the shipped dictionaries (en-US: 138,414 nodes and 266,744 arcs; en-GB about
        // the same), so that none of these is copied as it grows, each copy being garbage
        private int[] keys = new int[1 << 19];
        private int[] values = new int[1 << 19];
        private int[] first = new int[140_000];
        private byte[] frequency = new byte[140_000];
        private byte[] labels = new byte[272_000];
        private int[] targets = new int[272_000];
        private int nodes;
        private int arcs;

        Builder(FSA fsa, byte separator) {
            this.fsa = fsa;
            this.separator = separator;
        }

        /** The index of a packed node, unpacking it and everything below it on first visit. */
        int node(int packed) {
            int slot = slot(packed);
            if (keys[slot] == packed + 1) {
                return values[slot];
            }
            int count = 0;
            byte end = NO_WORD;
            for (int arc = fsa.getFirstArc(packed); arc != 0; arc = fsa.getNextArc(arc)) {
                if (fsa.getArcLabel(arc) == separator) {
                    end = frequencyAfter(arc);
                } else {
                    count++;
                }
            }
            int k = nodes++;
            remember(packed, k);
            if (k + 1 >= first.length) {
                first = Arrays.copyOf(first, first.length * 2);
                frequency = Arrays.copyOf(frequency, frequency.length * 2);
            }
            int start = arcs;
            arcs += count;
            if (arcs > labels.length) {
                int size = Math.max(arcs, labels.length * 2);
                labels = Arrays.copyOf(labels, size);
                targets = Arrays.copyOf(targets, size);
            }
            first[k] = start;
            frequency[k] = end;
            int a = start;
            for (int arc = fsa.getFirstArc(packed); arc != 0; arc = fsa.getNextArc(arc)) {
                byte label = fsa.getArcLabel(arc);
                if (label != separator) {
                    labels[a] = label;
                    targets[a] = fsa.isArcTerminal(arc) ? -1 : fsa.getEndNode(arc);
                    a++;
                }
            }
            sortByLabel(start, start + count);
            for (a = start; a < start + count; a++) {
                if (targets[a] >= 0) {
                    int child = node(targets[a]); // may grow the arrays: read the field again after it
                    targets[a] = child;
                }
            }
            return k;
        }

        /** Sorts the arcs {@code from} to {@code to - 1} by label (a node has a few dozen at most). */
        private void sortByLabel(int from, int to) {
            for (int i = from + 1; i < to; i++) {
                byte label = labels[i];
                int target = targets[i];
                int j = i - 1;
                while (j >= from && labels[j] > label) {
                    labels[j + 1] = labels[j];
                    targets[j + 1] = targets[j];
                    j--;
                }
                labels[j + 1] = label;
                targets[j + 1] = target;
            }
        }

        /**
         * The frequency class after a separator arc: the last byte of the first tag sequence
         * after it, as morfologik's speller reads it, minus {@code 'A'}; 0 when there is none.
         */
        private byte frequencyAfter(int separatorArc) {
            int arc = separatorArc;
            while (!fsa.isArcFinal(arc) && !fsa.isArcTerminal(arc)) {
                arc = fsa.getFirstArc(fsa.getEndNode(arc));
            }
            int f = arc == separatorArc ? 0 : fsa.getArcLabel(arc) - 'A';
            return (byte) Math.max(0, f);
        }

        /** The slot of a packed node in the open-addressing table: its own, or the empty one it would take. */
        private int slot(int packed) {
            int mask = keys.length - 1;
            int i = (packed * 0x9E3779B9 >>> 7) & mask;
            while (keys[i] != 0 && keys[i] != packed + 1) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private void remember(int packed, int k) {
            if (nodes * 2 > keys.length) {
                int[] oldKeys = keys;
                int[] oldValues = values;
                keys = new int[oldKeys.length * 2];
                values = new int[oldKeys.length * 2];
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != 0) {
                        int s = slot(oldKeys[i] - 1);
                        keys[s] = oldKeys[i];
                        values[s] = oldValues[i];
                    }
                }
            }
            int s = slot(packed);
            keys[s] = packed + 1;
            values[s] = k;
        }

        WordAutomaton build() {
            first[nodes] = arcs;
            return new WordAutomaton(Arrays.copyOf(first, nodes + 1), Arrays.copyOf(labels, arcs),
                    Arrays.copyOf(targets, arcs), Arrays.copyOf(frequency, nodes));
        }
    }
}
