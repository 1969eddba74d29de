package org.checkbench.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.checkbench.ui.editor.HighlightPlan.Mark;
import org.checkbench.ui.editor.HighlightPlan.Run;
import org.junit.jupiter.api.Test;

class HighlightPlanTest {

    @Test
    void runsCoverTheWholeTextWithEachClaimsClasses() {
        List<Run> runs = HighlightPlan.plan(30, List.of(
                new Mark(5, 10, List.of("claim", "status-confirmed"), 1),
                new Mark(20, 25, List.of("suggestion"), 0)));

        assertThat(runs).containsExactly(
                new Run(5, List.of()),
                new Run(5, List.of("claim", "status-confirmed")),
                new Run(10, List.of()),
                new Run(5, List.of("suggestion")),
                new Run(5, List.of()));
    }

    @Test
    void overlappingClaimsBothStayVisible() {
        List<Run> runs = HighlightPlan.plan(20, List.of(
                new Mark(0, 15, List.of("claim", "status-disputed"), 1),
                new Mark(5, 10, List.of("claim", "status-confirmed", "claim-selected"), 1)));

        assertThat(runs).containsExactly(
                new Run(5, List.of("claim", "status-disputed")),
                new Run(5, List.of("claim", "status-confirmed", "claim-selected", HighlightPlan.OVERLAP_CLASS)),
                new Run(5, List.of("claim", "status-disputed")),
                new Run(5, List.of()));
    }

    @Test
    void selectionOfTheOuterClaimSurvivesInsideTheInnerOne() {
        List<Run> runs = HighlightPlan.plan(15, List.of(
                new Mark(0, 15, List.of("claim", "status-disputed", "claim-selected"), 1),
                new Mark(5, 10, List.of("claim", "status-confirmed"), 1)));

        assertThat(runs.get(1).styleClasses())
                .containsExactly("claim", "status-confirmed", "claim-selected", HighlightPlan.OVERLAP_CLASS);
    }

    @Test
    void theCheckedBeforeOutlineOfTheOuterClaimSurvivesInsideTheInnerOne() {
        List<Run> runs = HighlightPlan.plan(15, List.of(
                new Mark(0, 15, List.of("claim", "status-unchecked", "checked-before"), 1),
                new Mark(5, 10, List.of("claim", "status-confirmed"), 1)));

        assertThat(runs.get(0).styleClasses()).containsExactly("claim", "status-unchecked", "checked-before");
        assertThat(runs.get(1).styleClasses())
                .containsExactly("claim", "status-confirmed", "checked-before", HighlightPlan.OVERLAP_CLASS);
    }

    @Test
    void rangesOutsideTheTextAreClipped() {
        List<Run> runs = HighlightPlan.plan(10, List.of(new Mark(8, 50, List.of("claim"), 1)));
        assertThat(runs).containsExactly(new Run(8, List.of()), new Run(2, List.of("claim")));
        assertThat(runs.stream().mapToInt(Run::length).sum()).isEqualTo(10);
    }

    @Test
    void searchHitsAreALayerOnTopOfClaimsAndSuggestions() {
        List<Run> runs = HighlightPlan.plan(20, List.of(
                new Mark(0, 10, List.of("claim", "status-confirmed"), 1),
                new Mark(5, 15, List.of("suggestion"), 0),
                new Mark(8, 12, List.of("search-hit"), 2, true)));

        assertThat(runs).containsExactly(
                new Run(5, List.of("claim", "status-confirmed")),
                new Run(3, List.of("claim", "status-confirmed")),
                new Run(2, List.of("claim", "status-confirmed", "search-hit")),
                new Run(2, List.of("suggestion", "search-hit")),
                new Run(3, List.of("suggestion")),
                new Run(5, List.of()));
    }
}
