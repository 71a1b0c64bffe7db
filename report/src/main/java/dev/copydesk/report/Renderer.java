package dev.copydesk.report;

import dev.copydesk.core.engine.Report;
import java.io.IOException;

/** Writes a finished report in one format. Deterministic: the same report gives the same characters. */
public interface Renderer {
    /** Writes the report. */
    void render(Report report, Appendable out) throws IOException;
}
