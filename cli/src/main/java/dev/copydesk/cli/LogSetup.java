package dev.copydesk.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's configuration, in code: every log line goes to stderr as its bare message (results go
 * to stdout), copydesk's own loggers at INFO, Apache's (Tika, PDFBox, POI) at ERROR, the rest at
 * WARN; {@link Logging} then applies {@code -v} and {@code -q}. Logback finds this class through
 * {@code META-INF/services} before it looks for a {@code logback.xml}, and reading that XML took
 * ~60 ms of every run's start (its parser and Joran's model), a quarter of a run over one file.
 * A file named by {@code -Dlogback.configurationFile} still wins: then this class leaves the
 * configuration to logback.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    /** Logback's constructor for the service loader. */
    public LogSetup() {
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty(ContextInitializer.CONFIG_FILE_PROPERTY) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("dev.copydesk").setLevel(Level.INFO);
        context.getLogger("org.apache").setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
