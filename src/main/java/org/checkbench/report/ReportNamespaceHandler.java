package org.checkbench.report;

import org.w3c.dom.Element;

import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;

/**
 * openhtmltopdf's XHTML handler with the element's {@code class} attribute remembered for the
 * element asked last (ADR 0164). CSS matching asks for it once per class selector tried against
 * an element, all for one element before the next: the 500-claim report's 45,000 elements against
 * the report's class selectors made millions of attribute look-ups in the W3C tree (a twentieth of
 * the rendering thread). The answer is the same string; one handler serves one render.
 */
final class ReportNamespaceHandler extends XhtmlNamespaceHandler {

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
}
