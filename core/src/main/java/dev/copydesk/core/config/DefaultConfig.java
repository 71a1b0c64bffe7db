package dev.copydesk.core.config;

import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.CheckOption;
import java.util.List;

/**
 * The commented default {@code copydesk.yml} that {@code copydesk init} writes: every setting
 * shown with its default, commented out, so the file reads as documentation and changes nothing
 * until a line is uncommented.
 */
public final class DefaultConfig {
    private DefaultConfig() {
    }

    /** The default file's text for the available checks. */
    public static String text(List<CheckInfo> checks) {
        StringBuilder b = new StringBuilder();
        b.append("""
                # copydesk configuration. Found in the working folder or any parent (copydesk.yml or
                # .copydesk.yml), or given with --config FILE. Every line below is a default, commented out.

                # The English the copy follows: en-US or en-GB.
                # dialect: en-US

                # Passages in another language (a German chapter, a French quotation) are skipped by
                # the checks that read English; true checks them as English too.
                # check-other-languages: false

                # The least serious findings the reports show: info (all), warning or error.
                # min-severity: info

                # Per check: off, a severity (error, warning, info), or a mapping with
                # enabled, severity and the check's options.
                checks:
                """);
        if (checks.isEmpty()) {
            b.append("  # (no checks are built in)\n");
        }
        for (CheckInfo info : checks) {
            b.append("  # ").append(info.id()).append(":    # ").append(info.summary()).append('\n');
            b.append("  #   severity: ").append(info.defaultSeverity().id()).append('\n');
            for (CheckOption o : info.options()) {
                b.append("  #   ").append(o.key()).append(": ").append(o.defaultValue())
                        .append("    # ").append(o.description()).append('\n');
            }
        }
        b.append("""

                # Words never flagged, and files of them (one word per line, # comments; paths are
                # relative to this file).
                # accept: [Jolani, Idlib]
                # accept-files: [house-words.txt]

                # House style: the preferred form, with the variants it replaces.
                # prefer:
                #   al-Jolani: [al-Jawlani, al-Julani]
                #   email: e-mail

                # Which files in the folders named on the command line are checked (globs on the path
                # relative to that folder).
                # include: ["**/*.md", "**/*.txt"]
                # exclude: ["drafts/**"]
                """);
        return b.toString();
    }
}
