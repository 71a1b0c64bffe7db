package dev.copydesk.core.testing;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.corpus.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fixtures with expected findings marked inline: {@code We saw [[teh]] report.} One paragraph per
 * line; {@code #} starts a comment line. {@link #expected()} lists each marked span (paragraph,
 * start, end in the unmarked text) and {@link #actual} the spans a check reports, in the same shape,
 * so a test compares the two lists.
 */
public final class MarkedText {
    private final List<String> paragraphs;
    private final List<String> expected;

    private MarkedText(List<String> paragraphs, List<String> expected) {
        this.paragraphs = paragraphs;
        this.expected = expected;
    }

    /** Reads a fixture from the class path, relative to a class. */
    public static MarkedText resource(Class<?> near, String name) {
        try (InputStream in = Objects.requireNonNull(near.getResourceAsStream(name), name)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses fixture text. */
    public static MarkedText parse(String text) {
        List<String> paragraphs = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            StringBuilder clean = new StringBuilder();
            int i = 0;
            while (i < line.length()) {
                int open = line.indexOf("[[", i);
                if (open < 0) {
                    clean.append(line, i, line.length());
                    break;
                }
                int close = line.indexOf("]]", open);
                clean.append(line, i, open);
                int start = clean.length();
                clean.append(line, open + 2, close);
                expected.add(span(paragraphs.size(), start, clean.length(), clean.substring(start)));
                i = close + 2;
            }
            paragraphs.add(clean.toString());
        }
        return new MarkedText(List.copyOf(paragraphs), List.copyOf(expected));
    }

    /** The paragraphs without markers, one document each. */
    public Corpus corpus() {
        return TestData.corpusOf(paragraphs.toArray(String[]::new));
    }

    /** The paragraphs without markers. */
    public List<String> paragraphs() {
        return paragraphs;
    }

    /** The marked spans, as {@code paragraph:start-end text}. */
    public List<String> expected() {
        return expected;
    }

    /** The spans a check reports on this fixture, in the shape of {@link #expected()}. */
    public List<String> actual(Check check, CheckContext context) {
        List<String> out = new ArrayList<>();
        for (Finding f : check.run(corpus(), context)) {
            int paragraph = Integer.parseInt(f.location().documentId().replaceAll("\\D", ""));
            out.add(span(paragraph, f.location().start(), f.location().end(), f.subject()));
        }
        return out;
    }

    private static String span(int paragraph, int start, int end, String text) {
        return paragraph + ":" + start + "-" + end + " " + text;
    }
}
