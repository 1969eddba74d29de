package org.checkbench.store;

/** What {@code checkbench info} prints. */
public record WorkspaceCounts(int schemaVersion, long articles, long claims, long evidence) {
}
