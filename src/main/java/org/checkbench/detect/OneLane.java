package org.checkbench.detect;

import java.util.List;

/** A detection's progress as its caller hears it, with the encoder kept to one scoring thread (ADR 0159). */
final class OneLane implements DetectionProgress {

    private final DetectionProgress caller;

    OneLane(DetectionProgress caller) {
        this.caller = caller;
    }

    @Override
    public void settledFirst(List<SentenceSuggestion> settled) {
        caller.settledFirst(settled);
    }

    @Override
    public void firstPart(List<SentenceSuggestion> suggestions) {
        caller.firstPart(suggestions);
    }

    @Override
    public void scored(int done, int total) {
        caller.scored(done, total);
    }

    @Override
    public void checkpoint() {
        caller.checkpoint();
    }

    @Override
    public int lanes() {
        return 1;
    }
}
