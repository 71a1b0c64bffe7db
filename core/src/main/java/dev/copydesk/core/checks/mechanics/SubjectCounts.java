package dev.copydesk.core.checks.mechanics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each of some short strings occurs in a text, overlaps included, as counting with
 * {@code indexOf} from each match plus one would give it, but in one pass over the text per
 * distinct length: a rolling hash of every window of that length, checked character by character
 * when it equals a string's. Counting with {@code indexOf} for each slip of a block costs the
 * block's length per slip, which a block of hundreds of thousands of words with thousands of slips
 * (a hard-wrapped file read as one paragraph) turns into minutes.
 */
final class SubjectCounts {
    private static final long BASE = 0x100000001b3L;

    private SubjectCounts() {
    }

    /** The number of occurrences of each string in the text (the empty string's is taken as one per offset). */
    static Map<String, Integer> of(String text, Collection<String> subjects) {
        Map<String, Integer> counts = new HashMap<>();
        Map<Integer, List<String>> byLength = new HashMap<>();
        for (String s : new HashSet<>(subjects)) {
            if (s.isEmpty()) {
                counts.put(s, text.length() + 1);
            } else if (s.length() > text.length()) {
                counts.put(s, 0);
            } else {
                byLength.computeIfAbsent(s.length(), k -> new ArrayList<>()).add(s);
            }
        }
        byLength.forEach((length, strings) -> count(text, length, strings, counts));
        return counts;
    }

    private static void count(String text, int length, List<String> strings, Map<String, Integer> counts) {
        // the strings' hashes, sorted and distinct, with the strings of each: looked up at every
        // offset of the text, so without boxing the window's hash
        TreeMap<Long, List<String>> byHash = new TreeMap<>();
        for (String s : strings) {
            byHash.computeIfAbsent(hash(s, 0, length), k -> new ArrayList<>()).add(s);
            counts.put(s, 0);
        }
        long[] hashes = new long[byHash.size()];
        List<List<String>> withHash = new ArrayList<>(byHash.size());
        for (Map.Entry<Long, List<String>> e : byHash.entrySet()) {
            hashes[withHash.size()] = e.getKey();
            withHash.add(e.getValue());
        }
        long top = 1; // BASE to the power length - 1
        for (int k = 1; k < length; k++) {
            top *= BASE;
        }
        long h = hash(text, 0, length);
        for (int at = 0; ; at++) {
            int found = Arrays.binarySearch(hashes, h);
            if (found >= 0) {
                for (String s : withHash.get(found)) {
                    if (text.regionMatches(at, s, 0, length)) {
                        counts.merge(s, 1, Integer::sum);
                    }
                }
            }
            if (at + length >= text.length()) {
                return;
            }
            h = (h - text.charAt(at) * top) * BASE + text.charAt(at + length);
        }
    }

    private static long hash(String s, int from, int length) {
        long h = 0;
        for (int k = from; k < from + length; k++) {
            h = h * BASE + s.charAt(k);
        }
        return h;
    }
}
