package dev.copydesk.core.checks.duplicate;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.corpus.Corpus;
import java.util.List;

/**
 * Finds groups of paragraphs that say the same thing in (nearly) the same words, within a document
 * and across documents, and reports each group once, at its first occurrence, with every member's
 * location, its similarity to the first and a word diff. Kinds: {@code exact}, {@code near},
 * {@code rewrite}, {@code containment}, and {@code boilerplate} (an exact or near group spread over
 * many documents, reported at INFO). Candidate pairs come from MinHash and banded LSH and from an
 * exact index of sampled shingles (anchors), never from comparing all pairs.
 */
public final class NearDuplicateCheck implements Check {
    private static final CheckInfo INFO = new CheckInfo("duplicate",
            "Near-duplicate paragraphs within and across documents", Severity.WARNING, DuplicateSettings.OPTIONS);

    /** Copy is copy in any language: a repeated French paragraph is still repeated. */
    @Override
    public boolean readsEnglish() {
        return false;
    }

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> run(Corpus corpus, CheckContext context) {
        DuplicateSettings settings = DuplicateSettings.from(context);
        Paragraphs paragraphs = Paragraphs.of(corpus, settings.minWords(), settings.shingleSize());
        List<int[]> groups = new GroupFinder(settings).groups(paragraphs);
        GroupReport report = new GroupReport(corpus, paragraphs, settings, INFO.id(), INFO.defaultSeverity());
        // groups are independent: build their findings (the word diffs) in parallel; the sort fixes the order
        return groups.parallelStream().map(report::finding).sorted().toList();
    }
}
