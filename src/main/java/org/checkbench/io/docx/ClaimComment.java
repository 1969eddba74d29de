package org.checkbench.io.docx;

import java.math.BigInteger;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import org.checkbench.io.ArticleExport;
import org.checkbench.io.ArticleExport.ExportClaim;
import org.checkbench.model.Evidence;
import org.checkbench.model.LinkedEvidence;

/**
 * The Word comment on one claim: "Claim 3 — Needs correction", the note, the suggested correction,
 * who made the claim, and each source with a live link (and its archived copy), by the checker.
 */
final class ClaimComment {

    private ClaimComment() {
    }

    static void add(XWPFComments comments, BigInteger id, ExportClaim c, ArticleExport export) {
        XWPFComment comment = comments.createComment(id);
        String author = export.checker().isBlank() ? "Checkbench" : export.checker();
        comment.setAuthor(author);
        comment.setInitials(initials(author));
        comment.setDate(calendar(export));

        XWPFParagraph title = comment.createParagraph();
        XWPFRun heading = title.createRun();
        heading.setBold(true);
        heading.setText("Claim " + c.number() + " — " + c.verdict().label());
        if (c.claim().changedSinceChecked()) {
            title.createRun().setText(" (changed since checked)");
        }
        if (c.claim().orphaned()) {
            title.createRun().setText(" (orphaned: its words are not in this draft)");
        }
        line(comment, "Note: ", c.claim().note());
        line(comment, "Suggested correction: ", c.claim().correction());
        if (c.attribution().claimant() != null) {
            line(comment, "Claimant: ", c.attribution().claimant()
                    + (c.attribution().claimDate() != null ? ", " + c.attribution().claimDate() : ""));
        }
        if (!c.evidence().isEmpty()) {
            XWPFParagraph sources = comment.createParagraph();
            XWPFRun label = sources.createRun();
            label.setBold(true);
            label.setText("Sources:");
            int n = 1;
            for (LinkedEvidence linked : c.evidence()) {
                source(comment, n++, linked);
            }
        }
    }

    private static void source(XWPFComment comment, int number, LinkedEvidence linked) {
        Evidence e = linked.evidence();
        XWPFParagraph p = comment.createParagraph();
        StringBuilder text = new StringBuilder(number + ". [" + linked.link().stance().label() + "] " + e.title());
        if (e.outlet() != null && !e.outlet().isBlank()) {
            text.append(", ").append(e.outlet());
        }
        String locator = linked.link().locator().isBlank() ? e.locator() : linked.link().locator();
        if (locator != null && !locator.isBlank()) {
            text.append(", ").append(locator);
        }
        p.createRun().setText(text.toString());
        link(p, " ", e.url());
        if (e.archivedUrl() != null && !e.archivedUrl().isBlank()) {
            p.createRun().setText(" (archived: ");
            link(p, "", e.archivedUrl());
            p.createRun().setText(")");
        }
        if (!linked.link().note().isBlank()) {
            p.createRun().setText(" — " + linked.link().note());
        }
    }

    private static void link(XWPFParagraph p, String before, String url) {
        if (url == null || url.isBlank() || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return;
        }
        if (!before.isEmpty()) {
            p.createRun().setText(before);
        }
        XWPFHyperlinkRun run = p.createHyperlinkRun(url.strip());
        run.setText(url.strip());
        run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        run.setColor("0563C1");
    }

    private static void line(XWPFComment comment, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        XWPFParagraph p = comment.createParagraph();
        XWPFRun bold = p.createRun();
        bold.setBold(true);
        bold.setText(label);
        p.createRun().setText(value.strip());
    }

    static Calendar calendar(ArticleExport export) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(export.exportedAt().toEpochMilli());
        return calendar;
    }

    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!part.isEmpty()) {
                initials.appendCodePoint(part.codePointAt(0));
            }
        }
        return initials.length() == 0 ? "CB" : initials.toString();
    }
}
