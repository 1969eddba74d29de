package org.checkbench.io.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * Headers and footers OCR leaves on every page ("THE DAILY HERALD — 12 March", "Page 3 of 9"): short
 * lines that come back again and again, page numbers aside. Found on request and dropped on request;
 * nothing is dropped by itself.
 */
public final class RepeatedLines {

    /** A repeated line: its form with digits as '#', an example, and how often it occurs. */
    public record Repeated(String pattern, String example, int count) {
    }

    private static final int MAX_LENGTH = 100;
    private static final int MIN_COUNT = 3;

    private RepeatedLines() {
    }

    /**
     * Lines of at most 100 characters that occur at least three times (digits ignored, so "Page 3"
     * and "Page 4" are one line) and make up a small share of the text. Most frequent first.
     */
    public static List<Repeated> find(String text) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> examples = new LinkedHashMap<>();
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            lines++;
            if (stripped.length() > MAX_LENGTH) {
                continue;
            }
            String key = key(stripped);
            counts.computeIfAbsent(key, k -> new int[1])[0]++;
            examples.putIfAbsent(key, stripped);
        }
        List<Repeated> found = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int count = entry.getValue()[0];
            if (count >= MIN_COUNT && count * 4 <= lines && hasLetterOrNumber(entry.getKey())) {
                found.add(new Repeated(entry.getKey(), examples.get(entry.getKey()), count));
                pages = Math.max(pages, count);
            }
        }
        found.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return found;
    }

    /** The text without every line matching one of {@code patterns}; a blank line left by a dropped one goes too. */
    public static String drop(String text, List<Repeated> patterns) {
        Set<String> keys = new HashSet<>();
        patterns.forEach(p -> keys.add(p.pattern()));
        StringBuilder out = new StringBuilder(text.length());
        String[] lines = text.split("\n", -1);
        boolean droppedBefore = false;
        for (int i = 0; i < lines.length; i++) {
            String stripped = lines[i].strip();
            if (!stripped.isEmpty() && stripped.length() <= MAX_LENGTH && keys.contains(key(stripped))) {
                droppedBefore = true;
                continue;
            }
            if (stripped.isEmpty() && droppedBefore && out.length() > 0 && out.charAt(out.length() - 1) == '\n'
                    && (out.length() < 2 || out.charAt(out.length() - 2) == '\n')) {
                continue; // two blank lines would remain where a footer stood between them
            }
            droppedBefore = false;
            out.append(lines[i]);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String key(String line) {
        return line.replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }

    private static boolean hasLetterOrNumber(String key) {
        return key.chars().anyMatch(c -> Character.isLetter(c) || c == '#');
    }
}
