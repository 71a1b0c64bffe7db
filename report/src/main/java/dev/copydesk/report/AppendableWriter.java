package dev.copydesk.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * Adapts the renderer's {@link Appendable} to a {@link Writer} for Jackson (closing it closes
 * nothing), and makes the JSON generators of the JSON and SARIF renderers.
 */
final class AppendableWriter extends Writer {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Appendable target;

    private AppendableWriter(Appendable target) {
        this.target = target;
    }

    /** A pretty-printing JSON generator over the renderer's output; closing it leaves the output open. */
    static JsonGenerator prettyJson(Appendable out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(of(out));
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        return g;
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
