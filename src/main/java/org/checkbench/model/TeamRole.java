package org.checkbench.model;

/**
 * What a member of a desk may do on a team workspace; the server enforces it (grants and row-level
 * security, ADR 0126), so another client or a hand-typed SQL statement gets no further than the app.
 */
public enum TeamRole {
    /** Marks, rates and annotates claims, cites evidence, sends an article for review. */
    CHECKER,
    /** A checker who may also approve or return an article. */
    REVIEWER,
    /** A reviewer who may also delete articles and evidence and manage fact-check collections. */
    ADMIN;

    /** The server's group role that holds these rights. */
    public String groupRole() {
        return "checkbench_" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
