package dev.copydesk.report;

import dev.copydesk.report.html.HtmlRenderer;
import java.util.Locale;
import java.util.function.Supplier;

/** The output formats: adding one is one constant here, one renderer class and its golden files. */
public enum OutputFormat {
    TEXT("text", TextRenderer::new),
    JSON("json", JsonRenderer::new),
    HTML("html", HtmlRenderer::new),
    SARIF("sarif", SarifRenderer::new),
    GITHUB("github", GithubRenderer::new),
    JUNIT("junit", JunitRenderer::new);

    private final String id;
    private final Supplier<Renderer> factory;

    OutputFormat(String id, Supplier<Renderer> factory) {
        this.id = id;
        this.factory = factory;
    }

    /** The name used with {@code --format}. */
    public String id() {
        return id;
    }

    /** A new renderer for this format. */
    public Renderer renderer() {
        return factory.get();
    }

    /** Parses a format name. */
    public static OutputFormat parse(String s) {
        for (OutputFormat f : values()) {
            if (f.id.equals(s.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + s + "'");
    }
}
