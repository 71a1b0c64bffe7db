package dev.copydesk.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, for terminals only, that appears once a run has taken a
 * couple of seconds (short runs stay silent) and is erased when the run ends.
 */
final class Progress implements AutoCloseable {
    private static final long DEFAULT_DELAY_NANOS = 2_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private final long delayNanos;
    private final long start = System.nanoTime();
    private boolean shown;

    /** A bar that shows once {@code delayNanos} have passed, if enabled. */
    Progress(PrintWriter err, boolean enabled, long delayNanos) {
        this.err = err;
        this.enabled = enabled;
        this.delayNanos = delayNanos;
    }

    /** A progress bar when stderr is a terminal outside CI and logging is not quietened; else silent. */
    static Progress on(PrintWriter err, Environment env, boolean quiet) {
        return new Progress(err, env.progressOnStderr() && !quiet, DEFAULT_DELAY_NANOS);
    }

    /** Whether anything may be shown. */
    boolean enabled() {
        return enabled;
    }

    /** Shows how far a phase is, once the delay has passed. */
    void update(String phase, int done, int total) {
        if (!enabled || System.nanoTime() - start < delayNanos) {
            return;
        }
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        err.print(String.format(Locale.ROOT, "\r%-8s [%s%s] %d/%d", phase, "=".repeat(filled),
                " ".repeat(WIDTH - filled), done, total));
        err.flush();
        shown = true;
    }

    /** Erases the bar. */
    @Override
    public void close() {
        if (shown) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }
}
