package org.checkbench.ui.export;

import java.nio.file.Path;

import org.checkbench.report.CheckReport;
import org.checkbench.report.RenderedReport;
import org.checkbench.report.ReportOptions;
import org.checkbench.report.ReportProgressListener;
import org.checkbench.report.ReportRenderer;
import org.checkbench.report.ReportWriteException;

/**
 * The render step of an export, as a seam: the window uses {@link ReportRenderer}; a test can wrap
 * it to hold the render at a known stage and cancel it there, without relying on timing.
 */
@FunctionalInterface
interface ReportRendering {

    RenderedReport render(CheckReport report, ReportOptions options, Path destination, ReportProgressListener listener)
            throws ReportWriteException;

    static ReportRendering standard() {
        ReportRenderer renderer = new ReportRenderer();
        return renderer::render;
    }
}
