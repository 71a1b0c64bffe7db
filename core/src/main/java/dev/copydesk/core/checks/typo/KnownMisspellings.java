package dev.copydesk.core.checks.typo;

import dev.copydesk.core.check.Dialect;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Common misspellings with their corrections, best first: the general list
 * {@code common-misspellings.tsv} and the dialect's own ({@code common-misspellings-en-US.tsv},
 * {@code common-misspellings-en-GB.tsv}), all derived from the npm package
 * {@code @cspell/dict-en-common-misspellings} (see the files' headers for provenance and licence).
 * Keys are lower case; the dialect's entry wins. Immutable.
 */
final class KnownMisspellings {
    static final String RESOURCE = "common-misspellings.tsv";

    private final Map<String, List<String>> general;
    private final Map<String, List<String>> dialect;

    private KnownMisspellings(Map<String, List<String>> general, Map<String, List<String>> dialect) {
        this.general = general;
        this.dialect = dialect;
    }

    /** The general list (the larger part, shared between dialects) with a dialect's own entries. */
    static KnownMisspellings of(Map<String, List<String>> general, Dialect d) {
        return new KnownMisspellings(general, table("common-misspellings-" + d.tag() + ".tsv"));
    }

    /** The general list, to share between dialects. */
    static Map<String, List<String>> general() {
        return table(RESOURCE);
    }

    private static Map<String, List<String>> table(String resource) {
        InputStream in = KnownMisspellings.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        Map<String, List<String>> map = new HashMap<>(180_000);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab <= 0) {
                    continue;
                }
                map.put(SpellingDictionary.lower(line.substring(0, tab)),
                        List.of(line.substring(tab + 1).split("\\|")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Map.copyOf(map);
    }

    /** The lower-case words of a one-word-per-line resource of this package ({@code #} starts a comment). */
    static Set<String> words(String resource) {
        InputStream in = KnownMisspellings.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> out.add(SpellingDictionary.lower(l)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Set.copyOf(out);
    }

    /** The corrections of a lower-case misspelling, best first; empty if it is not a known one. */
    List<String> corrections(String lowerCaseWord) {
        List<String> own = dialect.get(lowerCaseWord);
        return own != null ? own : general.getOrDefault(lowerCaseWord, List.of());
    }

    boolean contains(String lowerCaseWord) {
        return dialect.containsKey(lowerCaseWord) || general.containsKey(lowerCaseWord);
    }
}
