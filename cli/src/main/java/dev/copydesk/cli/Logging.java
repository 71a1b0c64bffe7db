package dev.copydesk.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Sets the log level from {@code -v} / {@code -q}. Logging goes to stderr ({@link LogSetup}). */
final class Logging {
    private Logging() {
    }

    static void configure(boolean verbose, boolean quiet) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger own = (Logger) LoggerFactory.getLogger("dev.copydesk");
        if (quiet) {
            root.setLevel(Level.ERROR);
            own.setLevel(Level.ERROR);
        } else if (verbose) {
            own.setLevel(Level.DEBUG);
        }
    }
}
