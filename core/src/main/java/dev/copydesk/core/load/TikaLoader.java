package dev.copydesk.core.load;

import dev.copydesk.core.model.Document;
import dev.copydesk.core.segment.Segmenter;

/** Formats read through Apache Tika. Not written yet: see issue 2. */
final class TikaLoader implements FormatLoader {
    @Override
    public Document load(SourceFile file, byte[] bytes, Segmenter segmenter) throws LoadException {
        throw new LoadException("format not supported yet");
    }
}
