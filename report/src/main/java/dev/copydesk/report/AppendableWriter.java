package dev.copydesk.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/** Adapts the renderer's {@link Appendable} to a {@link Writer} for Jackson; closing it closes nothing. */
final class AppendableWriter extends Writer {
    private final Appendable target;

    private AppendableWriter(Appendable target) {
        this.target = target;
    }

    /** The appendable itself if it is a writer, else a writer over it. */
    static Writer of(Appendable out) {
        return out instanceof Writer w ? w : new AppendableWriter(out);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        target.append(CharBuffer.wrap(cbuf, off, len));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
