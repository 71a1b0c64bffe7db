package dev.copydesk.core.load;

import dev.copydesk.core.model.Document;
import dev.copydesk.core.segment.Segmenter;

/** Reads one format into a {@link Document}. Implementations are thread-safe. */
interface FormatLoader {
    /**
     * Loads a file whose bytes were already read.
     *
     * @throws LoadException with a one-line reason when the file cannot be read
     */
    Document load(SourceFile file, byte[] bytes, Segmenter segmenter) throws LoadException;
}
