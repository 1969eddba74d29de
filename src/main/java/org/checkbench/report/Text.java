package org.checkbench.report;

/** Small string helpers shared by the report records and builders. */
final class Text {

    private Text() {
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
