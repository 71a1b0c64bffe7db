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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /**
     * Whether a cluster is an identifier and the same words spaced out: its forms have the same
     * letters, one of them is, all of it, code the corpus marks as code ({@link Corpus#code}) with
     * a capital inside it ({@code `ReadableStream`} beside {@code Readable Stream},
     * {@code `TypedArray`} beside {@code Typed Array}), and the prose writes the words one way
     * only. A type's or a program's name is spelt as its code spells it, and the prose that names
     * it in words is no variant of it to bring into line. Kept: a cluster whose letters differ
     * ({@code IgnoreNodeManger}, a slip of the identifier), one whose other forms are spelt two
     * ways or more ({@code whitespace}, {@code white-space} beside {@code `WhiteSpace`}), and one
     * whose code is in small letters ({@code `readonly`} beside {@code read-only}: a word of the
     * prose too).
     */
    private static boolean spacedIdentifier(VariantClusterer.Cluster cluster, Corpus corpus) {
        Set<String> code = corpus.code();
        if (code.isEmpty()) {
            return false;
        }
        String letters = null;
        boolean identifier = false;
        Set<String> prose = new HashSet<>();
        for (Candidate member : cluster.members()) {
            for (String form : member.forms().keySet()) {
                String own = NameKeys.letters(form);
                if (letters != null && !letters.equals(own)) {
                    return false;
                }
                letters = own;
                if (code.contains(form) && innerCapital(form)) {
                    identifier = true;
                } else {
                    prose.add(form.toLowerCase(Locale.ROOT));
                }
            }
        }
        return identifier && prose.size() <= 1;
    }

    /** Whether a small letter is followed by a capital somewhere in a form ({@code camelCase}, {@code TypedArray}). */
    private static boolean innerCapital(String form) {
        for (int i = 1; i < form.length(); i++) {
            if (Character.isLowerCase(form.charAt(i - 1)) && Character.isUpperCase(form.charAt(i))) {
                return true;
            }
        }
        return false;
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
            if (!spacedIdentifier(cluster, corpus)) {
                findings.of(cluster, min).ifPresent(out::add);
            }
        }
        if (context.booleanOption(ENFORCE_DIALECT)) {
            out.addAll(findings.otherDialect(candidates));
        }
        out.addAll(findings.houseVariants(corpus));
        out.sort(null);
        return List.copyOf(out);
    }
}
