package dev.copydesk.core.checks.duplicate;

import dev.copydesk.core.check.Severity;
import java.util.Locale;

/**
 * What a group of paragraphs is, from the closest relation to the loosest: a group is as loose as
 * its loosest member. Boilerplate is an exact or near group spread over many documents.
 */
enum GroupKind {
    EXACT(1.0, "Paragraph repeated word for word"),
    NEAR(0.9, "Paragraph repeated with a few words changed"),
    CONTAINMENT(0.8, "Paragraph repeated inside a longer one"),
    REWRITE(0.7, "Paragraph restated in other words"),
    BOILERPLATE(0.9, "Boilerplate paragraph");

    private final double confidence;
    private final String title;

    GroupKind(double confidence, String title) {
        this.confidence = confidence;
        this.title = title;
    }

    /** The kind's name in findings: {@code exact}, {@code near} ... */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    double confidence() {
        return confidence;
    }

    String title() {
        return title;
    }

    Severity severity(Severity checkDefault) {
        return this == BOILERPLATE ? Severity.INFO : checkDefault;
    }

    /** The looser of two kinds. */
    GroupKind looser(GroupKind other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
