package dev.copydesk.core.check;

import dev.copydesk.core.model.Location;
import java.util.Objects;

/**
 * Another place a finding concerns: the other paragraphs of a duplicate group, the other
 * occurrences of a variant.
 *
 * @param location where it is
 * @param text     the text there (the paragraph, the form)
 * @param note     what it is, e.g. {@code first occurrence}, {@code preferred form}
 */
public record Related(Location location, String text, String note) {
    public Related {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(note, "note");
    }
}
