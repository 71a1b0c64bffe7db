package dev.copydesk.cli;

/** A usage or configuration problem found before anything is checked: exit code 2, message on stderr. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
