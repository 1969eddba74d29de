package org.checkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tagged structure a screen reader reads, after the report was made to produce fewer tagged
 * objects (ADRs 0189, 0190): the parts still say what they are (headings, the claims' words as
 * quotes, lists with labels and bodies, tables with header cells, a described link for every
 * address), no structure element stands for a span that only styles its text, and the tagging's
 * small dictionaries are written inside the objects that hold them.
 */
class ReportStructureTest {

    private static final int CLAIMS = 12;
    private static CheckReport report;
    private static byte[] pdf;
    private static Node root;

    @BeforeAll
    static void render() throws Exception {
        report = TestReports.manyClaims(CLAIMS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportRenderer.renderInMemory(report, ReportOptions.everything(), out);
        pdf = out.toByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<COSDictionary, Map<Integer, String>> textByPage = new HashMap<>();
            for (PDPage page : document.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, String> texts = new HashMap<>();
                collect(extractor.getMarkedContents(), texts);
                textByPage.put(page.getCOSObject(), texts);
            }
            COSDictionary treeRoot = document.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
            root = new Node("StructTreeRoot", null);
            read(treeRoot.getDictionaryObject(COSName.K), root, null, textByPage);
        }
    }

    @Test
    void theHeadingsNameTheTitleAndEachSectionWithoutSkippingALevel() {
        assertThat(root.all("H1")).extracting(Node::text).containsExactly("Many claims");
        assertThat(root.all("H2")).extracting(Node::text).contains("Claims", "Sources");
        assertThat(root.all("H3")).isEmpty();
    }

    @Test
    void eachClaimIsABlockWithItsNumberAndItsWordsAsAQuote() {
        Node claims = section("Claims");
        List<String> quotes = claims.all("BlockQuote").stream().map(Node::text).toList();
        for (ReportClaim claim : report.claims()) {
            assertThat(quotes).as("claim %d's words", claim.number()).contains(claim.quote());
            assertThat(claims.text()).contains("[" + claim.number() + "]");
        }
    }

    @Test
    void everyAddressIsADescribedLinkHoldingItsAnnotation() {
        List<Node> links = section("Claims").all("Link");
        // Two sources per claim, each with its address and its archived copy.
        assertThat(links).hasSize(CLAIMS * 2 * 2);
        for (Node link : links) {
            assertThat(link.alt).startsWith("Link to https://");
            assertThat(link.annotations).isEqualTo(1);
            assertThat(link.alt).endsWith(link.text());
        }
    }

    @Test
    void theSourcesAreAListWithALabelAndABodyPerItem() {
        List<Node> lists = section("Sources").all("L");
        assertThat(lists).hasSize(1);
        List<Node> items = lists.get(0).children("LI");
        assertThat(items).hasSize(CLAIMS * 2);
        for (Node item : items) {
            assertThat(item.children("Lbl")).hasSize(1);
            assertThat(item.children("LBody")).hasSize(1);
        }
    }

    @Test
    void theCoverFactsAreATableWithAHeaderCellForEachRow() {
        Node facts = root.all("Table").get(0);
        List<Node> rows = facts.all("TR");
        assertThat(rows).isNotEmpty();
        for (Node row : rows) {
            assertThat(row.children("TH")).hasSize(1);
            assertThat(row.children("TD")).hasSize(1);
        }
        assertThat(facts.all("TH")).extracting(Node::text).contains("Outlet", "Author");
    }

    /**
     * A label or a line of an evidence's details is styled text in its block: it has no structure
     * element of its own, and nothing wraps a line's parts together (ADR 0189). Before, each address
     * line was a Span holding a Span for its label and the link.
     */
    @Test
    void noSpanStandsForStyledTextInTheClaims() {
        Node claims = section("Claims");
        assertThat(claims.all("Span")).isEmpty();
        for (Node link : claims.all("Link")) {
            assertThat(link.parent.type).isEqualTo("Div");
            assertThat(link.parent.text()).contains("URL ", "Archived ", "Accessed ");
        }
    }

