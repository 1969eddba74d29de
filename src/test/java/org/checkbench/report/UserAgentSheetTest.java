package org.checkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;

/**
 * The report's own user-agent sheet (ADR 0182) must leave the pages exactly as openhtmltopdf's
 * full sheet draws them, and must name every element the report's HTML uses.
 */
class UserAgentSheetTest {

    /** Inline elements with no user-agent defaults in openhtmltopdf's sheet either. */
    private static final Set<String> NO_DEFAULTS = Set.of("span");

    static List<CheckReport> reports() {
        return List.of(TestReports.signedOff(false), TestReports.multilingual(), TestReports.manyClaims(30),
                ReportWarmUp.sampleReport());
    }

    @ParameterizedTest
    @MethodSource("reports")
    void thePagesAreDrawnAsWithTheLibrarysSheet(CheckReport report) throws IOException {
        List<byte[]> withReportSheet = pageContents(report, new ReportNamespaceHandler());
        List<byte[]> withLibrarySheet = pageContents(report, new XhtmlNamespaceHandler());

        assertThat(withReportSheet).hasSameSizeAs(withLibrarySheet);
        for (int page = 0; page < withLibrarySheet.size(); page++) {
            assertThat(new String(withReportSheet.get(page), StandardCharsets.ISO_8859_1))
                    .as("page %d's content", page + 1)
                    .isEqualTo(new String(withLibrarySheet.get(page), StandardCharsets.ISO_8859_1));
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyElementTheReportWritesIsNamedInTheSheet(CheckReport report) throws IOException {
        org.jsoup.nodes.Document html = new ReportDocument(report, ReportOptions.everything(), ReportFonts.get())
                .build();
        Set<String> used = new TreeSet<>();
        html.head().remove();
        for (org.jsoup.nodes.Element element : html.getAllElements()) {
            if (!element.tagName().startsWith("#")) {
                used.add(element.tagName());
            }
        }
        used.add("head");

        Set<String> named = elementsNamedIn(userAgentSheet());
        used.removeAll(NO_DEFAULTS);
        assertThat(named).containsAll(used);
    }

    private static List<byte[]> pageContents(CheckReport report,
            com.openhtmltopdf.extend.NamespaceHandler handler) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ReportRenderer.renderInMemory(report, ReportOptions.everything(), pdf, ReportFonts.get(), handler);
        List<byte[]> contents = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            for (PDPage page : document.getPages()) {
                try (InputStream in = page.getContents()) {
                    contents.add(in.readAllBytes());
                }
            }
        }
        return contents;
    }

    private static String userAgentSheet() throws IOException {
        try (InputStream in = ReportNamespaceHandler.class.getResourceAsStream(ReportNamespaceHandler.USER_AGENT_SHEET)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The element names in the sheet's selectors (what comes before each block, less attributes and pseudo-classes). */
    private static Set<String> elementsNamedIn(String css) {
        String rules = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Set<String> names = new TreeSet<>();
        Matcher selectors = Pattern.compile("([^{}]*)\\{").matcher(rules);
        while (selectors.find()) {
            String selector = selectors.group(1).replaceAll("\\[[^]]*]", "").replaceAll(":[a-z-]+", "");
            Matcher name = Pattern.compile("(?<![-\\w@.#])[a-z][a-z0-9]*").matcher(selector);
            while (name.find()) {
                names.add(name.group());
            }
        }
        return names;
    }
}
