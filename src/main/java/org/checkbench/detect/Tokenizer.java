package org.checkbench.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a sentence into word tokens as written (case kept): runs of letters and digits, with an
 * apostrophe inside a word ("don't", "Putin’s") and a point or comma inside a number ("1.5",
 * "11,000") kept in the token. Currency and percent signs are tokens of their own because they
 * carry meaning for check-worthiness; other punctuation is dropped. One linear pass, no regex.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<String> tokens(String sentence) {
        List<String> tokens = new ArrayList<>();
        int length = sentence.length();
        int i = 0;
        while (i < length) {
            char c = sentence.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isHighSurrogate(c) && Character.isLetter(sentence.codePointAt(i))) {
                int end = wordEnd(sentence, i);
                tokens.add(sentence.substring(i, end).replace('’', '\''));
                i = end;
            } else {
                if (isSignToken(c)) {
                    tokens.add(String.valueOf(c));
                }
                i++;
            }
        }
        return tokens;
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        int length = text.length();
        while (i < length) {
            int codePoint = text.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                i += Character.charCount(codePoint);
                continue;
            }
            boolean hasNext = i + 1 < length;
            char c = text.charAt(i);
            boolean apostropheInWord = (c == '\'' || c == '’') && hasNext && i > start
                    && Character.isLetter(text.charAt(i + 1)) && Character.isLetter(text.charAt(i - 1));
            boolean separatorInNumber = (c == '.' || c == ',') && hasNext && i > start
                    && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i - 1));
            if (apostropheInWord || separatorInNumber) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isSignToken(char c) {
        return c == '%' || c == '$' || c == '€' || c == '£' || c == '¥';
    }

    static boolean isNumber(String token) {
        if (token.isEmpty() || !Character.isDigit(token.charAt(0))) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }

    /** A four-digit year from 1800 to 2099: the years news and debates talk about. */
    static boolean isYear(String token) {
        if (token.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        int value = Integer.parseInt(token);
        return value >= 1800 && value <= 2099;
    }
}
