package dev.copydesk.core.checks.variant;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.CheckOption;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.TermIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Spelling variants of the same term across the corpus (issue 6): names transliterated two ways,
 * words and names joined, hyphenated or spaced differently, US and British spellings mixed. One
 * finding per cluster, at the first occurrence of a form other than the preferred one (the house
 * style, else the dialect's spelling, else the most frequent form), with every form counted.
 */
public final class VariantCheck implements Check {
    static final String MIN_CONFIDENCE = "min-confidence";
    static final String ENFORCE_DIALECT = "enforce-dialect";
    private static final CheckInfo INFO = new CheckInfo("variant",
            "The same term spelled differently: transliteration, spacing and hyphenation, US/British spelling",
            Severity.WARNING, List.of(
                    new CheckOption(MIN_CONFIDENCE, "0.7", "clusters less certain than this are not reported"),
                    new CheckOption(ENFORCE_DIALECT, "false",
                            "also flag the other dialect's spellings when only they occur")));

    private final VariantData data;

    /** A variant check with the bundled data files. */
    public VariantCheck() {
        this.data = VariantData.load();
    }

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> run(Corpus corpus, CheckContext context) {
        List<Candidate> candidates = candidates(corpus, context);
        double min = context.doubleOption(MIN_CONFIDENCE);
        VariantFindings findings = new VariantFindings(corpus, context, data);
        List<Finding> out = new ArrayList<>();
        for (VariantClusterer.Cluster cluster : new VariantClusterer(data).cluster(candidates)) {
            findings.of(cluster).filter(f -> f.confidence() >= min).ifPresent(out::add);
        }
        if (context.booleanOption(ENFORCE_DIALECT)) {
            out.addAll(findings.otherDialect(candidates));
        }
        out.addAll(findings.houseVariants(corpus));
        out.sort(null);
        return List.copyOf(out);
    }

    /** Name mentions, common words, and house-style forms without listed variants, in a stable order. */
    private List<Candidate> candidates(Corpus corpus, CheckContext context) {
        Map<String, Map<String, TermIndex.Form>> names = new TreeMap<>();
        corpus.phrases().names().forEach((text, form) -> {
            String key = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (text.indexOf(' ') > 0 || !data.lexicon().knows(key)) {
                names.computeIfAbsent(key, k -> new TreeMap<>()).put(text, form);
            }
        });
        List<Candidate> out = new ArrayList<>();
        names.forEach((key, forms) -> out.add(new Candidate(key, key.split(" ").length, Candidate.Source.NAME,
                forms)));
        List<TermIndex.Term> terms = new ArrayList<>(corpus.terms().terms());
        terms.sort(Comparator.comparing(TermIndex.Term::key));
        for (TermIndex.Term term : terms) {
            if (term.forms().containsKey(term.key()) && !names.containsKey(term.key())) {
                out.add(new Candidate(term.key(), 1, Candidate.Source.WORD, term.forms()));
            }
        }
        Map<String, Boolean> seen = new HashMap<>();
        for (CheckContext.PreferredForm p : context.houseStyle()) {
            String key = p.preferred().toLowerCase(Locale.ROOT);
            if (p.variants().isEmpty() && seen.putIfAbsent(key, true) == null) {
                out.add(new Candidate(key, key.split(" ").length, Candidate.Source.HOUSE,
                        Map.of(p.preferred(), new TermIndex.Form(p.preferred(), 0, 0, new long[0]))));
            }
        }
        return out;
    }
}
