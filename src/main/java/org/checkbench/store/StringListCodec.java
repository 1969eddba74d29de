package org.checkbench.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of strings as a JSON array in one column (detection reasons). Small and strict: it reads
 * back exactly what it writes, and SQLite's json functions can read it too.
 */
final class StringListCodec {

    private StringListCodec() {
    }

    static String encode(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"');
            for (char c : values.get(i).toCharArray()) {
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\n' -> json.append("\\n");
                    case '\r' -> json.append("\\r");
                    case '\t' -> json.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            json.append(String.format("\\u%04x", (int) c));
                        } else {
                            json.append(c);
                        }
                    }
                }
            }
            json.append('"');
        }
        return json.append(']').toString();
    }

    static List<String> decode(String json) {
        try {
            return parse(json);
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw new IllegalArgumentException("malformed string list: " + json, e);
        }
    }

    private static List<String> parse(String json) {
        List<String> values = new ArrayList<>();
        int i = skipSpace(json, expect(json, skipSpace(json, 0), '['));
        if (json.charAt(i) == ']') {
            return values;
        }
        while (true) {
            i = expect(json, skipSpace(json, i), '"');
            StringBuilder value = new StringBuilder();
            while (json.charAt(i) != '"') {
                char c = json.charAt(i++);
                if (c == '\\') {
                    char escaped = json.charAt(i++);
                    switch (escaped) {
                        case 'n' -> value.append('\n');
                        case 'r' -> value.append('\r');
                        case 't' -> value.append('\t');
                        case 'b' -> value.append('\b');
                        case 'f' -> value.append('\f');
                        case 'u' -> {
                            value.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> value.append(escaped);
                    }
                } else {
                    value.append(c);
                }
            }
            values.add(value.toString());
            i = skipSpace(json, i + 1);
            if (json.charAt(i) == ']') {
                return values;
            }
            i = expect(json, i, ',');
        }
    }

    private static int expect(String json, int index, char wanted) {
        if (index >= json.length() || json.charAt(index) != wanted) {
            throw new IllegalArgumentException("malformed string list at " + index + ": " + json);
        }
        return index + 1;
    }

    private static int skipSpace(String json, int index) {
        while (index < json.length() && Character.isWhitespace(json.charAt(index))) {
            index++;
        }
        return index;
    }
}
