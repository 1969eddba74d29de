package org.checkbench.model.text;

/**
 * The Unicode controls that reorder the text around them (embeddings, overrides, isolates): a
 * file name "gnp.exe" preceded by U+202E shows as "exe.png". Wherever text a checker did not write
 * is shown as a single line (titles, quotes, addresses, the status bar, the report), each control
 * is replaced by a visible mark such as ⟦RLO⟧, so the text reads in its real order. The marks
 * left-to-right and right-to-left (U+200E, U+200F, U+061C) only nudge neutral characters and are
 * common in Arabic and Hebrew text, so they stay.
 */
public final class BidiControls {

    private BidiControls() {
    }

    /** The short name of a reordering control, or null for any other character. */
    public static String nameOf(int c) {
        return switch (c) {
            case 0x202A -> "LRE";
            case 0x202B -> "RLE";
            case 0x202C -> "PDF";
            case 0x202D -> "LRO";
            case 0x202E -> "RLO";
            case 0x2066 -> "LRI";
            case 0x2067 -> "RLI";
            case 0x2068 -> "FSI";
            case 0x2069 -> "PDI";
            default -> null;
        };
    }

    public static boolean isControl(int c) {
        return nameOf(c) != null;
    }

    public static boolean containsAny(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** How many reordering controls the text holds. */
    public static int count(String text) {
        int count = 0;
        for (int i = 0; text != null && i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** The text with each reordering control replaced by its visible mark, e.g. "⟦RLO⟧"; null stays null. */
    public static String visible(String text) {
        if (!containsAny(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String name = nameOf(c);
            if (name == null) {
                out.append(c);
            } else {
                out.append('\u27E6').append(name).append('\u27E7');
            }
        }
        return out.toString();
    }
}
