package org.checkbench.model;

/** Which stored thing a match document is: a claim of an article, or an imported fact-check. */
public record DocumentKey(Source source, long id) {

    public enum Source { CLAIM, FACT_CHECK }

    public static DocumentKey claim(long id) {
        return new DocumentKey(Source.CLAIM, id);
    }

    public static DocumentKey factCheck(long id) {
        return new DocumentKey(Source.FACT_CHECK, id);
    }
}
