package dev.copydesk.core.testing;

import dev.copydesk.core.check.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The labels of {@code testdata/labels/<check>.tsv}: each line a document, a 1-based paragraph (or
 * {@code *}), the text, {@code flag} or {@code name}, the expected first suggestion and (optionally)
 * the check id. See the files' headers.
 */
public final class NewsLabels {
    private NewsLabels() {
    }

    /**
     * One label.
     *
     * @param document   file name under testdata/news
     * @param paragraph  1-based paragraph, or 0 for anywhere
     * @param text       the text as written
     * @param flag       true for a finding that must be reported, false for text that must not be
     * @param suggestion the expected first suggestion of a flag
     * @param checkId    the check that reports it
     */
    public record Label(String document, int paragraph, String text, boolean flag, String suggestion,
                        String checkId) {
        /** Whether a finding is the one this label describes (suggestion aside). */
        public boolean matches(Finding f) {
            return f.checkId().equals(checkId) && f.location().documentId().endsWith(document)
                    && (paragraph == 0 || f.location().blockIndex() + 1 == paragraph) && f.subject().equals(text);
        }
    }

    /** Reads {@code testdata/labels/<file>}; lines without a check column belong to {@code defaultCheck}. */
    public static List<Label> read(String file, String defaultCheck) {
        List<Label> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(TestData.root().resolve("labels").resolve(file),
                    StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                int paragraph = f[1].equals("*") ? 0 : Integer.parseInt(f[1]);
                String check = f.length > 5 && !f[5].isBlank() ? f[5] : defaultCheck;
                out.add(new Label(f[0], paragraph, f[2], f[3].equals("flag"), f.length > 4 ? f[4] : "", check));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
