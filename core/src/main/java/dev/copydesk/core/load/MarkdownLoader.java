package dev.copydesk.core.load;

import dev.copydesk.core.model.Document;
import dev.copydesk.core.segment.Segmenter;

/** Markdown through commonmark-java. Not written yet: see issue 2. */
final class MarkdownLoader implements FormatLoader {
    @Override
    public Document load(SourceFile file, byte[] bytes, Segmenter segmenter) throws LoadException {
        throw new LoadException("Markdown is not supported yet");
    }
}
