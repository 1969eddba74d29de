package org.checkbench.ui.article;

import org.checkbench.model.Claim;
import org.checkbench.model.text.BidiControls;

/** The words the UI uses to describe a claim, in one place so list, hover and status bar agree. */
public final class ClaimDescriptions {

    private static final int NOTE_PREVIEW = 120;
    private static final int FIRST_WORDS = 70;

    private ClaimDescriptions() {
    }

    public static String hover(OpenArticle open, Claim claim) {
        StringBuilder text = new StringBuilder();
        text.append("Claim ").append(open.numberOf(claim)).append(" · ").append(open.verdictOf(claim).label());
        int evidence = open.evidenceCount(claim.id());
        text.append(" · ").append(evidence).append(evidence == 1 ? " source" : " sources");
        if (claim.changedSinceChecked()) {
            text.append("\nChanged since it was checked");
        }
        if (!claim.note().isBlank()) {
            text.append("\n").append(shorten(claim.note(), NOTE_PREVIEW));
        }
        return text.toString();
    }

    public static String hover(org.checkbench.model.Suggestion suggestion) {
        String reasons = suggestion.reasons().isEmpty() ? "" : " · " + String.join(", ", suggestion.reasons());
        return "Suggested claim · score " + String.format(java.util.Locale.ROOT, "%.2f", suggestion.score()) + reasons
                + "\nCtrl+Enter accepts it, Ctrl+Shift+Enter dismisses it.";
    }

    public static String firstWords(Claim claim) {
        return shorten(claim.quote().replaceAll("\\s+", " ").strip(), FIRST_WORDS);
    }

    /**
     * The text cut to {@code max} characters at a word, with reordering controls shown as marks
     * (⟦RLO⟧): everything the window shows of a title, quote or address goes through here.
     */
    public static String shorten(String text, int max) {
        String flat = BidiControls.visible(text.strip());
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
