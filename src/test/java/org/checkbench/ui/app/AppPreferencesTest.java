package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.Preferences;

import org.checkbench.service.WorkspaceService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppPreferencesTest {

    private final Preferences node = Preferences.userRoot().node("checkbench-test-" + UUID.randomUUID());
    private final AppPreferences preferences = new AppPreferences(node);

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void aNewUserIsTheOsUserAndGetsDetectionsOwnThreshold() {
        assertThat(preferences.checkerName()).isEqualTo(WorkspaceService.defaultCheckerName());
        assertThat(preferences.suggestionThreshold()).isEqualTo(AppPreferences.USE_DEFAULT);
    }

    @Test
    void choicesAreKeptAndABlankNameFallsBackToTheOsUser() {
        preferences.setCheckerName("  Olena Kovalenko ");
        preferences.setSuggestionThreshold(0.6);
        AppPreferences reread = new AppPreferences(node);
        assertThat(reread.checkerName()).isEqualTo("Olena Kovalenko");
        assertThat(reread.suggestionThreshold()).isEqualTo(0.6);

        preferences.setCheckerName(" ");
        preferences.useDefaultThreshold();
        assertThat(preferences.checkerName()).isEqualTo(WorkspaceService.defaultCheckerName());
        assertThat(preferences.suggestionThreshold()).isEqualTo(AppPreferences.USE_DEFAULT);
    }

    @Test
    void thresholdsOutsideZeroToOneAreKeptInside() {
        preferences.setSuggestionThreshold(7);
        assertThat(preferences.suggestionThreshold()).isEqualTo(1.0);
    }
}
