package dev.copydesk.core.checks.variant;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Related;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.corpus.TermIndex;
import dev.copydesk.core.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns clusters into findings: picks the preferred form, locates the finding at the first
 * occurrence of another form, lists the others as related places and counts every form. Also the
 * findings that need no cluster: house-style variants and, when asked, the other dialect's spellings.
 */
final class VariantFindings {
    private static final double CONFIDENT = 0.8;
    private static final double RULE_CONFIDENCE = 0.95;
    private static final double DIALECT_CONFIDENCE = 0.9;
    private static final Set<String> SPACING = Set.of("spacing");

    private final Corpus corpus;
    private final CheckContext context;
    private final VariantData data;
    private final Set<String> covered = new HashSet<>();
    private final Set<Long> reported = new HashSet<>();

    VariantFindings(Corpus corpus, CheckContext context, VariantData data) {
        this.corpus = corpus;
        this.context = context;
        this.data = data;
    }

    /**
     * The finding of a cluster, if some member is written against the preferred form and the
     * cluster is at least {@code min} certain. Occurrences inside names already reported are left out.
     */
    Optional<Finding> of(VariantClusterer.Cluster cluster, double min) {
        List<Candidate> members = cluster.members().stream().map(c -> c.without(reported::contains))
                .filter(c -> c.count() > 0 || c.source() == Candidate.Source.HOUSE).toList();
        if (members.size() < 2 || cluster.confidence() < min) {
            return Optional.empty();
        }
        double confidence = cluster.confidence();
        Candidate preferred = members.stream().filter(c -> c.source() == Candidate.Source.HOUSE).findFirst()
                .or(() -> listedPreferred(members))
                .or(() -> cluster.kinds().contains("dialect") ? dialectForm(members) : Optional.empty())
                .orElse(null);
        if (preferred != null && (preferred.source() == Candidate.Source.HOUSE || isListed(preferred))) {
            confidence = RULE_CONFIDENCE;
        }
        boolean tie = false;
        if (preferred == null) {
            List<Candidate> byCount = new ArrayList<>(members);
            byCount.sort(Comparator.comparingInt(Candidate::count).thenComparingInt(this::documents).reversed()
                    .thenComparing(Candidate::key));
            preferred = byCount.get(0);
            Candidate second = byCount.get(1);
            tie = second.count() == preferred.count() && documents(second) == documents(preferred);
            Candidate word = tie && cluster.kinds().equals(SPACING) ? dictionaryForm(byCount) : null;
            if (word != null) {
                preferred = word;
                tie = false;
            }
        }
        String preferredKey = preferred.key();
        List<Candidate> deviant = members.stream().filter(c -> !c.key().equals(preferredKey) && c.count() > 0)
                .toList();
        if (deviant.isEmpty()) {
            return Optional.empty();
        }
        members.forEach(c -> {
            covered.add(c.key());
            c.forms().values().forEach(f -> {
                for (long o : f.occurrences()) {
                    for (int k = 0; k < c.words(); k++) {
                        reported.add(o + k);
                    }
                }
            });
        });
        List<Candidate> ordered = new ArrayList<>();
        ordered.add(preferred);
        members.stream().filter(c -> c != ordered.get(0)).forEach(ordered::add);
        return Optional.of(finding(String.join("+", cluster.kinds()), preferred.display(), ordered, deviant,
                confidence, tie));
    }

    /** Spellings of the other dialect whose counterpart does not occur (option {@code enforce-dialect}). */
    List<Finding> otherDialect(List<Candidate> candidates) {
        Map<String, String> other = context.dialect() == Dialect.EN_GB ? data.americanToBritish()
                : data.britishToAmerican();
        List<Finding> out = new ArrayList<>();
        for (Candidate c : candidates) {
            String wanted = c.source() == Candidate.Source.WORD ? other.get(c.key()) : null;
            if (wanted != null && !covered.contains(c.key())) {
                Candidate target = new Candidate(wanted, 1, Candidate.Source.HOUSE, Map.of());
                out.add(finding("dialect", wanted, List.of(target, c), List.of(c), DIALECT_CONFIDENCE, false));
            }
        }
        return out;
    }

    /** Occurrences of the variants a house-style rule lists, unless a cluster already reported them. */
    List<Finding> houseVariants(Corpus corpus) {
        List<Finding> out = new ArrayList<>();
        for (CheckContext.PreferredForm rule : context.houseStyle()) {
            List<Candidate> found = new ArrayList<>();
            for (String variant : new TreeSet<>(rule.variants())) {
                String key = variant.toLowerCase(Locale.ROOT);
                Map<String, TermIndex.Form> forms = formsOf(corpus, key);
                if (!forms.isEmpty() && !covered.contains(key) && !key.equals(rule.preferred().toLowerCase(Locale.ROOT))) {
                    found.add(new Candidate(key, key.split(" ").length, Candidate.Source.WORD, forms));
                }
            }
            if (!found.isEmpty()) {
                List<Candidate> ordered = new ArrayList<>();
                ordered.add(new Candidate(rule.preferred().toLowerCase(Locale.ROOT), 1, Candidate.Source.HOUSE,
                        formsOf(corpus, rule.preferred().toLowerCase(Locale.ROOT))));
                ordered.addAll(found);
                out.add(finding("house-style", rule.preferred(), ordered, found, RULE_CONFIDENCE, false));
            }
        }
        return out;
    }

