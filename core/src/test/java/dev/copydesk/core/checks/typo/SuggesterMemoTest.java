package dev.copydesk.core.checks.typo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A suggester ranks a word a second time (the wide search after the narrow one) from what its
 * first ranking found; the rankings must be those of a suggester that starts afresh for each.
 */
class SuggesterMemoTest {
    private static final SpellingDictionary DICTIONARY = SpellingDictionary.load(Dialect.EN_US);
    private static final KnownMisspellings KNOWN = KnownMisspellings.of(KnownMisspellings.generalTable(), Dialect.EN_US);
    private static List<String> typed;

    /** Slips of the seed articles' words (a letter dropped, doubled, replaced, two swapped), some capitalised, and the words themselves. */
    @BeforeAll
    static void slips() throws IOException {
        TreeSet<String> words = new TreeSet<>();
        try (Stream<Path> files = Files.list(TestData.news())) {
            for (Path f : files.sorted().toList()) {
                for (String w : Files.readString(f, StandardCharsets.UTF_8).split("[^\\p{L}]+")) {
                    if (w.length() >= 4) {
                        words.add(w);
                    }
                }
            }
        }
        List<String> base = new ArrayList<>(words);
        Random random = new Random(7);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String w = base.get(random.nextInt(base.size()));
            int at = 1 + random.nextInt(w.length() - 2);
            char letter = (char) ('a' + random.nextInt(26));
            String slip = switch (random.nextInt(5)) {
                case 0 -> w.substring(0, at) + w.substring(at + 1);
                case 1 -> w.substring(0, at) + w.charAt(at) + w.substring(at);
                case 2 -> w.substring(0, at) + letter + w.substring(at + 1);
                case 3 -> w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2);
                default -> w;
            };
            out.add(random.nextInt(4) == 0 ? SpellingDictionary.capitalise(slip.toLowerCase(Locale.ROOT)) : slip);
        }
        typed = out;
    }

    private static Suggester fresh() {
        return new Suggester(new Lookup(DICTIONARY), KNOWN, new ConcurrentHashMap<>());
    }

    /** Each word ranked both ways by one suggester, in either order, as fresh suggesters rank it. */
    @ParameterizedTest(name = "wide first: {0}")
    @ValueSource(booleans = {false, true})
    void aWordsSecondRankingIsTheRankingOnItsOwn(boolean wideFirst) {
        Suggester shared = fresh();
        for (String w : typed) {
            for (boolean wide : new boolean[] {wideFirst, !wideFirst}) {
                assertThat(shared.suggest(w, wide)).as("%s %s", wide ? "wide" : "narrow", w)
                        .isEqualTo(fresh().suggest(w, wide));
            }
        }
    }
}
