package dev.copydesk.cli;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.CheckOption;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Location;
import dev.copydesk.core.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A test-only check standing in for the real ones: flags {@code teh} and {@code recieve} (not
 * when accepted), with the word as its fingerprint key, like a typo check. Its option exists so
 * configuration validation has something to validate.
 */
final class TestTypoCheck implements Check {
    static final String ID = "test-typo";
    private static final Map<String, String> KNOWN = Map.of("teh", "the", "recieve", "receive");
    private static final CheckInfo INFO = new CheckInfo(ID, "flags a few known misspellings", Severity.WARNING,
            List.of(new CheckOption("min-length", "3", "shorter words are not flagged")));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> run(Corpus corpus, CheckContext context) {
        int minLength = context.intOption("min-length");
        List<Finding> out = new ArrayList<>();
        for (Document d : corpus.documents()) {
            for (Block b : d.blocks()) {
                for (Word w : b.words()) {
                    String key = w.text().toLowerCase(Locale.ROOT);
                    if (KNOWN.containsKey(key) && key.length() >= minLength && !context.acceptedWords().contains(w.text())) {
                        out.add(new Finding(ID, INFO.defaultSeverity(), 0.9, Location.of(d, b, w),
                                "Possible typo: '" + w.text() + "'", w.text(), List.of(KNOWN.get(key)), List.of(),
                                Evidence.NONE, key));
                    }
                }
            }
        }
        return out;
    }
}
