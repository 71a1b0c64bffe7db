package dev.copydesk.cli;

/** The fixed exit codes of copydesk; never a count. */
public enum ExitCode {
    /** No finding at or above the failing severity, every input read. */
    CLEAN(0),
    /** Findings at or above the failing severity. */
    FINDINGS(1),
    /** Usage or configuration error: nothing was checked. */
    USAGE(2),
    /** An input could not be read, or an internal error. Takes precedence over {@link #FINDINGS}. */
    INPUT_OR_INTERNAL(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
