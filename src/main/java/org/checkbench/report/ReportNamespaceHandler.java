package org.checkbench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.w3c.dom.Element;

import com.openhtmltopdf.css.extend.StylesheetFactory;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;

/**
 * openhtmltopdf's XHTML handler with two changes that make CSS matching cheaper and leave the
 * cascade as it was:
 *
 * <ul>
 * <li>the element's {@code class} attribute is remembered for the element asked last (ADR 0164).
 * CSS matching asks for it once per class selector tried against an element, all for one element
 * before the next: millions of attribute look-ups in the W3C tree on the 500-claim report;</li>
 * <li>the user-agent style sheet is {@code report-user-agent.css}, the library's rules for the
 * elements the report uses and no others (ADR 0182). Every selector is tried against each of the
 * large report's ~30,000 elements, and two thirds of the library's were for forms, images and other
 * elements the report never writes.</li>
 * </ul>
 *
 * One handler serves one render; the parsed sheet is shared, as the library shares its own.
 */
final class ReportNamespaceHandler extends XhtmlNamespaceHandler {

    static final String USER_AGENT_SHEET = "report-user-agent.css";

    private static StylesheetInfo userAgentSheet;

    private Element lastElement;
    private String lastClass;

    @Override
    public String getClass(Element element) {
        if (element != lastElement) {
            lastClass = super.getClass(element);
            lastElement = element;
        }
        return lastClass;
    }

    @Override
    public StylesheetInfo getDefaultStylesheet(StylesheetFactory factory) {
        synchronized (ReportNamespaceHandler.class) {
            if (userAgentSheet == null) {
                userAgentSheet = parseUserAgentSheet(factory);
            }
            return userAgentSheet;
        }
    }

    private static StylesheetInfo parseUserAgentSheet(StylesheetFactory factory) {
        StylesheetInfo info = new StylesheetInfo();
        info.setUri(ReportNamespaceHandler.class.getResource(USER_AGENT_SHEET).toExternalForm());
        info.setOrigin(StylesheetInfo.USER_AGENT);
        info.setMedia("all");
        info.setType("text/css");
        try (InputStream in = ReportNamespaceHandler.class.getResourceAsStream(USER_AGENT_SHEET);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            info.setStylesheet(factory.parse(reader, info));
        } catch (IOException e) {
            throw new UncheckedIOException("The report's user-agent style sheet could not be read", e);
        }
        return info;
    }
}
