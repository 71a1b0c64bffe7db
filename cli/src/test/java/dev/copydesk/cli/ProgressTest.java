package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void drawsABarOnOneLineAndErasesItAtTheEnd() {
        StringWriter err = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(err), true, 0)) {
            p.update("loading", 15, 30);
        }
        assertThat(err.toString()).startsWith("\rloading  [" + "=".repeat(15) + " ".repeat(15) + "] 15/30")
                .endsWith("\r").doesNotContain("\n");
    }

    @Test
    void staysSilentWhenDisabledOrBeforeTheDelay() {
        StringWriter err = new StringWriter();
        try (Progress off = new Progress(new PrintWriter(err), false, 0);
             Progress early = new Progress(new PrintWriter(err), true, 60_000_000_000L)) {
            off.update("loading", 1, 2);
            early.update("loading", 1, 2);
        }
        assertThat(err.toString()).isEmpty();
    }
}
