package org.checkbench.ui.app;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.checkbench.service.SourcePolicy;
import org.checkbench.service.WorkspaceService;

/**
 * The checker's own settings (Edit > Preferences): their name for reports and history, how eager
 * the suggestions are, and how many independent sources a confirmed claim needs. Kept per user in java.util.prefs, beside the window layout.
 */
public final class AppPreferences {

    private static final String CHECKER = "checkerName";
    private static final String THRESHOLD = "suggestionThreshold";
    private static final String SOURCES_REQUIRED = "independentSourcesRequired";

    private final Preferences node;

    AppPreferences(Preferences node) {
        this.node = node;
    }

    public static AppPreferences standard() {
        return new AppPreferences(WindowState.appNode().node("preferences"));
    }

    public String checkerName() {
        return node.get(CHECKER, WorkspaceService.defaultCheckerName());
    }

    public void setCheckerName(String name) {
        node.put(CHECKER, name == null || name.isBlank() ? WorkspaceService.defaultCheckerName() : name.strip());
        flush();
    }

    /** 0..1: sentences scoring at least this are suggested; negative means detection's own default. */
    double suggestionThreshold() {
        double value = node.getDouble(THRESHOLD, USE_DEFAULT);
        return value < 0 ? USE_DEFAULT : Math.min(1, value);
    }

    static final double USE_DEFAULT = -1;

    void useDefaultThreshold() {
        node.remove(THRESHOLD);
        flush();
    }

    void setSuggestionThreshold(double threshold) {
        node.putDouble(THRESHOLD, Math.max(0, Math.min(1, threshold)));
        flush();
    }

    /** The newsroom's source rules for the flags: how many independent sources a confirmed claim needs. */
    SourcePolicy sourcePolicy() {
        int required = Math.max(1, Math.min(5, node.getInt(SOURCES_REQUIRED, SourcePolicy.DEFAULT.independentSources())));
        return new SourcePolicy(required, SourcePolicy.DEFAULT.staleAfterDays());
    }

    void setIndependentSourcesRequired(int required) {
        node.putInt(SOURCES_REQUIRED, Math.max(1, Math.min(5, required)));
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            System.getLogger(AppPreferences.class.getName())
                    .log(System.Logger.Level.WARNING, "Could not save the preferences", e);
        }
    }
}
