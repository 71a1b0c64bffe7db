package dev.copydesk.core.checks.mechanics;

import java.util.Objects;

/**
 * One mechanical slip in a block's text.
 *
 * @param kind       short id of the kind of slip, e.g. {@code doubled-word}
 * @param start      start offset in the block text
 * @param end        end offset in the block text
 * @param message    one line for the editor
 * @param suggestion the replacement of {@code [start, end)}, or empty when there is none to offer
 * @param confidence 0..1
 */
record Slip(String kind, int start, int end, String message, String suggestion, double confidence) {
    Slip {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(suggestion, "suggestion");
    }
}
