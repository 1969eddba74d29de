package org.checkbench.ui.fx;

/**
 * Contrast between two colours as WCAG 2 defines it: 1:1 (none) to 21:1 (black on white). Text
 * needs 4.5:1 and marks (underlines, frames, badges' edges) 3:1 (WCAG 1.4.3 and 1.4.11).
 */
public final class Contrast {

    /** Body text against its background. */
    public static final double TEXT = 4.5;
    /** A mark that must be seen (an underline, a flag, a frame) against what is around it. */
    public static final double MARK = 3.0;

    private Contrast() {
    }

    /** The ratio between two opaque colours written {@code #rrggbb}. */
    public static double ratio(String colour, String other) {
        double a = luminance(colour);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** Black or white, whichever reads better on {@code background}. */
    public static String readableOn(String background) {
        return ratio("#000000", background) >= ratio("#ffffff", background) ? "#000000" : "#ffffff";
    }

    /** {@code #rrggbb} laid over {@code #rrggbb} at {@code alpha} (0..1): what the eye sees. */
    public static String blend(String colour, double alpha, String under) {
        int[] top = rgb(colour);
        int[] bottom = rgb(under);
        StringBuilder hex = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            hex.append(String.format("%02x", Math.round(top[i] * alpha + bottom[i] * (1 - alpha))));
        }
        return hex.toString();
    }

    /** Relative luminance of {@code #rrggbb}, 0 (black) to 1 (white). */
    public static double luminance(String colour) {
        int[] rgb = rgb(colour);
        double sum = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double channel = rgb[i] / 255.0;
            double linear = channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
            sum += weights[i] * linear;
        }
        return sum;
    }

    private static int[] rgb(String colour) {
        String hex = colour.startsWith("#") ? colour.substring(1) : colour;
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        if (hex.length() != 6 && hex.length() != 8) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + colour);
        }
        return new int[] {Integer.parseInt(hex.substring(0, 2), 16), Integer.parseInt(hex.substring(2, 4), 16),
            Integer.parseInt(hex.substring(4, 6), 16)};
    }
}
