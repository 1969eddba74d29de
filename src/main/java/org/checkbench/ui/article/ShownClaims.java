package org.checkbench.ui.article;

import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;

import org.checkbench.model.Claim;
import org.checkbench.service.ArticleClaims;

/**
 * What the workspace answered about claims, applied to what the window shows: a claim stored or
 * removed, its fields as stored (the anchor on screen stays authoritative), an undo step's claims
 * put back. Each keeps the claims list, the selection and the highlights of {@link OpenArticle} in step.
 */
final class ShownClaims {

    private final OpenArticle open;
    private final ArticleClaims current;
    private final ObservableList<Claim> claims;
    private final ObjectProperty<Claim> selected;
    private final ArticleSaving saving;
    /** Stand-in ids of claims marked offline, to the ids the server gave them (ADR 0155). */
    private final Map<Long, Long> standIns = new java.util.HashMap<>();

    ShownClaims(OpenArticle open, ArticleClaims current, ObservableList<Claim> claims, ObjectProperty<Claim> selected,
            ArticleSaving saving) {
        this.open = open;
        this.current = current;
        this.claims = claims;
        this.selected = selected;
        this.saving = saving;
    }

    void addClaim(Claim claim) {
        open.suggestions().claimAdded(claim);
        current.put(claim);
        claims.setAll(current.inOrder());
        open.fireClaimsChanged();
        open.fireHighlightChanged(OpenArticle.rangeOf(claim));
    }

    void dropClaim(long shownAs) {
        long id = idNow(shownAs);
        Claim gone = current.remove(id);
        saving.forget(id);
        if (gone != null) {
            claims.removeIf(c -> c.id() == id);
            if (selected.get() != null && selected.get().id() == id) {
                selected.set(null);
            }
            open.fireClaimsChanged();
            open.fireHighlightChanged(OpenArticle.rangeOf(gone));
        }
    }

    /** The id a claim has now: the server's for a stand-in already stored (ADR 0155), else {@code id}. */
    long idNow(long id) {
        return standIns.getOrDefault(id, id);
    }

    /**
     * A claim marked offline is on the server now as {@code stored}: shown under the server's id from
     * here on, with what was set on it meanwhile and its anchor on screen (saved with the text if that
     * waits). One the server had to keep unattached (its words had gone from the text) shows as such.
     */
    void madeOfflineStored(long standInId, Claim stored) {
        standIns.put(standInId, stored.id());
        Claim onScreen = current.remove(standInId);
        if (onScreen == null) {
            return; // taken back meanwhile, or read from the server already
        }
        saving.forget(standInId);
        Claim now = onScreen.withId(stored.id()).withOrphaned(stored.orphaned() || onScreen.orphaned());
        current.put(now);
        if (saving.textUnsaved() && !now.orphaned()) {
            saving.claimsChanged(List.of(now.id())); // its place in the text still to be saved goes with it
        }
        open.evidenceCountChanged(now.id(), open.evidenceCount(standInId));
        claims.setAll(current.inOrder());
        if (selected.get() != null && selected.get().id() == standInId) {
            selected.set(now);
        }
        open.fireClaimsChanged();
        open.fireHighlightChanged(OpenArticle.rangeOf(now));
    }

    /** A claim came back from the database with new fields; the anchor on screen stays authoritative. */
    void claimFromStore(Claim fromStore) {
        showMerged(current.merge(fromStore));
    }

    /**
     * An undo put a claim's fields back in the database: they are shown as stored, including
     * "changed since checked" (which a new rating had cleared); the anchor on screen stays.
     */
    void claimPutBack(Claim fromStore) {
        Claim onScreen = current.get(fromStore.id());
        if (onScreen == null) {
            return;
        }
        current.put(fromStore.withAnchor(onScreen.anchor()).withOrphaned(onScreen.orphaned())
                .withChangedSinceChecked(fromStore.changedSinceChecked() || onScreen.changedSinceChecked()));
        showMerged(current.get(fromStore.id()));
    }

    private void showMerged(Claim merged) {
        claims.setAll(current.inOrder());
        if (selected.get() != null && selected.get().id() == merged.id()) {
            selected.set(merged);
        }
        open.fireClaimsChanged();
        open.fireHighlightChanged(OpenArticle.rangeOf(merged));
    }

    void restoreClaims(Map<Long, Claim> states) {
        List<int[]> redraw = current.restore(states);
        saving.claimsChanged(states.keySet());
        claims.setAll(current.inOrder());
        Claim shown = selected.get();
        if (shown != null && states.containsKey(shown.id())) {
            selected.set(states.get(shown.id()));
        }
        open.fireClaimsChanged();
        open.fireHighlightChanged(redraw);
    }
}
