package dev.copydesk.core.check;

/** The English spelling the copy should follow. */
public enum Dialect {
    EN_US("en-US"),
    EN_GB("en-GB");

    private final String tag;

    Dialect(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, {@code en-US} or {@code en-GB}. */
    public String tag() {
        return tag;
    }

    /** Parses {@code en-US}, {@code en_us}, {@code en-GB} ... */
    public static Dialect parse(String s) {
        String t = s.strip().replace('_', '-');
        for (Dialect d : values()) {
            if (d.tag.equalsIgnoreCase(t)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dialect '" + s + "' (en-US or en-GB)");
    }
}
