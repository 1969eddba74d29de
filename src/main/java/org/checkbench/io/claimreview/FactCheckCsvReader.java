package org.checkbench.io.claimreview;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.checkbench.model.FactCheck;

/**
 * Reads fact-checks from CSV with a header line: {@code claim} (required), {@code rating},
 * {@code url}, {@code publisher}, {@code date}, and optionally {@code title}, {@code claimant},
 * {@code language}; names in any case and order. A row without a claim or rating, with a date that
 * is not YYYY-MM-DD or an address that is not http(s) is listed with its row (the header is row 1) and skipped.
 */
public final class FactCheckCsvReader {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private FactCheckCsvReader() {
    }

    public static FactCheckFile read(Reader in) throws FactCheckFileException {
        List<FactCheck> entries = new ArrayList<>();
        List<FactCheckFile.Problem> problems = new ArrayList<>();
        try (CSVParser parser = CSV.parse(in)) {
            Map<String, Integer> columns = null;
            for (CSVRecord row : parser) {
                if (columns == null) {
                    columns = header(row);
                    continue;
                }
                String where = "row " + row.getRecordNumber();
                String claim = field(row, columns, "claim");
                String rating = field(row, columns, "rating");
                String url = field(row, columns, "url");
                String date = field(row, columns, "date");
                if (claim == null) {
                    problems.add(new FactCheckFile.Problem(where, "no claim"));
                } else if (rating == null) {
                    problems.add(new FactCheckFile.Problem(where, "no rating"));
                } else if (date != null && !FactCheckDates.isIsoDate(date)) {
                    problems.add(new FactCheckFile.Problem(where, "date \"" + date + "\" is not YYYY-MM-DD"));
                } else if (url != null && !url.matches("(?i)https?://\\S+")) {
                    problems.add(new FactCheckFile.Problem(where, "url \"" + url + "\" is not a web address"));
                } else {
                    entries.add(FactCheck.draft(claim, field(row, columns, "title"), rating, null, null, null, url,
                            field(row, columns, "publisher"), field(row, columns, "claimant"),
                            FactCheckDates.datePart(date), field(row, columns, "language")));
                }
            }
            if (columns == null) {
                throw new FactCheckFileException("The file is empty. Nothing was imported.");
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new FactCheckFileException("The CSV could not be read (" + e.getMessage() + "). Nothing was imported.", e);
        }
        return new FactCheckFile(entries, problems);
    }

    private static Map<String, Integer> header(CSVRecord row) throws FactCheckFileException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            String name = row.get(i).strip().toLowerCase(Locale.ROOT).replace("\uFEFF", "");
            columns.putIfAbsent(switch (name) {
                case "claimreviewed", "claim_reviewed", "text" -> "claim";
                case "verdict", "textualrating", "textual_rating" -> "rating";
                case "headline" -> "title";
                case "reviewdate", "review_date", "datepublished" -> "date";
                default -> name;
            }, i);
        }
        if (!columns.containsKey("claim")) {
            throw new FactCheckFileException("The first line must name the columns, with one called \"claim\""
                    + " (found: " + String.join(", ", row.toList()) + "). Nothing was imported.");
        }
        return columns;
    }

    private static String field(CSVRecord row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null || index >= row.size()) {
            return null;
        }
        String value = row.get(index).strip();
        return value.isEmpty() ? null : value;
    }
}
