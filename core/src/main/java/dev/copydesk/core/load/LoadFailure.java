package dev.copydesk.core.load;

import java.util.Objects;

/**
 * A file that could not be read, with a one-line reason an editor understands
 * ({@code encrypted document}, {@code not a valid PDF}, {@code permission denied}).
 *
 * @param id     the document id of the file
 * @param reason why it could not be read
 */
public record LoadFailure(String id, String reason) implements Comparable<LoadFailure> {
    public LoadFailure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
    }

    /** The line printed for this failure: {@code path: cannot read: reason}. */
    public String describe() {
        return id + ": cannot read: " + reason;
    }

    @Override
    public int compareTo(LoadFailure o) {
        return id.compareTo(o.id);
    }
}
