package org.checkbench.ui.export;

import java.util.Locale;

/**
 * The file name every export suggests: the article's title, made safe for every desktop, and what
 * the file holds ("North Korean troops in Russia - check report.pdf"), so a checker's exports of one
 * article sort together and say what they are.
 */
final class ExportFileNames {

    private static final int MAX_TITLE_CODE_POINTS = 80;

    private ExportFileNames() {
    }

    /**
     * @param what what the file holds ("check report"), or empty for the title alone
     * @param extension without the dot
     */
    static String suggested(String articleTitle, String what, String extension) {
        String cleaned = articleTitle == null ? "" : articleTitle
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_TITLE_CODE_POINTS) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_TITLE_CODE_POINTS)).strip();
        }
        // A leading dot would hide the file on Linux and macOS.
        cleaned = cleaned.replaceFirst("^\\.+", "").strip();
        String name;
        if (cleaned.isEmpty()) {
            String alone = what.isEmpty() ? "article" : what;
            name = alone.substring(0, 1).toUpperCase(Locale.ROOT) + alone.substring(1);
        } else {
            name = what.isEmpty() ? cleaned : cleaned + " - " + what;
        }
        return name + "." + extension;
    }
}
