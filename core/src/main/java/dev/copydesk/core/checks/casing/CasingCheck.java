package dev.copydesk.core.checks.casing;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.CheckOption;
import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.Once;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Inconsistent casing of the same term across the corpus (issue 5): names written with different
 * capitals, single words and multi-word names alike, one finding per term located at the first
 * deviant occurrence, with every form counted; and sentences that start in lower case. Findings
 * below 0.7 confidence are reported at INFO. Off by default: headings mixing title and sentence case.
 */
public final class CasingCheck implements Check {
    static final String HEADING_STYLE = "heading-style";
    private static final CheckInfo METADATA = new CheckInfo("casing",
            "The same name written with different capitals, and sentences starting in lower case",
            Severity.WARNING, List.of(new CheckOption(HEADING_STYLE, "false",
                    "also report headings whose style (title or sentence case) differs from most headings")));

    /** Read on first use, or by {@link #prepare} while the documents load. */
    private final Once<CasingData> data = new Once<>(CasingData::load);

    /** A casing check with the bundled data files. */
    public CasingCheck() {
    }

    /** Reads the bundled data files ahead of a run. */
    @Override
    public void prepare(Dialect dialect) {
        data.get();
    }

    @Override
    public CheckInfo info() {
        return METADATA;
    }

    @Override
    public List<Finding> run(Corpus corpus, CheckContext context) {
        CasingData data = this.data.get();
        Map<String, String> houseStyle = houseStyle(context);
        Set<Long> reported = new HashSet<>();
        List<Finding> out = new ArrayList<>(new PhraseCasing(data.meaningful(), data.lexicon()).run(corpus, context, houseStyle,
                reported));
        out.addAll(new WordCasing(data).run(corpus, context, houseStyle, reported));
        out.addAll(new NameNounCasing(data.nameNouns()).run(corpus, context));
        out.addAll(new SentenceStartCasing(data.brands(), data.lexicon()).run(corpus, context));
        if (context.booleanOption(HEADING_STYLE)) {
            new HeadingStyle().run(corpus, context).ifPresent(out::add);
        }
        out.sort(null);
        return List.copyOf(out);
    }

    /**
     * The house-style forms that are about casing: a preferred form with no variants, or whose
     * variants differ from it only in capitals; keyed by the lower-case form.
     */
    private static Map<String, String> houseStyle(CheckContext context) {
        Map<String, String> out = new TreeMap<>();
        for (CheckContext.PreferredForm p : context.houseStyle()) {
            String key = p.preferred().toLowerCase(Locale.ROOT);
            if (p.variants().stream().allMatch(v -> v.toLowerCase(Locale.ROOT).equals(key))) {
                out.put(key, p.preferred());
            }
        }
        return out;
    }
}
