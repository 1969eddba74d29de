package org.checkbench.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a labelled file in the ClaimBuster layout: {@code id<TAB>label<TAB>sentence}, UTF-8,
 * with a header line; label 1 means check-worthy.
 */
public record LabelledSentence(String id, boolean checkWorthy, String sentence) {

    public static List<LabelledSentence> read(Path file) throws IOException {
        List<LabelledSentence> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || lineNumber == 1 && line.startsWith("id\t")) {
                    continue;
                }
                String[] fields = line.split("\t", 3);
                if (fields.length < 3 || !(fields[1].equals("0") || fields[1].equals("1"))) {
                    throw new IOException(file + " line " + lineNumber
                            + ": expected id<TAB>label (0 or 1)<TAB>sentence, got: " + abbreviate(line));
                }
                rows.add(new LabelledSentence(fields[0], fields[1].equals("1"), fields[2]));
            }
        }
        return rows;
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
