package dev.copydesk.core.testing;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.corpus.Corpus;
import java.util.List;
import java.util.function.Supplier;

/** A check with id {@code broken} that throws the given exception whenever it runs: a bug in a check, for tests. */
public class BrokenCheck implements Check {
    private final Supplier<RuntimeException> failure;

    public BrokenCheck(Supplier<RuntimeException> failure) {
        this.failure = failure;
    }

    @Override
    public CheckInfo info() {
        return new CheckInfo("broken", "always fails", Severity.WARNING, List.of());
    }

    @Override
    public List<Finding> run(Corpus corpus, CheckContext context) {
        throw failure.get();
    }
}
