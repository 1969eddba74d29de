package org.checkbench.io.annotation;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.checkbench.io.ArticleExport;
import org.checkbench.io.ArticleExport.ExportClaim;
import org.checkbench.model.Claim;
import org.checkbench.model.LinkedEvidence;

/**
 * Claims as W3C Web Annotations (JSON-LD, an AnnotationCollection) for other annotation tools:
 * each claim an Annotation with motivation "assessing", its verdict as a tag, its note and
 * correction as comments, its sources as linked resources, and its target described twice, by
 * TextQuoteSelector (exact, prefix, suffix) and TextPositionSelector. Positions count Unicode code
 * points, as the model says, not Java's UTF-16 units: an emoji is one character. Orphaned claims
 * keep only their quote.
 */
public final class WebAnnotations {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    private WebAnnotations() {
    }

    public static ObjectNode collection(ArticleExport export) {
        String source = sourceOf(export);
        ObjectNode collection = MAPPER.createObjectNode();
        collection.put("@context", CONTEXT);
        collection.put("id", source + "#checkbench-claims");
        collection.put("type", "AnnotationCollection");
        collection.put("label", "Claims checked in " + export.article().title());
        collection.put("total", export.claims().size());
        ObjectNode page = collection.putObject("first");
        page.put("type", "AnnotationPage");
        ArrayNode items = page.putArray("items");
        String text = export.article().currentText();
        for (ExportClaim c : export.claims()) {
            items.add(annotation(export, c, source, text));
        }
        return collection;
    }

    public static void write(ArticleExport export, OutputStream out) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, collection(export));
    }

    private static ObjectNode annotation(ArticleExport export, ExportClaim c, String source, String text) {
        Claim claim = c.claim();
        ObjectNode a = MAPPER.createObjectNode();
        a.put("id", source + "#claim-" + c.number());
        a.put("type", "Annotation");
        a.put("motivation", "assessing");
        a.put("created", DateTimeFormatter.ISO_INSTANT.format(claim.created()));
        a.put("modified", DateTimeFormatter.ISO_INSTANT.format(claim.updated()));
        if (!claim.checker().isBlank()) {
            ObjectNode creator = a.putObject("creator");
            creator.put("type", "Person");
            creator.put("name", claim.checker());
        }
        ArrayNode bodies = a.putArray("body");
        ObjectNode verdict = bodies.addObject();
        verdict.put("type", "TextualBody");
        verdict.put("purpose", "tagging");
        verdict.put("value", c.verdict().label());
        textBody(bodies, "commenting", claim.note());
        textBody(bodies, "editing", claim.correction());
        for (LinkedEvidence linked : c.evidence()) {
            if (linked.evidence().url() != null) {
                ObjectNode link = bodies.addObject();
                link.put("id", linked.evidence().url());
                link.put("type", "Text");
                link.put("purpose", "linking");
                link.put("format", "text/html");
            }
        }
        ObjectNode target = a.putObject("target");
        target.put("source", source);
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", claim.anchor().exact());
        quote.put("prefix", claim.anchor().prefix());
        quote.put("suffix", claim.anchor().suffix());
        int start = claim.anchor().start();
        int end = claim.anchor().end();
        if (!claim.orphaned() && end <= text.length()) {
            ObjectNode position = selectors.addObject();
            position.put("type", "TextPositionSelector");
            position.put("start", text.codePointCount(0, start));
            position.put("end", text.codePointCount(0, end));
        }
        return a;
    }

    private static void textBody(ArrayNode bodies, String purpose, String value) {
        if (value != null && !value.isBlank()) {
            ObjectNode body = bodies.addObject();
            body.put("type", "TextualBody");
            body.put("purpose", purpose);
            body.put("value", value);
            body.put("format", "text/plain");
        }
    }

    /** The article's address when it has one, else a URN naming it within the workspace. */
    static String sourceOf(ArticleExport export) {
        String url = export.article().url();
        return url != null && !url.isBlank() ? url.strip() : "urn:checkbench:article:" + export.article().id();
    }
}
