package org.checkbench.io.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.DoubleConsumer;

import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;

import org.checkbench.io.ArticleExport;
import org.checkbench.io.ArticleExport.ExportClaim;
import org.checkbench.io.ReadDocument;
import org.checkbench.io.TextBlock;

/**
 * The marked-up Word copy for the writer (Apache POI, ADR 0070): the draft's text, each claim
 * shaded in a light tint of its status colour with a Word comment on it (number, verdict, note,
 * correction, sources with links) by the checker, and each suggested correction as a tracked change
 * (the claim's words deleted, the correction inserted) that the writer accepts or rejects in Word.
 * When the draft came as a .docx its styles and page size are reused, and each paragraph whose
 * words are unchanged keeps its style and bold/italic/underline. Orphaned claims, which have no
 * place in this draft, are listed at the end with their comments.
 */
public final class MarkedUpDocx {

    /** Paragraphs between two progress reports: often enough for a bar, rarely enough to cost nothing. */
    private static final int PROGRESS_EVERY = 50;
    private static final int REVISION_IDS = 100_000; // apart from comment ids, so no two annotations share one

    private final ArticleExport export;
    private final XWPFDocument document;
    private final XWPFComments comments;
    private final String author;
    private final Calendar date;
    private final List<Placed> placed = new ArrayList<>();
    private int nextRevision = REVISION_IDS;

    /** A claim with where it starts and ends among the paragraphs, and its comment id. */
    private record Placed(ExportClaim claim, int start, int end, BigInteger commentId, boolean tracked) {
    }

    private MarkedUpDocx(ArticleExport export, XWPFDocument document) {
        this.export = export;
        this.document = document;
        this.comments = document.createComments();
        this.author = export.checker().isBlank() ? "Checkbench" : export.checker();
        this.date = ClaimComment.calendar(export);
    }

    /**
     * Writes the copy.
     *
     * @param layout the imported draft read again (paragraph kinds and formatting), or null
     * @param templateDocx the imported .docx, whose styles and page size are reused, or null
     */
    public static void write(ArticleExport export, ReadDocument layout, byte[] templateDocx, OutputStream out)
            throws IOException {
        write(export, layout, templateDocx, out, done -> { });
    }

