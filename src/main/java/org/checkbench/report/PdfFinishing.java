package org.checkbench.report;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

import com.openhtmltopdf.pdfboxout.PageSupplier;

/**
 * What the report's PDF gets after openhtmltopdf drew it and before it is saved: a description on
 * every link (PDF/UA asks for one), and the sources' attached files embedded as associated files of
 * the document (PDF/A-3), so the report carries its own evidence.
 */
final class PdfFinishing {

    /** sRGB from the Java runtime: the output intent PDF/A needs, without shipping a profile file. */
    private static volatile byte[] srgb;

    private PdfFinishing() {
    }

    static byte[] srgbProfile() {
        byte[] profile = srgb;
        if (profile == null) {
            profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            srgb = profile;
        }
        return profile;
    }

    private static final byte[] ARTIFACT_START = "/Artifact /Prop".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PROP = "Prop".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMC_LINE = "EMC\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BDC_LINE_END = " BDC\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * Removes the artifacts that mark nothing. openhtmltopdf's tagging opens a background artifact,
     * with its own property dictionary, around every block box, whether or not the box draws a
     * background or border: on the 500-claim report 83,000 of the PDF's 140,000 objects were such
     * empty pairs. Dropped here, the file is smaller and is written faster; readers and validators
     * see the same content and structure (ADR 0085). The content is then compressed, once
     * (openhtmltopdf writes it uncompressed, ADR 0163); a page whose content is not one stream only
     * has its streams compressed.
     */
    static void dropEmptyArtifacts(PDPage page) throws IOException {
        COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
        COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
        if (properties instanceof MarkedContentProperties drawn) {
            drawn.pageDrawn();
        }
        if (!(page.getCOSObject().getDictionaryObject(COSName.CONTENTS) instanceof COSStream stream)) {
            compressEach(page);
            return;
        }
        boolean compressed = stream.getFilters() != null;
        byte[] content;
        try (InputStream in = stream.createInputStream()) {
            // openhtmltopdf hands the page over uncompressed (ADR 0163), so its length is the
            // content's: read in one array instead of readAllBytes' chunks and their copy.
            content = compressed ? in.readAllBytes() : readExactly(in, stream.getLength());
        }
        List<String> removed = new ArrayList<>();
        byte[] stripped = properties == null ? content : withoutEmptyArtifacts(content, removed);
        if (removed.isEmpty() && compressed) {
            return; // already compressed and nothing to take out
        }
        writeDeflated(stream, stripped);
        for (String name : removed) {
            properties.removeItem(COSName.getPDFName(name));
        }
    }

