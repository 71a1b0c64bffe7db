package dev.copydesk.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The report's own style sheet and script (resources of this package, never document text), with
 * the SHA-256 hashes the page's Content-Security-Policy allows them by: nothing else runs.
 *
 * @param css       the style sheet
 * @param cssHash   its CSP source expression
 * @param script    the script
 * @param scriptHash its CSP source expression
 */
record Assets(String css, String cssHash, String script, String scriptHash) {

    /** Loads the shipped style sheet and script. */
    static Assets load() {
        String css = resource("report.css");
        String js = resource("report.js");
        return new Assets(css, hash(css), js, hash(js));
    }

    /** The page's Content-Security-Policy: no network, only the report's own style and script. */
    String policy() {
        return "default-src 'none'; img-src data:; style-src '" + cssHash + "'; script-src '" + scriptHash
                + "'; base-uri 'none'; form-action 'none'";
    }

    private static String resource(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
