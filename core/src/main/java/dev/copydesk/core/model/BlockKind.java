package dev.copydesk.core.model;

/** What a block of text is in its document. */
public enum BlockKind {
    PARAGRAPH,
    HEADING,
    LIST_ITEM,
    TABLE_CELL,
    QUOTE;

    /** Lower-case name used in output formats. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
