package dev.copydesk.core.load;

import dev.copydesk.core.model.Document;
import java.util.List;

/**
 * What a load produced: the documents read (in the stable order of their files) and the files that
 * could not be read.
 *
 * @param documents the documents, in file order
 * @param failures  the unreadable files, in file order
 */
public record LoadResult(List<Document> documents, List<LoadFailure> failures) {
    public LoadResult {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
    }
}
