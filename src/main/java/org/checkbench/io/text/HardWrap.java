package org.checkbench.io.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text wrapped at a fixed width (e-mail, OCR): most lines end mid-sentence and have similar
 * lengths. {@link #analyse} says whether a text looks so; {@link #join} makes paragraphs of it,
 * one line per paragraph, keeping blank lines, list items and short closing lines as breaks.
 */
public final class HardWrap {

    /** The verdict on a text, with the figures behind it for the offer's wording. */
    public record Analysis(boolean hardWrapped, int lines, int typicalWidth, double midSentenceShare) {
    }

    private static final Pattern LIST_START = Pattern.compile("^\\s*([-*•◦–]|\\d{1,3}[.)]|[a-zA-Z][.)])\\s+.*");
    private static final int MIN_LINES = 6;

    private HardWrap() {
    }

    public static Analysis analyse(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                lines.add(line.stripTrailing());
            }
        }
        if (lines.size() < MIN_LINES) {
            return new Analysis(false, lines.size(), 0, 0);
        }
        int[] lengths = lines.stream().mapToInt(String::length).sorted().toArray();
        // The wrap width: the length most lines reach (the 75th percentile ignores short closing lines).
        int width = lengths[(int) (lengths.length * 0.75)];
        if (width < 25 || width > 160) {
            return new Analysis(false, lines.size(), width, 0);
        }
        int nearWidth = 0;
        int midSentence = 0;
        int candidates = 0;
        for (String line : lines) {
            if (line.length() >= width * 0.8 && line.length() <= width * 1.05 + 2) {
                nearWidth++;
            }
            if (line.length() >= width * 0.6) {
                candidates++;
                if (endsMidSentence(line)) {
                    midSentence++;
                }
            }
        }
        double nearShare = nearWidth / (double) lines.size();
        double midShare = candidates == 0 ? 0 : midSentence / (double) candidates;
        boolean wrapped = nearShare >= 0.5 && midShare >= 0.6 && Arrays.stream(lengths).max().orElse(0) <= width * 1.3 + 5;
        return new Analysis(wrapped, lines.size(), width, midShare);
    }

    /**
     * Joins wrapped lines into paragraphs. A paragraph ends at a blank line, before a list item, and
     * after a line that ends a sentence well short of the width. A word hyphenated across lines
     * ("gov-\nernment") is joined without its hyphen when the next line starts in lower case.
     */
    public static String join(String text) {
        Analysis analysis = analyse(text);
        int width = analysis.typicalWidth() > 0 ? analysis.typicalWidth() : 72;
        boolean finalBreak = text.endsWith("\n");
        String[] lines = (finalBreak ? text.substring(0, text.length() - 1) : text).split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                flush(out, paragraph);
                out.append('\n');
                continue;
            }
            if (paragraph.length() > 0 && LIST_START.matcher(line).matches()) {
                flush(out, paragraph);
            }
            if (paragraph.length() == 0) {
                paragraph.append(line);
            } else if (paragraph.charAt(paragraph.length() - 1) == '-' && paragraph.length() > 1
                    && Character.isLetter(paragraph.charAt(paragraph.length() - 2)) && Character.isLowerCase(line.charAt(0))) {
                paragraph.setLength(paragraph.length() - 1);
                paragraph.append(line);
            } else {
                paragraph.append(' ').append(line);
            }
            boolean shortEnd = lines[i].stripTrailing().length() < width * 0.7 && !endsMidSentence(line);
            if (shortEnd) {
                flush(out, paragraph);
            }
        }
        flush(out, paragraph);
        // Every paragraph was written with a line break after it: the last one only if the text had one.
        String joined = out.toString();
        return finalBreak ? joined : joined.substring(0, Math.max(0, joined.length() - 1));
    }

    private static void flush(StringBuilder out, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            out.append(paragraph).append('\n');
            paragraph.setLength(0);
        }
    }

    static boolean endsMidSentence(String line) {
        String trimmed = line.stripTrailing();
        if (trimmed.isEmpty()) {
            return false;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        return ".!?:;\"”’»)…".indexOf(last) < 0;
    }
}
