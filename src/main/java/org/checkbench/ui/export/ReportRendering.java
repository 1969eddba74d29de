package org.checkbench.ui.export;

import java.nio.file.Path;

import org.checkbench.report.ReportWriteException;
import org.checkbench.service.ExportedReport;
import org.checkbench.service.ReportProgress;
import org.checkbench.service.ReportRequest;
import org.checkbench.service.ReportService;
import org.checkbench.service.ReportService.PreparedReport;

/**
 * The render step of an export, as a seam: the window uses {@link ReportService#render}; a test can wrap
 * it to hold the render at a known stage and cancel it there, without relying on timing.
 */
@FunctionalInterface
interface ReportRendering {

    ExportedReport render(PreparedReport report, ReportRequest request, Path destination, ReportProgress progress)
            throws ReportWriteException;

    static ReportRendering standard() {
        return ReportService::render;
    }
}
