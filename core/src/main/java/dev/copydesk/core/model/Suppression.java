package dev.copydesk.core.model;

import java.util.Set;

/**
 * A region of a document in which some checks are turned off by the document itself
 * ({@code <!-- copydesk-disable typo -->} ... {@code <!-- copydesk-enable -->} in Markdown).
 *
 * @param fromBlock first block index covered (inclusive)
 * @param toBlock   last block index covered (inclusive)
 * @param checkIds  the checks turned off; empty means all checks
 */
public record Suppression(int fromBlock, int toBlock, Set<String> checkIds) {
    public Suppression {
        checkIds = Set.copyOf(checkIds);
        if (fromBlock < 0 || toBlock < fromBlock) {
            throw new IllegalArgumentException("bad suppression " + fromBlock + ".." + toBlock);
        }
    }

    /** Whether this suppression turns off a check at a block. */
    public boolean covers(String checkId, int blockIndex) {
        return blockIndex >= fromBlock && blockIndex <= toBlock && (checkIds.isEmpty() || checkIds.contains(checkId));
    }
}