    /** In how many documents a candidate occurs. */
    private int documents(Candidate c) {
        Set<String> ids = new HashSet<>();
        c.forms().values().forEach(f -> ids.addAll(corpus.documentIds(f.occurrences())));
        return ids.size();
    }

    private static Map<String, TermIndex.Form> formsOf(Corpus corpus, String key) {
        Map<String, TermIndex.Form> out = new TreeMap<>();
        if (key.indexOf(' ') < 0) {
            TermIndex.Term term = corpus.terms().term(key);
            if (term != null) {
                out.putAll(term.forms());
            }
        } else {
            corpus.phrases().names().forEach((text, form) -> {
                if (text.toLowerCase(Locale.ROOT).equals(key)) {
                    out.put(text, form);
                }
            });
        }
        return out;
    }

    /**
     * The form of a compound that the dictionary has, where the corpus writes two or more forms
     * equally often and the dictionary has one of them only ({@code daybreak} twice,
     * {@code day-break} twice: use {@code daybreak}); null when it has none or several of them
     * ({@code long-time}, {@code longtime}). Where one form is more frequent the corpus's
     * preference stands, dictionary or not ({@code to-day} six times in Moby-Dick, {@code today}
     * once: the book's style), and a house style still comes first. Only for spacing: a name's
     * transliteration is the corpus's to choose.
     */
    private Candidate dictionaryForm(List<Candidate> byCount) {
        Candidate top = byCount.get(0);
        List<Candidate> known = byCount.stream()
                .filter(c -> c.count() == top.count() && documents(c) == documents(top))
                .filter(c -> data.lexicon().knows(c.key())).toList();
        return known.size() == 1 ? known.get(0) : null;
    }

    private Optional<Candidate> listedPreferred(List<Candidate> members) {
        for (CheckContext.PreferredForm rule : context.houseStyle()) {
            String key = rule.preferred().toLowerCase(Locale.ROOT);
            boolean listed = rule.variants().stream().anyMatch(v -> members.stream()
                    .anyMatch(c -> c.key().equals(v.toLowerCase(Locale.ROOT))));
            Optional<Candidate> match = members.stream().filter(c -> c.key().equals(key)).findFirst();
            if (listed && match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    private boolean isListed(Candidate c) {
        return context.houseStyle().stream().anyMatch(r -> r.preferred().toLowerCase(Locale.ROOT).equals(c.key()));
    }

    private Optional<Candidate> dialectForm(List<Candidate> members) {
        Map<String, String> mine = context.dialect() == Dialect.EN_GB ? data.britishToAmerican()
                : data.americanToBritish();
        return members.stream().filter(c -> mine.containsKey(c.key())).findFirst();
    }

    /**
     * The finding of a cluster. With {@code tie}, no form is written more often (nor in more
     * documents) than the others: the message says so and every form is offered, instead of
     * presenting the alphabetically first as the one to use.
     */
    private Finding finding(String kind, String preferred, List<Candidate> ordered, List<Candidate> deviant,
                            double confidence, boolean tie) {
        List<long[]> places = new ArrayList<>();
        for (Candidate c : deviant) {
            for (TermIndex.Form f : c.forms().values()) {
                for (long o : f.occurrences()) {
                    places.add(new long[] {o, c.words()});
                }
            }
        }
        places.sort(Comparator.comparingLong(p -> p[0]));
        Location at = corpus.location(places.get(0)[0], (int) places.get(0)[1]);
        String subject = text(places.get(0));
        List<Related> related = new ArrayList<>();
        for (int i = 1; i < places.size(); i++) {
            related.add(new Related(corpus.location(places.get(i)[0], (int) places.get(i)[1]), text(places.get(i)),
                    "variant of '" + preferred + "'"));
        }
        List<Evidence.FormCount> counts = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        for (Candidate c : ordered) {
            if (c.count() == 0) {
                counts.add(new Evidence.FormCount(preferred, 0, List.of(), List.of()));
                continue;
            }
            for (TermIndex.Form f : c.forms().values()) {
                counts.add(new Evidence.FormCount(f.text(), f.count(), corpus.documentIds(f.occurrences()),
                        corpus.locations(f.occurrences(), c.words())));
                summary.append(summary.length() > 0 ? ", " : "").append('\'').append(f.text()).append("' ")
                        .append(f.count());
            }
        }
        double c = Math.max(0, Math.min(1, confidence));
        Severity severity = c >= CONFIDENT ? context.info().defaultSeverity() : Severity.INFO;
        List<String> suggestions = tie ? counts.stream().map(Evidence.FormCount::form).distinct().toList()
                : List.of(preferred);
        String message = "Spelling variants (" + kind + "): " + summary
                + (tie ? "; no form is more frequent: choose one (or set a house style)" : "; use '" + preferred + "'");
        return new Finding(context.info().id(), severity, c, at, message, subject, suggestions, related,
                new Evidence.Forms(kind, preferred, counts), preferred.toLowerCase(Locale.ROOT));
    }

    private String text(long[] place) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < place[1]; k++) {
            sb.append(k > 0 ? " " : "").append(corpus.word(place[0] + k).text());
        }
        return sb.toString();
    }
}