    /**
     * Writes the copy, telling {@code paragraphsDone} the share of paragraphs laid out so far (0 to 1);
     * a runtime exception thrown there (a cancel) stops the writing.
     */
    public static void write(ArticleExport export, ReadDocument layout, byte[] templateDocx, OutputStream out,
            DoubleConsumer paragraphsDone) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            boolean styled = templateDocx != null && copyStylesAndPage(templateDocx, document);
            new MarkedUpDocx(export, document).fill(layout, styled, paragraphsDone);
            document.getProperties().getCoreProperties().setTitle(export.article().title());
            document.getProperties().getCoreProperties().setCreator(export.checker());
            document.write(out);
        }
    }

    private void fill(ReadDocument layout, boolean styled, DoubleConsumer paragraphsDone) {
        String text = export.article().currentText();
        List<ParagraphLayout.Paragraph> paragraphs = ParagraphLayout.of(text, layout);
        List<ExportClaim> orphans = new ArrayList<>();
        int commentId = 0;
        for (ExportClaim c : export.claims()) {
            int start = c.claim().anchor().start();
            int end = c.claim().anchor().end();
            if (c.claim().orphaned() || end > text.length() || end <= start || text.substring(start, end).isBlank()) {
                orphans.add(c);
                continue;
            }
            BigInteger id = BigInteger.valueOf(commentId++);
            ClaimComment.add(comments, id, c, export);
            boolean tracked = !c.claim().correction().isBlank() && withinOneParagraph(paragraphs, start, end)
                    && placed.stream().noneMatch(p -> p.tracked() && p.start() < end && start < p.end());
            placed.add(new Placed(c, start, end, id, tracked));
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            ParagraphLayout.Paragraph next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : null;
            paragraph(paragraphs.get(i), next == null ? Integer.MAX_VALUE : next.start(), styled);
            if (i % PROGRESS_EVERY == PROGRESS_EVERY - 1) {
                paragraphsDone.accept((i + 1) / (double) paragraphs.size());
            }
        }
        if (!orphans.isEmpty()) {
            orphanList(orphans, commentId);
        }
    }

    private static boolean withinOneParagraph(List<ParagraphLayout.Paragraph> paragraphs, int start, int end) {
        return paragraphs.stream().anyMatch(p -> p.start() <= start && end <= p.end());
    }

    private void paragraph(ParagraphLayout.Paragraph paragraph, int nextStart, boolean styled) {
        CTP p = document.getDocument().getBody().addNewP();
        TextBlock source = paragraph.source();
        paragraphProperties(p, source, styled);
        List<TextBlock.InlineStyle> styles = paragraph.styles();
        int pStart = paragraph.start();
        int pEnd = paragraph.end();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(pStart, pEnd));
        for (Placed c : placed) {
            addCut(cuts, c.start(), pStart, pEnd);
            addCut(cuts, c.end(), pStart, pEnd);
        }
        for (TextBlock.InlineStyle s : styles) {
            addCut(cuts, s.start(), pStart, pEnd);
            addCut(cuts, s.end(), pStart, pEnd);
        }
        // A claim that began in the blank lines before this paragraph opens its comment here.
        for (Placed c : placed) {
            if (c.start() < pStart && c.end() > pStart && startsInGap(c, pStart)) {
                p.addNewCommentRangeStart().setId(c.commentId());
            }
        }
        Integer at = pStart;
        while (at != null && at < pEnd) {
            int from = at;
            for (Placed c : placed) {
                if (c.start() == from) {
                    p.addNewCommentRangeStart().setId(c.commentId());
                }
            }
            Placed correction = placed.stream().filter(c -> c.tracked() && c.start() == from).findFirst().orElse(null);
            if (correction != null) {
                trackedCorrection(p, correction, cuts, styles, source);
                closeComments(p, from, correction.end(), pEnd, nextStart);
                at = correction.end();
                continue;
            }
            int to = cuts.higher(from);
            run(p.addNewR(), from, to, styles, source, false);
            closeComments(p, from, to, pEnd, nextStart);
            at = to;
        }
    }

    /** True when the claim began between two paragraphs (blank lines), so no earlier paragraph opened it. */
    private boolean startsInGap(Placed c, int pStart) {
        String text = export.article().currentText();
        return text.substring(c.start(), pStart).isBlank();
    }

    private static void addCut(TreeSet<Integer> cuts, int position, int pStart, int pEnd) {
        if (position > pStart && position < pEnd) {
            cuts.add(position);
        }
    }

    /** Ends the comments of claims ending in (from, to], or beyond this paragraph but before the next one. */
    private void closeComments(CTP p, int from, int to, int pEnd, int nextStart) {
        for (Placed c : placed) {
            boolean endsHere = c.end() > from && c.end() <= to;
            boolean endsInGapAfter = to == pEnd && c.end() > pEnd && c.end() <= nextStart && c.start() < pEnd;
            if (endsHere || endsInGapAfter) {
                p.addNewCommentRangeEnd().setId(c.commentId());
                CTR reference = p.addNewR();
                reference.addNewCommentReference().setId(c.commentId());
            }
        }
    }

    private void trackedCorrection(CTP p, Placed c, TreeSet<Integer> cuts, List<TextBlock.InlineStyle> styles,
                                   TextBlock source) {
        CTRunTrackChange deletion = p.addNewDel();
        revision(deletion);
        int at = c.start();
        while (at < c.end()) {
            Integer next = cuts.higher(at);
            int to = next == null ? c.end() : Math.min(next, c.end());
            run(deletion.addNewR(), at, to, styles, source, true);
            at = to;
        }
        CTRunTrackChange insertion = p.addNewIns();
        revision(insertion);
        CTR inserted = insertion.addNewR();
        CTRPr rPr = inserted.addNewRPr();
        formatting(rPr, c.start(), styles, source);
        shade(rPr, c.claim().verdict().colour());
        text(inserted.addNewT(), c.claim().claim().correction().strip());
    }

    private void revision(CTRunTrackChange change) {
        change.setId(BigInteger.valueOf(nextRevision++));
        change.setAuthor(author);
        change.setDate(date);
    }

    /** One run of text [from, to) with its source formatting and the shading of the claim over it. */
    private void run(CTR r, int from, int to, List<TextBlock.InlineStyle> styles, TextBlock source, boolean deleted) {
        CTRPr rPr = r.addNewRPr();
        formatting(rPr, from, styles, source);
        Placed over = placed.stream().filter(c -> c.start() <= from && to <= c.end()).findFirst().orElse(null);
        if (over != null) {
            shade(rPr, over.claim().verdict().colour());
        }
        String content = export.article().currentText().substring(from, to);
        if (deleted) {
            text(r.addNewDelText(), content);
        } else {
            text(r.addNewT(), content);
        }
    }

    private static void formatting(CTRPr rPr, int at, List<TextBlock.InlineStyle> styles, TextBlock source) {
        for (TextBlock.InlineStyle s : styles) {
            if (s.start() <= at && at < s.end()) {
                if (s.bold()) {
                    rPr.addNewB();
                }
                if (s.italic()) {
                    rPr.addNewI();
                }
                if (s.underline()) {
                    rPr.addNewU().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline.SINGLE);
                }
                break;
            }
        }
        if (source != null && source.styleId() == null) {
            headingLook(rPr, source);
        }
    }

    /** Without the draft's own styles, headings and notes get a look of their own. */
    private static void headingLook(CTRPr rPr, TextBlock source) {
        if (source.kind() == TextBlock.Kind.HEADING) {
            rPr.addNewB();
            rPr.addNewSz().setVal(BigInteger.valueOf(source.level() <= 1 ? 32 : source.level() == 2 ? 28 : 24));
        } else if (source.kind() == TextBlock.Kind.NOTE) {
            rPr.addNewSz().setVal(BigInteger.valueOf(18));
        } else if (source.kind() == TextBlock.Kind.QUOTE) {
            rPr.addNewI();
        }
    }

    private void paragraphProperties(CTP p, TextBlock source, boolean styled) {
        CTPPr pPr = p.addNewPPr();
        if (source != null && styled && source.styleId() != null
                && document.getStyles() != null && document.getStyles().styleExist(source.styleId())) {
            pPr.addNewPStyle().setVal(source.styleId());
        } else if (source != null && source.styleId() != null) {
            // The style is not in this document: fall back to a look of the kind's own.
            source = new TextBlock(source.start(), source.end(), source.kind(), source.level(), null, source.styles());
        }
        if (source != null && (source.kind() == TextBlock.Kind.LIST_ITEM || source.kind() == TextBlock.Kind.QUOTE)) {
            pPr.addNewInd().setLeft(BigInteger.valueOf(360L * (source.level() + 1)));
        }
        pPr.addNewSpacing().setAfter(BigInteger.valueOf(source != null && source.kind() == TextBlock.Kind.LIST_ITEM ? 60 : 160));
    }

    private void orphanList(List<ExportClaim> orphans, int firstCommentId) {
        CTP heading = document.getDocument().getBody().addNewP();
        CTR title = heading.addNewR();
        title.addNewRPr().addNewB();
        text(title.addNewT(), "Claims not found in this draft (orphaned)");
        int id = firstCommentId;
        for (ExportClaim c : orphans) {
            BigInteger commentId = BigInteger.valueOf(id++);
            ClaimComment.add(comments, commentId, c, export);
            CTP p = document.getDocument().getBody().addNewP();
            p.addNewCommentRangeStart().setId(commentId);
            CTR r = p.addNewR();
            shade(r.addNewRPr(), c.verdict().colour());
            text(r.addNewT(), c.number() + ". " + c.claim().quote());
            p.addNewCommentRangeEnd().setId(commentId);
            p.addNewR().addNewCommentReference().setId(commentId);
        }
    }

    private static void shade(CTRPr rPr, String colour) {
        var shd = rPr.addNewShd();
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(tint(colour, 0.35).substring(1).toUpperCase(Locale.ROOT));
    }

    private static void text(CTText t, String content) {
        t.setStringValue(content);
        t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    }

    /** The colour mixed with white, light enough for black text on it. */
    static String tint(String hex, double strength) {
        String value = hex != null && hex.matches("#[0-9a-fA-F]{6}") ? hex : "#9e9e9e";
        StringBuilder out = new StringBuilder("#");
        for (int i = 1; i < 7; i += 2) {
            int channel = Integer.parseInt(value.substring(i, i + 2), 16);
            out.append(String.format(Locale.ROOT, "%02x", Math.round(255 - (255 - channel) * strength)));
        }
        return out.toString();
    }

    /** Reuses the draft's styles and page size, so headings and body text look as the writer made them. */
    private static boolean copyStylesAndPage(byte[] templateDocx, XWPFDocument target) {
        try (XWPFDocument template = new XWPFDocument(new ByteArrayInputStream(templateDocx))) {
            XWPFStyles styles = target.createStyles();
            styles.setStyles(template.getStyle());
            CTBody body = template.getDocument().getBody();
            if (body.isSetSectPr()) {
                CTSectPr source = body.getSectPr();
                CTSectPr page = target.getDocument().getBody().addNewSectPr();
                if (source.isSetPgSz()) {
                    page.setPgSz(source.getPgSz());
                }
                if (source.isSetPgMar()) {
                    page.setPgMar(source.getPgMar());
                }
            }
            return true;
        } catch (IOException | org.apache.xmlbeans.XmlException | RuntimeException e) {
            return false; // a template POI cannot read again still leaves a plain, valid copy
        }
    }
}
