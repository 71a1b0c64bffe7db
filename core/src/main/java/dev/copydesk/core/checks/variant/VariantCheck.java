package dev.copydesk.core.checks.variant;

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
import java.util.Comparator;
import java.util.List;

/**
 * Spelling variants of the same term across the corpus (issue 6): names transliterated two ways,
 * words and names joined, hyphenated or spaced differently, US and British spellings mixed. One
 * finding per cluster, at the first occurrence of a form other than the preferred one (the house
 * style, else the dialect's spelling, else the most frequent form), with every form counted.
 * Clusters of longer names are reported first; a one-word cluster whose occurrences all sit inside
 * a reported name ({@code al-Jawlani} inside {@code Abu Mohammed al-Jawlani}) is not repeated.
 */
public final class VariantCheck implements Check {
    static final String MIN_CONFIDENCE = "min-confidence";
    static final String ENFORCE_DIALECT = "enforce-dialect";
    private static final CheckInfo METADATA = new CheckInfo("variant",
            "The same term spelled differently: transliteration, spacing and hyphenation, US/British spelling",
            Severity.WARNING, List.of(
                    new CheckOption(MIN_CONFIDENCE, "0.7", "clusters less certain than this are not reported"),
                    new CheckOption(ENFORCE_DIALECT, "false",
                            "also flag the other dialect's spellings when only they occur")));

    /** Read on first use, or by {@link #prepare} while the documents load. */
    private final Once<VariantData> data = new Once<>(VariantData::load);

    /** A variant check with the bundled data files. */
    public VariantCheck() {
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
        VariantData data = this.data.get();
        List<Candidate> candidates = new Candidates(data.lexicon()).of(corpus, context);
        double min = context.doubleOption(MIN_CONFIDENCE);
        VariantFindings findings = new VariantFindings(corpus, context, data);
        List<Finding> out = new ArrayList<>();
        List<VariantClusterer.Cluster> clusters = new ArrayList<>(new VariantClusterer(data).cluster(candidates));
        clusters.sort(Comparator.comparingInt((VariantClusterer.Cluster c) -> -c.members().stream()
                .mapToInt(Candidate::words).max().orElse(1)));
        for (VariantClusterer.Cluster cluster : clusters) {
            findings.of(cluster, min).ifPresent(out::add);
        }
        if (context.booleanOption(ENFORCE_DIALECT)) {
            out.addAll(findings.otherDialect(candidates));
        }
        out.addAll(findings.houseVariants(corpus));
        out.sort(null);
        return List.copyOf(out);
    }
}
