package org.checkbench.io.read;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * The number or bullet Word shows before a list paragraph, as text ("1.", "a)", "•"). Counters run
 * per list and level; a higher level's item restarts the levels below it, as in Word.
 */
final class Numbering {

    private final XWPFNumbering numbering;
    private final Map<String, int[]> counters = new HashMap<>();

    Numbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    String label(String numId, int ilvl) {
        int level = Math.max(0, Math.min(8, ilvl));
        CTLvl[] levels = levels(numId);
        int[] count = counters.computeIfAbsent(numId, k -> new int[9]);
        count[level]++;
        for (int deeper = level + 1; deeper < 9; deeper++) {
            count[deeper] = 0;
        }
        if (levels == null || level >= levels.length) {
            return "•";
        }
        CTLvl lvl = levels[level];
        String format = lvl.getNumFmt() == null ? "decimal" : String.valueOf(lvl.getNumFmt().getVal());
        String text = lvl.getLvlText() == null ? null : lvl.getLvlText().getVal();
        if ("bullet".equals(format)) {
            return bullet(text);
        }
        if ("none".equals(format)) {
            return text == null ? "" : text.replaceAll("%\\d", "");
        }
        String pattern = text == null ? "%" + (level + 1) + "." : text;
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
                int referenced = pattern.charAt(++i) - '1';
                if (referenced >= 0 && referenced < levels.length && referenced <= level) {
                    CTLvl ref = levels[referenced];
                    int start = ref.getStart() == null ? 1 : ref.getStart().getVal().intValue();
                    String refFormat = ref.getNumFmt() == null ? "decimal" : String.valueOf(ref.getNumFmt().getVal());
                    label.append(format(start + Math.max(count[referenced], 1) - 1, refFormat));
                }
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    private CTLvl[] levels(String numId) {
        if (numbering == null) {
            return null;
        }
        try {
            BigInteger abstractId = numbering.getAbstractNumID(new BigInteger(numId));
            XWPFAbstractNum abstractNum = abstractId == null ? null : numbering.getAbstractNum(abstractId);
            return abstractNum == null ? null : abstractNum.getCTAbstractNum().getLvlArray();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Word's bullets are often Symbol or Wingdings private-use characters: show them as a plain bullet. */
    private static String bullet(String text) {
        if (text == null || text.isBlank()) {
            return "•";
        }
        char c = text.charAt(0);
        if (c >= '\uF000' && c <= '\uF0FF' || c == 'o' || c == '§' || c == '·') {
            return c == 'o' ? "◦" : "•";
        }
        return text;
    }

    static String format(int number, String numFmt) {
        return switch (numFmt) {
            case "lowerLetter" -> letters(number).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(number);
            case "lowerRoman" -> roman(number).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(number);
            case "decimalZero" -> number < 10 ? "0" + number : Integer.toString(number);
            default -> Integer.toString(number);
        };
    }

    private static String letters(int number) {
        if (number < 1) {
            return Integer.toString(number);
        }
        char letter = (char) ('A' + (number - 1) % 26);
        return String.valueOf(letter).repeat((number - 1) / 26 + 1);
    }

    private static String roman(int number) {
        if (number < 1 || number > 3999) {
            return Integer.toString(number);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder result = new StringBuilder();
        int rest = number;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                result.append(symbols[i]);
                rest -= values[i];
            }
        }
        return result.toString();
    }
}
