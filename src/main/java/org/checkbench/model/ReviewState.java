package org.checkbench.model;

/** Where an article stands in review; follows from its latest {@link ReviewEvent}. */
public enum ReviewState {
    IN_PROGRESS("In progress"),
    IN_REVIEW("In review"),
    APPROVED("Approved"),
    RETURNED("Returned");

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The state after this event; no event at all is {@link #IN_PROGRESS}. */
    public static ReviewState after(ReviewEvent latest) {
        if (latest == null) {
            return IN_PROGRESS;
        }
        return switch (latest.action()) {
            case SENT_FOR_REVIEW -> IN_REVIEW;
            case APPROVED -> APPROVED;
            case RETURNED -> RETURNED;
        };
    }
}
