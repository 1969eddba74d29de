package org.checkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.jsoup.helper.W3CDom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** The tree handed to openhtmltopdf (ADR 0178) is the one jsoup's own converter makes, minus empty text. */
class RendererTreeTest {

    @TempDir
    Path folder;

    @Test
    void theReportsTreeIsJsoupsW3cTreeWithoutEmptyTextOrUserData() {
        org.jsoup.nodes.Document html = new ReportDocument(TestReports.signedOff(true), ReportOptions.everything(),
                ReportFonts.get()).build();
        html.body().appendElement("p").appendText(""); // what a note of control characters alone leaves

        List<String> ours = describe(RendererTree.of(html));
        List<String> jsoups = describe(new W3CDom().fromJsoup(html));

        assertThat(ours).hasSizeGreaterThan(200);
        assertThat(ours).isEqualTo(jsoups.stream().filter(line -> !line.equals("text:")).toList());
        assertThat(jsoups).contains("text:");
        org.w3c.dom.Document dom = RendererTree.of(html);
        assertThat(dom.getDocumentElement().getUserData(W3CDom.SourceProperty)).isNull();
        assertThat(dom.getElementsByTagName("body").item(0).getLastChild().getUserData(W3CDom.SourceProperty))
                .isNull();
    }

    @Test
    void aClaimWhoseWordsAreAllControlCharactersStillRenders() throws Exception {
        RenderedReport rendered = new ReportRenderer().render(TestReports.withQuote("\u0007\u0000\u0007"),
                ReportOptions.everything(), folder.resolve("controls.pdf"), ReportProgressListener.NONE);

        assertThat(rendered.pageCount()).isPositive();
        assertThat(PdfText.of(rendered.file())).contains("[1]", "Some evidence");
    }

    /** Every node in document order: kind, namespace, name, attributes in name order, text. */
    private static List<String> describe(org.w3c.dom.Document dom) {
        List<String> lines = new ArrayList<>();
        lines.add("standalone:" + dom.getXmlStandalone());
        describe(dom.getDocumentElement(), lines);
        return lines;
    }

    private static void describe(Node node, List<String> lines) {
        if (node.getNodeType() == Node.ELEMENT_NODE) {
            TreeMap<String, String> attributes = new TreeMap<>();
            NamedNodeMap map = node.getAttributes();
            for (int i = 0; i < map.getLength(); i++) {
                Node attribute = map.item(i);
                attributes.put(attribute.getNodeName() + "|" + attribute.getNamespaceURI(), attribute.getNodeValue());
            }
            lines.add("element:" + node.getNamespaceURI() + "|" + node.getNodeName() + "|" + node.getLocalName()
                    + attributes);
        } else {
            lines.add(node.getNodeType() == Node.TEXT_NODE ? "text:" + node.getNodeValue()
                    : "other " + node.getNodeType() + ":" + node.getNodeValue());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            describe(child, lines);
        }
    }
}
