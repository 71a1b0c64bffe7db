package dev.copydesk.core.engine;

import dev.copydesk.core.model.Document;
import java.util.Objects;

/**
 * The size of one checked document.
 *
 * @param id     its id
 * @param format its format id ({@code text}, {@code markdown}, {@code docx} ...)
 * @param blocks how many blocks
 * @param words  how many word tokens
 */
public record DocumentSummary(String id, String format, int blocks, int words) {
    public DocumentSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(format, "format");
    }

    static DocumentSummary of(Document d) {
        return new DocumentSummary(d.id(), d.format().id(), d.blocks().size(), d.wordCount());
    }
}
