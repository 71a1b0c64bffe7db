package dev.copydesk.core.checks.typo;

import dev.copydesk.core.check.Dialect;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    private final MisspellingTable general;
    private final MisspellingTable dialect;

    private KnownMisspellings(MisspellingTable general, MisspellingTable dialect) {
        this.general = general;
        this.dialect = dialect;
    }

    /** The general list (the larger part, shared between dialects) with a dialect's own entries. */
    static KnownMisspellings of(MisspellingTable general, Dialect d) {
        return new KnownMisspellings(general, MisspellingTable.read("common-misspellings-" + d.tag() + ".tsv"));
    }

    /** The general list, to share between dialects, as a run looks words up in it. */
    static MisspellingTable generalTable() {
        return MisspellingTable.read(RESOURCE);
    }

    /**
     * The general list as a map from the lower-case misspelling to its corrections as written
     * ({@code a|b}), for learning from all of it ({@link ChannelModel#learn}); a run looks words up
     * in {@link #generalTable}, which holds the same without a string per line.
     */
    static Map<String, String> general() {
        return generalTable().toMap();
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
        String own = dialect.get(lowerCaseWord);
        String all = own != null ? own : general.get(lowerCaseWord);
        return all == null ? List.of() : List.of(all.split("\\|"));
    }

    boolean contains(String lowerCaseWord) {
        return dialect.containsKey(lowerCaseWord) || general.containsKey(lowerCaseWord);
    }
}
