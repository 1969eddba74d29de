package org.checkbench.report;

/**
 * Told how far a render has got. Called on the rendering thread: a JavaFX caller hands the values
 * to {@code Platform.runLater} or a {@code Task}'s {@code updateProgress}.
 */
@FunctionalInterface
public interface ReportProgressListener {

    ReportProgressListener NONE = (fraction, stage) -> { };

    /**
     * @param fraction 0.0 to 1.0
     * @param stage    what is happening, for a status line ("Laying out pages")
     */
    void progress(double fraction, String stage);
}
