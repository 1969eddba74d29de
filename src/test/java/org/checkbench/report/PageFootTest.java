package org.checkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a long report no page ends with a heading or a label whose content went to the next page. */
class PageFootTest {

    /** Lines that announce what follows: a page must not end with one of them. */
    private static final Set<String> LABELS = Set.of("Suggested correction", "Correction applied", "To look at again",
            "Claims", "Sources", "Summary", "The article", "No evidence linked");
    private static final Pattern COUNTED_HEADING = Pattern.compile("(Evidence|.* claims?.*|Corrections required|"
            + "Changed since checked) \\(\\d+\\)");

    @TempDir
    Path folder;

    @Test
    void noHeadingOrLabelIsLeftAloneAtTheFootOfAPage() throws Exception {
        CheckReport report = TestReports.manyClaims(60);
        RenderedReport rendered = new ReportRenderer().render(report, ReportOptions.everything(),
                folder.resolve("long.pdf"), ReportProgressListener.NONE);
        List<List<String>> pages = PdfText.linesPerPage(rendered.file());
        assertThat(pages.size()).isGreaterThan(10);
        List<String> lonely = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            List<String> lines = pages.get(i).stream().filter(l -> !l.startsWith("Checkbench check report")).toList();
            String last = lines.get(lines.size() - 1);
            if ((LABELS.contains(last) && !last.equals("No evidence linked")) || COUNTED_HEADING.matcher(last).matches()) {
                lonely.add("page " + (i + 1) + ": " + last);
            }
        }
        assertThat(lonely).isEmpty();
    }
}
