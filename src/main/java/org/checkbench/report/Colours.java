package org.checkbench.report;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Status colours come from the user's scale, so they are checked before they go into a style
 * attribute, and the text on them is chosen for contrast.
 */
final class Colours {

    static final String FALLBACK = "#7a7a7a";
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern SHORT_HEX = Pattern.compile("#[0-9a-fA-F]{3}");

    private Colours() {
    }

    /** A valid "#rrggbb" for any input; anything unrecognised is grey. */
    static String safe(String hex) {
        String value = hex == null ? "" : hex.strip();
        if (HEX.matcher(value).matches()) {
            return value.toLowerCase(Locale.ROOT);
        }
        if (SHORT_HEX.matcher(value).matches()) {
            return ("#" + value.charAt(1) + value.charAt(1) + value.charAt(2) + value.charAt(2)
                    + value.charAt(3) + value.charAt(3)).toLowerCase(Locale.ROOT);
        }
        return FALLBACK;
    }

    /** The colour mixed with white: {@code strength} 0 is white, 1 the colour itself. */
    static String tint(String hex, double strength) {
        int[] rgb = rgb(safe(hex));
        StringBuilder out = new StringBuilder("#");
        for (int channel : rgb) {
            int mixed = (int) Math.round(255 - (255 - channel) * strength);
            out.append(String.format(Locale.ROOT, "%02x", mixed));
        }
        return out.toString();
    }

    /** Black or white, whichever reads better on the colour (WCAG relative luminance). */
    static String textOn(String hex) {
        int[] rgb = rgb(safe(hex));
        double luminance = 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
        double contrastWithWhite = 1.05 / (luminance + 0.05);
        double contrastWithBlack = (luminance + 0.05) / 0.05;
        return contrastWithWhite >= contrastWithBlack ? "#ffffff" : "#1a1a1a";
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int[] rgb(String safeHex) {
        return new int[] {
            Integer.parseInt(safeHex.substring(1, 3), 16),
            Integer.parseInt(safeHex.substring(3, 5), 16),
            Integer.parseInt(safeHex.substring(5, 7), 16)};
    }
}
