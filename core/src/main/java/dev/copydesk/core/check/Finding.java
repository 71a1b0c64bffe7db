package dev.copydesk.core.check;

import dev.copydesk.core.model.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One thing an editor should look at. Immutable, with a total order (document, position, check,
 * message) so output is deterministic, and a fingerprint that survives unrelated edits (check,
 * document and the normalised text of the finding; no line numbers).
 *
 * @param checkId     the check that found it
 * @param severity    how serious it is (the engine may override the check's default)
 * @param confidence  how sure the check is, 0..1
 * @param location    where it is
 * @param message     one line for the editor, e.g. {@code Possible typo: 'teh'}
 * @param subject     the text found at the location, e.g. {@code teh}
 * @param suggestions replacements, best first (may be empty)
 * @param related     other places the finding concerns
 * @param evidence    what a renderer needs to show it
 * @param key         normalised text identifying the finding inside its document, for the fingerprint
 */
public record Finding(String checkId, Severity severity, double confidence, Location location, String message,
                      String subject, List<String> suggestions, List<Related> related, Evidence evidence,
                      String key) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::checkId)
            .thenComparing(Finding::message)
            .thenComparing(Finding::key);

    public Finding {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(subject, "subject");
        suggestions = List.copyOf(suggestions);
        related = List.copyOf(related);
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(key, "key");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
        }
    }

    /** A copy with another severity. */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(checkId, newSeverity, confidence, location, message, subject, suggestions, related,
                evidence, key);
    }

    /** The first suggestion, or an empty string. */
    public String firstSuggestion() {
        return suggestions.isEmpty() ? "" : suggestions.get(0);
    }

    /**
     * A stable 16-hex-digit fingerprint of check, document and key: the same finding in an edited
     * document keeps it, so baselines and SARIF match findings across runs.
     */
    public String fingerprint() {
        byte[] digest = SHA_256.get().digest((checkId + '\u0000' + location.documentId() + '\u0000' + key)
                .getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }

    /** Each thread's digest, reused (a digest resets itself after {@code digest}; looking one up is not free). */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    });

    @Override
    public int compareTo(Finding o) {
        return ORDER.compare(this, o);
    }
}
