package dev.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.copydesk.core.engine.Report;
import dev.copydesk.core.testing.Golden;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitRendererTest implements FindingRendererContract {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final String SCHEMA_NAMESPACE = "urn:junit.baev.github.com";

    @Override
    public Renderer renderer() {
        return new JunitRenderer(FIXED);
    }

    @Test
    void writesOneTestCasePerDocumentMatchingTheGoldenFile() throws IOException {
        Golden.assertMatches(SampleReport.GOLDEN, "junit.xml", render(SampleReport.build()));
    }

    @Test
    void validatesAgainstTheAntJunitSchema() throws Exception {
        String xml = render(SampleReport.build());
        assertThatCode(() -> validate(xml)).doesNotThrowAnyException();
    }

    @Test
    void theSchemaRejectsATestSuiteWithoutItsRequiredHostname() throws Exception {
        String xml = render(SampleReport.build()).replace(" hostname=\"localhost\"", "");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> validate(xml))
                .isInstanceOf(org.xml.sax.SAXParseException.class).hasMessageContaining("hostname");
    }

    @Test
    void stampsTheSuiteWithSecondsEvenOnTheMinute() throws IOException {
        Clock onTheMinute = Clock.fixed(Instant.parse("2026-01-02T03:04:00Z"), ZoneOffset.UTC);
        StringBuilder out = new StringBuilder();
        new JunitRenderer(onTheMinute).render(SampleReport.build(), out);
        assertThat(out.toString()).contains("timestamp=\"2026-01-02T03:04:00\"");
    }

    @Test
    void failsDocumentsWithFindingsAndErrsOnUnreadableInputs() throws Exception {
        Report report = SampleReport.build();
        Document dom = parse(render(report));
        NodeList cases = dom.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(report.documents().size() + 1);
        assertThat(dom.getElementsByTagName("failure").getLength()).isEqualTo(2);
        Element firstFailure = (Element) dom.getElementsByTagName("failure").item(0);
        assertThat(firstFailure.getAttribute("message")).isEqualTo("2 findings");
        assertThat(firstFailure.getAttribute("type")).isEqualTo("warning");
        assertThat(firstFailure.getTextContent()).contains("[typo] Possible typo: 'teh' (the, ten)");
        Element error = (Element) dom.getElementsByTagName("error").item(0);
        assertThat(((Element) error.getParentNode()).getAttribute("name")).isEqualTo("news/broken.docx");
        Element suite = (Element) dom.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("6");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
    }

    private static String render(Report report) throws IOException {
        StringBuilder out = new StringBuilder();
        new JunitRenderer(FIXED).render(report, out);
        return out.toString();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** Validates against the vendored schema, whose elements live in junit-model's namespace. */
    private static void validate(String xml) throws Exception {
        Document dom = parse(xml);
        moveIntoNamespace(dom, dom.getDocumentElement());
        URL xsd = JunitRendererTest.class.getResource("xsd/junit.xsd");
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        schema.newValidator().validate(new DOMSource(dom));
    }

    private static void moveIntoNamespace(Document dom, Node node) {
        Node renamed = dom.renameNode(node, SCHEMA_NAMESPACE, node.getNodeName());
        NodeList children = renamed.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                moveIntoNamespace(dom, children.item(i));
            }
        }
    }
}
