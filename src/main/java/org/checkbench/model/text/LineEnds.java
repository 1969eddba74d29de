package org.checkbench.model.text;

/** Windows (CR LF) and old Mac (CR) line ends made "\n", so offsets mean the same everywhere. */
public final class LineEnds {

    private LineEnds() {
    }

    public static String uniform(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
