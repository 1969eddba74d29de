package org.checkbench.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.checkbench.io.ArticleExport;
import org.checkbench.io.ArticleExport.ExportClaim;
import org.checkbench.model.Evidence;
import org.checkbench.model.LinkedEvidence;

/**
 * Claims as CSV for the desk's spreadsheets (Commons CSV, ADR 0074): one row per claim, or one row
 * per claim–evidence link. UTF-8 with a byte-order mark so Excel reads accents and Cyrillic right,
 * CRLF line ends, and every cell that a spreadsheet would run as a formula (starting with = + - @,
 * a tab or a carriage return) is prefixed with an apostrophe.
 */
public final class ClaimCsv {

    static final List<String> CLAIM_HEADER = List.of("number", "quote", "status", "note", "correction", "claimant",
            "claim date", "appeared at", "evidence titles", "evidence urls", "changed since checked", "orphaned");
    static final List<String> LINK_HEADER = List.of("claim number", "quote", "status", "stance", "evidence title",
            "url", "archived url", "outlet", "author", "published", "accessed", "locator", "link note");

    private ClaimCsv() {
    }

    public static void writeClaims(ArticleExport export, OutputStream out) throws IOException {
        try (CSVPrinter printer = printer(out, CLAIM_HEADER)) {
            for (ExportClaim c : export.claims()) {
                List<String> titles = new ArrayList<>();
                List<String> urls = new ArrayList<>();
                for (LinkedEvidence linked : c.evidence()) {
                    titles.add(linked.evidence().title());
                    if (linked.evidence().url() != null) {
                        urls.add(linked.evidence().url());
                    }
                }
                print(printer, Integer.toString(c.number()), c.claim().quote(), c.verdict().label(), c.claim().note(),
                        c.claim().correction(), c.attribution().claimant(), date(c.attribution().claimDate()),
                        c.attribution().appearanceUrl(), String.join("\n", titles), String.join("\n", urls),
                        yesNo(c.claim().changedSinceChecked()), yesNo(c.claim().orphaned()));
            }
        }
    }

    public static void writeLinks(ArticleExport export, OutputStream out) throws IOException {
        try (CSVPrinter printer = printer(out, LINK_HEADER)) {
            for (ExportClaim c : export.claims()) {
                for (LinkedEvidence linked : c.evidence()) {
                    Evidence e = linked.evidence();
                    String locator = linked.link().locator().isBlank() ? e.locator() : linked.link().locator();
                    print(printer, Integer.toString(c.number()), c.claim().quote(), c.verdict().label(),
                            linked.link().stance().label(), e.title(), e.url(), e.archivedUrl(), e.outlet(), e.author(),
                            date(e.publishedDate()), date(e.accessedDate()), locator, linked.link().note());
                }
            }
        }
    }

    private static CSVPrinter printer(OutputStream out, List<String> header) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(header);
        return printer;
    }

    private static void print(CSVPrinter printer, String... cells) throws IOException {
        List<String> safe = new ArrayList<>(cells.length);
        for (String cell : cells) {
            safe.add(neutralise(cell));
        }
        printer.printRecord(safe);
    }

    /** A cell a spreadsheet would evaluate becomes text: OWASP's advice for CSV injection. */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + cell;
        }
        return cell;
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
