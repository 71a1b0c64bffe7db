package dev.copydesk.core.model;

/** The format a document was read from. Plain text and Markdown keep exact line and column positions. */
public enum DocumentFormat {
    TEXT("text", true),
    MARKDOWN("markdown", true),
    HTML("html", false),
    DOCX("docx", false),
    DOC("doc", false),
    ODT("odt", false),
    PDF("pdf", false),
    RTF("rtf", false),
    EPUB("epub", false),
    OTHER("other", false);

    private final String id;
    private final boolean hasLineColumn;

    DocumentFormat(String id, boolean hasLineColumn) {
        this.id = id;
        this.hasLineColumn = hasLineColumn;
    }

    /** Short lower-case name used in output formats. */
    public String id() {
        return id;
    }

    /** Whether locations in this format carry exact source lines and columns. */
    public boolean hasLineColumn() {
        return hasLineColumn;
    }
}
