package org.checkbench.ui.revisions;

/** Where the revision views' styles are (inserted, deleted, moved, touched claims, outcomes). */
public final class RevisionStyles {

    public static final String STYLESHEET = RevisionStyles.class.getResource("/org/checkbench/ui/revisions.css")
            .toExternalForm();

    private RevisionStyles() {
    }
}
