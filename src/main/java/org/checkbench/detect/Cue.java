package org.checkbench.detect;

/**
 * A signal in a sentence that a checker understands at a glance. Cues are features of the
 * check-worthiness model and, by their {@link #reason()}, the short explanation shown with a
 * suggestion. Some cues make a sentence less check-worthy (opinion, question, prediction): they
 * are shown too, so the checker sees why a sentence was not suggested.
 */
public enum Cue {
    NUMBER("number"),
    STATISTIC("statistic"),
    MONEY("money"),
    DATE("date"),
    NAMED_SOURCE("named source"),
    QUOTATION("quotation"),
    COMPARISON("comparison"),
    CHANGE("change over time"),
    CAUSAL_CLAIM("causal claim"),
    NAMED_ENTITY("named entity"),
    OPINION("opinion"),
    PREDICTION("prediction or promise"),
    QUESTION("question");

    private final String reason;

    Cue(String reason) {
        this.reason = reason;
    }

    /** The short human reason, e.g. "named source". */
    public String reason() {
        return reason;
    }

    /** True for cues that make a sentence more likely to hold a checkable fact. */
    public boolean pointsToFact() {
        return this != OPINION && this != PREDICTION && this != QUESTION;
    }
}
