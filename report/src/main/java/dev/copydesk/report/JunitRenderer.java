package dev.copydesk.report;

import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.engine.DocumentSummary;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.load.LoadFailure;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML in the Apache Ant layout that CI servers (Jenkins, GitLab, Azure, CircleCI) show as
 * test results: one {@code testsuite} named {@code copydesk}, one {@code testcase} per document.
 * A document with findings fails: its one {@code failure} (the schema allows one per test case)
 * says how many there are, its type is the most serious severity, and its text lists each finding
 * as a line of the text format. An unreadable input is a test case with an {@code error}. The only
 * varying value is the suite's timestamp (UTC, to the second).
 */
public final class JunitRenderer implements Renderer {
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final Clock clock;

    /** A renderer stamping the suite with the current time. */
    public JunitRenderer() {
        this(Clock.systemUTC());
    }

    /** A renderer stamping the suite with a clock's time (tests use a fixed one). */
    public JunitRenderer(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void render(Report report, Appendable out) throws IOException {
        Map<String, List<Finding>> byDocument = new LinkedHashMap<>();
        report.documents().forEach(d -> byDocument.put(d.id(), new ArrayList<>()));
        report.findings().forEach(f -> byDocument.computeIfAbsent(f.location().documentId(), k -> new ArrayList<>()).add(f));
        StringWriter buffer = new StringWriter();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(buffer);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuites");
            indent(w, 1);
            w.writeStartElement("testsuite");
            w.writeAttribute("package", "copydesk");
            w.writeAttribute("id", "0");
            w.writeAttribute("name", "copydesk");
            w.writeAttribute("timestamp", TIMESTAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
            w.writeAttribute("hostname", "localhost");
            w.writeAttribute("tests", String.valueOf(byDocument.size() + report.failures().size()));
            w.writeAttribute("failures", String.valueOf(byDocument.values().stream().filter(l -> !l.isEmpty()).count()));
            w.writeAttribute("errors", String.valueOf(report.failures().size()));
            w.writeAttribute("time", "0");
            indent(w, 2);
            w.writeStartElement("properties");
            property(w, "documents", report.documents().size());
            property(w, "words", report.wordCount());
            property(w, "suppressed", report.suppressed());
            property(w, "baselined", report.baselined());
            indent(w, 2);
            w.writeEndElement();
            for (Map.Entry<String, List<Finding>> e : byDocument.entrySet()) {
                testCase(w, e.getKey(), e.getValue());
            }
            for (LoadFailure failure : report.failures()) {
                indent(w, 2);
                w.writeStartElement("testcase");
                caseAttributes(w, failure.id());
                w.writeStartElement("error");
                w.writeAttribute("message", clean("cannot read: " + failure.reason()));
                w.writeAttribute("type", "unreadable");
                w.writeCharacters(clean(failure.describe()));
                w.writeEndElement();
                w.writeEndElement();
            }
            indent(w, 2);
            w.writeEmptyElement("system-out");
            indent(w, 2);
            w.writeEmptyElement("system-err");
            indent(w, 1);
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.append(buffer.getBuffer()).append('\n');
    }

    private static void testCase(XMLStreamWriter w, String document, List<Finding> findings) throws XMLStreamException {
        indent(w, 2);
        if (findings.isEmpty()) {
            w.writeEmptyElement("testcase");
            caseAttributes(w, document);
            return;
        }
        w.writeStartElement("testcase");
        caseAttributes(w, document);
        Severity worst = findings.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
        w.writeStartElement("failure");
        w.writeAttribute("message", findings.size() == 1 ? clean(TextRenderer.oneLine(findings.get(0).message()))
                : findings.size() + " findings");
        w.writeAttribute("type", worst.id());
        StringBuilder text = new StringBuilder();
        for (Finding f : findings) {
            text.append(TextRenderer.line(f, false)).append('\n');
        }
        w.writeCharacters(clean(text.toString()));
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void caseAttributes(XMLStreamWriter w, String document) throws XMLStreamException {
        w.writeAttribute("name", clean(document));
        w.writeAttribute("classname", "copydesk");
        w.writeAttribute("time", "0");
    }

    private static void property(XMLStreamWriter w, String name, long value) throws XMLStreamException {
        indent(w, 3);
        w.writeEmptyElement("property");
        w.writeAttribute("name", name);
        w.writeAttribute("value", String.valueOf(value));
    }

    private static void indent(XMLStreamWriter w, int level) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(level));
    }

    /** Drops the characters XML 1.0 cannot carry (controls other than tab and newline, lone surrogates). */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            boolean ok = c == '\t' || c == '\n' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                    || c >= 0x10000;
            b.appendCodePoint(ok ? c : '\uFFFD');
        });
        return b.toString();
    }
}
