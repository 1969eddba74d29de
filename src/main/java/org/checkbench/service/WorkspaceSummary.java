package org.checkbench.service;

import java.nio.file.Path;

/** What a workspace file holds: its format version and how many articles, claims and evidence entries. */
public record WorkspaceSummary(Path file, int schemaVersion, long articles, long claims, long evidence) {
}