    /**
     * The artifacts' property lists, the structure's marked-content and object references, and each
     * link's action and border style are not objects of their own (ADR 0190); the links still go where
     * they say and the structure still holds every annotation.
     */
    @Test
    void theTaggingsSmallDictionariesAreWrittenInsideTheirHolders() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, Integer> objects = new HashMap<>();
            for (COSObjectKey key : new ArrayList<>(document.getDocument().getXrefTable().keySet())) {
                COSBase object = document.getDocument().getObjectFromPool(key).getObject();
                if (object instanceof COSDictionary dictionary && !(object instanceof COSStream)) {
                    String kind = kind(dictionary);
                    if (kind != null) {
                        objects.merge(kind, 1, Integer::sum);
                    }
                }
            }
            assertThat(objects).containsOnlyKeys("Annot");
            int uriLinks = 0;
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        assertThat(uri.getURI()).contains("example.org/");
                        assertThat(link.getBorderStyle()).isNotNull();
                        uriLinks++;
                    }
                }
            }
            assertThat(uriLinks).isGreaterThanOrEqualTo(CLAIMS * 2 * 2);
            assertThat(objects.get("Annot")).isGreaterThanOrEqualTo(uriLinks);
        }
    }

    private static String kind(COSDictionary dictionary) {
        COSName type = dictionary.getCOSName(COSName.TYPE);
        if (COSName.BACKGROUND.equals(type) || COSName.getPDFName("Pagination").equals(type)) {
            return "artifact property list";
        }
        if (COSName.MCR.equals(type) || COSName.OBJR.equals(type) || COSName.getPDFName("Action").equals(type)) {
            return type.getName();
        }
        if (COSName.ANNOT.equals(type)) {
            return "Annot";
        }
        if (type == null && dictionary.containsKey(COSName.S) && dictionary.size() <= 2) {
            return "border style";
        }
        return null;
    }

    private static Node section(String heading) {
        return root.all("Sect").stream()
                .filter(sect -> sect.all("H2").stream().anyMatch(h -> h.text().equals(heading)))
                .findFirst().orElseThrow(() -> new AssertionError("no section headed " + heading));
    }

    private static void collect(List<PDMarkedContent> contents, Map<Integer, String> texts) {
        for (PDMarkedContent content : contents) {
            StringBuilder text = new StringBuilder();
            for (Object part : content.getContents()) {
                if (part instanceof TextPosition position) {
                    text.append(position.getUnicode());
                } else if (part instanceof PDMarkedContent inner) {
                    collect(List.of(inner), texts);
                }
            }
            if (content.getMCID() >= 0) {
                texts.put(content.getMCID(), text.toString());
            }
        }
    }

    private static void read(COSBase kids, Node parent, COSDictionary page,
            Map<COSDictionary, Map<Integer, String>> textByPage) {
        COSBase kid = kids instanceof COSObject reference ? reference.getObject() : kids;
        if (kid instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                read(array.get(i), parent, page, textByPage);
            }
        } else if (kid instanceof COSInteger mcid) {
            parent.texts.add(textByPage.get(page).getOrDefault(mcid.intValue(), ""));
        } else if (kid instanceof COSDictionary dictionary) {
            COSName type = dictionary.getCOSName(COSName.TYPE);
            if (COSName.MCR.equals(type)) {
                parent.texts.add(textByPage.get(dictionary.getCOSDictionary(COSName.PG))
                        .getOrDefault(dictionary.getInt(COSName.MCID), ""));
            } else if (COSName.OBJR.equals(type)) {
                parent.annotations++;
            } else {
                Node node = new Node(dictionary.getCOSName(COSName.S).getName(), parent);
                node.alt = dictionary.getString(COSName.ALT);
                parent.kids.add(node);
                COSDictionary itsPage = dictionary.getCOSDictionary(COSName.PG);
                read(dictionary.getDictionaryObject(COSName.K), node, itsPage == null ? page : itsPage, textByPage);
            }
        }
    }

    /** A structure element: its type, its kids in order, its marked content's text. */
    private static final class Node {
        final String type;
        final Node parent;
        final List<Node> kids = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        String alt;
        int annotations;

        Node(String type, Node parent) {
            this.type = type;
            this.parent = parent;
        }

        String text() {
            StringBuilder out = new StringBuilder();
            appendText(out);
            return out.toString().strip();
        }

        private void appendText(StringBuilder out) {
            texts.forEach(out::append);
            kids.forEach(kid -> kid.appendText(out));
        }

        @Override
        public String toString() {
            return type + " \"" + text() + "\"";
        }

        List<Node> children(String ofType) {
            return kids.stream().filter(kid -> kid.type.equals(ofType)).toList();
        }

        List<Node> all(String ofType) {
            List<Node> found = new ArrayList<>();
            for (Node kid : kids) {
                if (kid.type.equals(ofType)) {
                    found.add(kid);
                }
                found.addAll(kid.all(ofType));
            }
            return found;
        }
    }
}
