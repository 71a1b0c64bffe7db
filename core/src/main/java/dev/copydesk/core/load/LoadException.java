package dev.copydesk.core.load;

/** A file cannot be loaded; the message is the one-line reason shown to the user. */
public final class LoadException extends Exception {
    private static final long serialVersionUID = 1L;

    public LoadException(String reason) {
        super(reason);
    }

    public LoadException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
