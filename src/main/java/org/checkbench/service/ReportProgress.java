package org.checkbench.service;

/** Told how far a report render has got; called on the rendering thread. */
@FunctionalInterface
public interface ReportProgress {

    ReportProgress NONE = (fraction, stage) -> { };

    /**
     * @param fraction 0.0 to 1.0
     * @param stage what is happening, for a status line ("Laying out pages")
     */
    void update(double fraction, String stage);
}
