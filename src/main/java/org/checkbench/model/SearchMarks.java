package org.checkbench.model;

/**
 * The marks around matched words in search snippets. Brackets that ordinary text hardly ever uses,
 * so the UI can turn them into bold and the CLI can print them as they are.
 */
public final class SearchMarks {

    public static final String START = "⟦";
    public static final String END = "⟧";
    public static final String ELLIPSIS = "…";

    private SearchMarks() {
    }
}
