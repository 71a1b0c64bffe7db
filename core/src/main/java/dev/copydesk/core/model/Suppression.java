package dev.copydesk.core.model;

import java.util.Objects;
import java.util.Set;

/**
 * A region of a document in which some checks are turned off: by the document itself
 * ({@code <!-- copydesk-disable typo -->} ... {@code <!-- copydesk-enable -->} in Markdown), or
 * because its text is in another language than English (found when the document is read), where
 * every check that reads the text as English is off.
 *
 * @param fromBlock first block index covered (inclusive)
 * @param toBlock   last block index covered (inclusive)
 * @param checkIds  the checks turned off; empty means all checks (for a passage in another
 *                  language: all that read English)
 * @param language  the other language of the passage (an ISO 639-1 code such as {@code de}, or an
 *                  ISO 15924 script code such as {@code Cyrl} where only the script tells), or
 *                  empty for a region the document's comments made
 */
public record Suppression(int fromBlock, int toBlock, Set<String> checkIds, String language) {
    public Suppression {
        checkIds = Set.copyOf(checkIds);
        Objects.requireNonNull(language, "language");
        if (fromBlock < 0 || toBlock < fromBlock) {
            throw new IllegalArgumentException("bad suppression " + fromBlock + ".." + toBlock);
        }
    }

    /** A region the document's own comments made. */
    public Suppression(int fromBlock, int toBlock, Set<String> checkIds) {
        this(fromBlock, toBlock, checkIds, "");
    }

    /** A passage in another language, where the checks that read English are off. */
    public static Suppression otherLanguage(int fromBlock, int toBlock, String language) {
        if (language.isEmpty()) {
            throw new IllegalArgumentException("no language");
        }
        return new Suppression(fromBlock, toBlock, Set.of(), language);
    }

    /** Whether this suppression turns off a check at a block. */
    public boolean covers(String checkId, int blockIndex) {
        return blockIndex >= fromBlock && blockIndex <= toBlock && (checkIds.isEmpty() || checkIds.contains(checkId));
    }

    /** Whether this is a passage in another language rather than a region the document's comments made. */
    public boolean isOtherLanguage() {
        return !language.isEmpty();
    }
}
