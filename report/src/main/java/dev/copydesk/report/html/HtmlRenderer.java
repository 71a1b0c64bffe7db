package dev.copydesk.report.html;

import dev.copydesk.core.engine.Report;
import dev.copydesk.report.Renderer;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The HTML report for editors: one self-contained page (inline style and script, no network) with
 * an overview, a section per check, and each document as a marked-up proof. Long lists are capped
 * and say how many more rows the JSON output holds. The same report gives the same bytes.
 */
public final class HtmlRenderer implements Renderer {
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            HtmlRenderer.class.getClassLoader(), HtmlRenderer.class.getPackageName());

    private final Limits limits;
    private final Assets assets;

    /** A renderer with the default caps. */
    public HtmlRenderer() {
        this(Limits.DEFAULT);
    }

    HtmlRenderer(Limits limits) {
        this.limits = limits;
        this.assets = Assets.load();
    }

    @Override
    public void render(Report report, Appendable out) throws IOException {
        Page page = new PageBuilder(report, limits).build(assets);
        try {
            TEMPLATES.render("report.jte", page, new AppendableOutput(out));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
