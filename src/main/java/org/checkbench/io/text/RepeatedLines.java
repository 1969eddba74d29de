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
     * and "Page 4" are one line), make up a small share of the text, and have page text between
     * their occurrences: a paragraph the text simply repeats is not page furniture. Most frequent first.
     */
    public static List<Repeated> find(String text) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> examples = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            String key = stripped.length() > MAX_LENGTH ? null : key(stripped);
            keys.add(key);
            if (key != null) {
                counts.computeIfAbsent(key, k -> new int[1])[0]++;
                examples.putIfAbsent(key, stripped);
            }
        }
        Set<String> candidates = new HashSet<>();
        counts.forEach((key, count) -> {
            if (count[0] >= MIN_COUNT && count[0] * 4 <= keys.size() && hasLetterOrNumber(key)) {
                candidates.add(key);
            }
        });
        List<Repeated> found = new ArrayList<>();
        for (String key : candidates) {
            if (mostlyApartByPageText(key, keys, candidates)) {
                found.add(new Repeated(key, examples.get(key), counts.get(key)[0]));
            }
        }
        found.sort((a, b) -> b.count() != a.count() ? Integer.compare(b.count(), a.count())
                : Integer.compare(keys.indexOf(a.pattern()), keys.indexOf(b.pattern())));
        return found;
    }

    /** Whether most stretches between two occurrences of {@code key} hold a line that is no candidate itself. */
    private static boolean mostlyApartByPageText(String key, List<String> keys, Set<String> candidates) {
        int gaps = 0;
        int gapsWithText = 0;
        boolean seen = false;
        boolean textSince = false;
        for (String line : keys) {
            if (key.equals(line)) {
                if (seen) {
                    gaps++;
                    gapsWithText += textSince ? 1 : 0;
                }
                seen = true;
                textSince = false;
            } else if (line == null || !candidates.contains(line)) {
                textSince = true;
            }
        }
        return gapsWithText * 2 > gaps;
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
