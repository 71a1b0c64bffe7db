package dev.copydesk.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Sets the log level from {@code -v} / {@code -q}. Logging goes to stderr ({@link LogSetup}). */
final class Logging {
    private Logging() {
    }

    /**
     * Sets the levels for one command. Every level is set, not only those the flags change, so
     * that a command run after a quiet one in the same JVM (the tests) logs as the flags say.
     */
    static void configure(boolean verbose, boolean quiet) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger own = (Logger) LoggerFactory.getLogger("dev.copydesk");
        root.setLevel(quiet ? Level.ERROR : Level.WARN);
        own.setLevel(quiet ? Level.ERROR : verbose ? Level.DEBUG : Level.INFO);
    }
}
