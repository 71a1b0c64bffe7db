package dev.copydesk.report.html;

import gg.jte.TemplateOutput;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Lets jte write to the renderer's {@link Appendable}; I/O errors surface as {@link UncheckedIOException}. */
final class AppendableOutput implements TemplateOutput {
    private final Appendable target;

    AppendableOutput(Appendable target) {
        this.target = target;
    }

    @Override
    public void writeContent(String value) {
        try {
            target.append(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        try {
            target.append(value, beginIndex, endIndex);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