    /**
     * Replaces the stream's content with {@code content} deflated, byte for byte what
     * {@code createOutputStream(FLATE_DECODE)} writes (PDFBox's own Flate filter, its level, the
     * stream's dictionary as parameters, then {@code /Filter} and {@code /Length}). That method
     * first copies the whole uncompressed page into a buffer of its own and deflates it on close;
     * here only the deflated bytes, about a fifth, are copied into the stream (ADR 0182).
     */
    private static void writeDeflated(COSStream stream, byte[] content) throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream(content.length / 4 + 64);
        FilterFactory.INSTANCE.getFilter(COSName.FLATE_DECODE)
                .encode(new ByteArrayInputStream(content), deflated, stream, 0);
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (OutputStream out = stream.createRawOutputStream()) {
            deflated.writeTo(out);
        }
    }

    private static byte[] readExactly(InputStream in, long length) throws IOException {
        byte[] content = new byte[Math.toIntExact(length)];
        int read = in.readNBytes(content, 0, content.length);
        int next = read == content.length ? in.read() : -1;
        if (next < 0) {
            return read == content.length ? content : Arrays.copyOf(content, read);
        }
        // A /Length shorter than the content: all of it, as readAllBytes would give.
        ByteArrayOutputStream all = new ByteArrayOutputStream(content.length * 2);
        all.write(content);
        all.write(next);
        in.transferTo(all);
        return all.toByteArray();
    }

    /** A page whose content is several streams (openhtmltopdf writes one): each one compressed. */
    private static void compressEach(PDPage page) throws IOException {
        if (page.getCOSObject().getDictionaryObject(COSName.CONTENTS) instanceof COSArray streams) {
            for (int i = 0; i < streams.size(); i++) {
                if (streams.getObject(i) instanceof COSStream stream && stream.getFilters() == null) {
                    byte[] content;
                    try (InputStream in = stream.createInputStream()) {
                        content = in.readAllBytes();
                    }
                    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                        out.write(content);
                    }
                }
            }
        }
    }

    /**
     * Gives openhtmltopdf its pages as its own supplier does, and trims each page's empty artifacts
     * (above) as soon as the page is drawn, that is when the next page is asked for, so that they do
     * not pile up in memory while the rest of a long report is drawn. {@link #finish} trims the
     * last page. Each page's property lists go into a {@link MarkedContentProperties} (ADR 0161).
     */
    static final class TrimmingPages implements PageSupplier {
        private PDPage drawn;

        @Override
        public PDPage requestPage(PDDocument document, float width, float height, int pageNumber,
                int shadowPageNumber) {
            trimDrawn();
            PDPage page = new PDPage(new PDRectangle(width, height));
            COSDictionary resources = new COSDictionary();
            resources.setItem(COSName.PROPERTIES, new MarkedContentProperties());
            page.setResources(new PDResources(resources));
            document.addPage(page);
            drawn = page;
            return page;
        }

        void finish() {
            trimDrawn();
        }

        private void trimDrawn() {
            if (drawn != null) {
                try {
                    dropEmptyArtifacts(drawn);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                drawn = null;
            }
        }
    }

    /**
     * The content without {@code /Artifact /PropN BDC EMC} pairs that enclose nothing, as PDFBox
     * writes them (one space between operands, a line feed after each operator); nested empty
     * pairs go too. The names of the removed properties are added to {@code removed}.
     *
     * <p>One pass, line by line: an artifact's opening line is remembered where it was copied, and
     * an {@code EMC} line that comes while that opening line is still the last thing copied takes
     * both back out. An enclosing artifact whose only content that was is then the last thing
     * copied, so the next {@code EMC} removes it as well.
     */
    static byte[] withoutEmptyArtifacts(byte[] content, List<String> removed) {
        byte[] out = new byte[content.length];
        int size = 0;
        int[] openedAt = new int[16]; // where each remembered opening line starts in out
        int[] copiedTo = new int[16]; // and ends
        int[] nameAt = new int[16]; // where its property name starts in content
        int[] nameEnd = new int[16];
        int open = 0;
        int before = removed.size();
        for (int line = 0; line < content.length; ) {
            int next = line;
            while (next < content.length && content[next] != '\n') {
                next++;
            }
            next = Math.min(next + 1, content.length); // past the line feed
            if (open > 0 && copiedTo[open - 1] == size && isLine(content, line, next, EMC_LINE)) {
                open--;
                size = openedAt[open];
                removed.add(new String(content, nameAt[open], nameEnd[open] - nameAt[open],
                        StandardCharsets.US_ASCII));
            } else {
                int digitsEnd = artifactOpeningDigitsEnd(content, line, next);
                if (digitsEnd > 0) {
                    if (open == openedAt.length) {
                        openedAt = Arrays.copyOf(openedAt, open * 2);
                        copiedTo = Arrays.copyOf(copiedTo, open * 2);
                        nameAt = Arrays.copyOf(nameAt, open * 2);
                        nameEnd = Arrays.copyOf(nameEnd, open * 2);
                    }
                    openedAt[open] = size;
                    copiedTo[open] = size + (next - line);
                    nameAt[open] = line + ARTIFACT_START.length - PROP.length;
                    nameEnd[open] = digitsEnd;
                    open++;
                }
                System.arraycopy(content, line, out, size, next - line);
                size += next - line;
            }
            line = next;
        }
        return removed.size() == before ? content : Arrays.copyOf(out, size);
    }

    /**
     * For a line that is exactly {@code /Artifact /PropN BDC} and its line feed, where N's digits
     * end; otherwise 0.
     */
    private static int artifactOpeningDigitsEnd(byte[] content, int line, int next) {
        if (!startsWith(content, line, ARTIFACT_START)) {
            return 0;
        }
        int digits = line + ARTIFACT_START.length;
        int end = digits;
        while (end < next && content[end] >= '0' && content[end] <= '9') {
            end++;
        }
        return end > digits && next - end == BDC_LINE_END.length && startsWith(content, end, BDC_LINE_END) ? end : 0;
    }

    private static boolean isLine(byte[] content, int line, int next, byte[] expected) {
        return next - line == expected.length && startsWith(content, line, expected);
    }

    private static boolean startsWith(byte[] data, int at, byte[] pattern) {
        if (at + pattern.length > data.length) {
            return false;
        }
        for (int j = 0; j < pattern.length; j++) {
            if (data[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }

    /** Links to an address say where they go; links inside the report say so too. */
    static void describeLinks(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    PDAction action = link.getAction();
                    link.setContents(action instanceof PDActionURI uri ? "Link to " + uri.getURI()
                            : "Link to another part of this report");
                }
            }
        }
    }

    /**
     * Writes the small dictionaries of the tagging and the links inside the objects that hold
     * them instead of as objects of their own: PDFBox 3 gives every dictionary not marked direct
     * its own object number, and its save walks, numbers and packs each one (ADR 0183). Each is
     * held by exactly one object: a page's property lists (the background and pagination
     * artifacts, by the page's resources), each link's action and border style (by its
     * annotation), and the marked-content and object references among the kids of a structure
     * element. Structure elements, pages and annotations stay objects: the parent tree and the
     * structure refer to them by number (ADR 0190).
     */
    static void inlineSmallDictionaries(PDDocument document) {
        for (PDPage page : document.getPages()) {
            COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
            if (properties != null) {
                for (COSBase list : properties.getValues()) {
                    list.setDirect(true);
                }
            }
            if (page.getCOSObject().getDictionaryObject(COSName.ANNOTS) instanceof COSArray annotations) {
                for (int i = 0; i < annotations.size(); i++) {
                    if (annotations.getObject(i) instanceof COSDictionary annotation) {
                        markDirect(annotation.getDictionaryObject(COSName.A));
                        markDirect(annotation.getDictionaryObject(COSName.BS));
                    }
                }
            }
        }
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            inlineReferences(root.getCOSObject().getDictionaryObject(COSName.K));
        }
    }

    /** Marked-content and object references among the kids, at every level of the structure. */
    private static void inlineReferences(COSBase kids) {
        if (kids instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                inlineReferences(array.getObject(i));
            }
        } else if (kids instanceof COSDictionary kid) {
            COSName type = kid.getCOSName(COSName.TYPE);
            if (COSName.MCR.equals(type) || COSName.OBJR.equals(type)) {
                kid.setDirect(true);
            } else {
                inlineReferences(kid.getDictionaryObject(COSName.K));
            }
        }
    }

    private static void markDirect(COSBase dictionary) {
        if (dictionary instanceof COSDictionary held) {
            held.setDirect(true);
        }
    }

    /**
     * Embeds each distinct attached file once (same SHA-256, same file), as a supplement to the
     * report: listed in the viewer's attachments panel and in the catalog's associated files.
     */
    static int embed(PDDocument document, List<EvidenceLink.Attachment> attachments) throws IOException {
        Map<String, EvidenceLink.Attachment> distinct = new LinkedHashMap<>();
        for (EvidenceLink.Attachment attachment : attachments) {
            if (attachment.content() != null) {
                distinct.putIfAbsent(attachment.sha256() + "/" + attachment.fileName(), attachment);
            }
        }
        if (distinct.isEmpty()) {
            return 0;
        }
        Map<String, PDComplexFileSpecification> byName = new LinkedHashMap<>();
        COSArray associated = new COSArray();
        Calendar now = GregorianCalendar.getInstance();
        for (EvidenceLink.Attachment attachment : distinct.values()) {
            PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(attachment.content()));
            file.setSubtype(attachment.mediaType().isBlank() ? "application/octet-stream" : attachment.mediaType());
            file.setSize(attachment.content().length);
            file.setModDate(now);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(attachment.fileName());
            spec.setFileUnicode(attachment.fileName());
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            spec.setFileDescription("Evidence file " + attachment.fileName() + ", SHA-256 " + attachment.sha256());
            spec.getCOSObject().setItem(COSName.getPDFName("AFRelationship"), COSName.getPDFName("Supplement"));
            byName.put(uniqueName(byName, attachment.fileName()), spec);
            associated.add(spec);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(byName);
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        if (names == null) {
            names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        }
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        catalog.setItem(COSName.getPDFName("AF"), associated);
        return distinct.size();
    }

    private static String uniqueName(Map<String, ?> taken, String name) {
        String candidate = name;
        for (int i = 2; taken.containsKey(candidate); i++) {
            candidate = name + " (" + i + ")";
        }
        return candidate;
    }

    /** Every attachment of every claim shown, in report order. */
    static List<EvidenceLink.Attachment> attachmentsOf(List<ReportClaim> claims) {
        List<EvidenceLink.Attachment> all = new ArrayList<>();
        for (ReportClaim claim : claims) {
            for (EvidenceLink link : claim.evidence()) {
                all.addAll(link.attachments());
            }
        }
        return all;
    }
}
