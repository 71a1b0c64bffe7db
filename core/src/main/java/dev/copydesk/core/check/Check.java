package dev.copydesk.core.check;

import dev.copydesk.core.corpus.Corpus;
import java.util.List;

/**
 * One kind of finding. A check is pure: it reads the corpus and its context and returns findings;
 * it keeps no state between runs, does no I/O besides reading its own resources, and never sees
 * command-line flags. Register a new check with one line in
 * {@link dev.copydesk.core.checks.BuiltInChecks}.
 */
public interface Check {
    /** The check's metadata. */
    CheckInfo info();

    /** Finds what this check finds in the corpus. The engine applies severity, suppression and order. */
    List<Finding> run(Corpus corpus, CheckContext context);

    /**
     * Reads what the check needs whatever the corpus (dictionaries, data files), so that a caller
     * can have it done while documents load. Optional and idempotent: {@link #run} reads whatever
     * was not prepared. It may run on another thread at the same time as {@link #run}, so what it
     * fills must be guarded. Does nothing by default.
     *
     * @param dialect the dialect the run will use
     */
    default void prepare(Dialect dialect) {
    }

    /**
     * Whether the check reads the text as English (its spelling, casing, punctuation), so that its
     * findings mean nothing in a passage of another language and are dropped there (see
     * {@link dev.copydesk.core.model.Suppression#language}). True by default; a check that compares
     * texts whatever their language (near-duplicates) says false.
     */
    default boolean readsEnglish() {
        return true;
    }
}
