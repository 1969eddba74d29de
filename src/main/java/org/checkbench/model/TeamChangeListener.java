package org.checkbench.model;

import java.util.List;

/** Who hears what others change on a team workspace, and whether its server answers (ADR 0123). */
public interface TeamChangeListener {

    /** Changes, in commit order, as they arrive (on the feed's own thread). */
    void changed(List<TeamChange> changes);

    /** The server answers again ({@code true}) or stopped answering ({@code false}). */
    void reachable(boolean reachable);
}
