package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.checkbench.model.Suggestion;
import org.junit.jupiter.api.Test;

/** Suggestions moved by their places (ADR 0115) end where the one-object-per-move rules put them. */
class SuggestionPlacesTest {

    private static List<Suggestion> sentences(int count) {
        List<Suggestion> shown = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Shown in no particular order, as a detection's first part and then the rest come.
            int start = ((i * 7) % count) * 100;
            shown.add(new Suggestion(i + 1, 1, start, start + 60, "sentence " + i, 0.5, List.of("number")));
        }
        return shown;
    }

    @Test
    void aThousandEditsLeaveTheSameSuggestionsAtTheSamePlacesAsMovingEachOne() {
        List<Suggestion> expected = sentences(300);
        SuggestionPlaces places = new SuggestionPlaces();
        places.reset(expected);
        Random random = new Random(18);
        int length = 30_000;
        for (int k = 0; k < 1000; k++) {
            // Mostly typing and Backspace at one place, now and then a paste or a cut elsewhere.
            int position = k % 50 == 0 ? random.nextInt(length) : 15_030 + k / 3;
            int removed = k % 5 == 4 ? 1 : k % 50 == 0 ? random.nextInt(200) : 0;
            removed = Math.min(removed, length - position);
            int inserted = k % 5 == 4 ? 0 : k % 50 == 0 ? random.nextInt(300) : 1;
            expected = ShownSuggestions.afterEdit(expected, position, removed, inserted);
            places.edited(position, removed, inserted);
            length += inserted - removed;
            if (k % 97 == 0) {
                assertThat(places.overlapping(position - 500, position + 500)).as("the window around key %d", k)
                        .containsExactlyElementsOf(expected.stream()
                                .filter(s -> s.end() > position - 500 && s.start() < position + 500).toList());
            }
        }
        assertThat(places.caughtUp()).containsExactlyElementsOf(expected);
        assertThat(places.moved()).isFalse();
    }

    @Test
    void typingOnlyMovesPlacesAndMakesNoSuggestionUntilTheListIsRead() {
        List<Suggestion> shown = sentences(10);
        SuggestionPlaces places = new SuggestionPlaces();
        places.reset(shown);
        Suggestion last = shown.stream().filter(s -> s.start() == 900).findFirst().orElseThrow();

        assertThat(places.edited(880, 0, 3)).as("nothing went").isNull();
        assertThat(places.moved()).isTrue();
        assertThat(places.at(904)).isEqualTo(last.withRange(903, 963));
        assertThat(places.at(901)).as("before its new start").isNull();
        assertThat(places.overlapping(0, 100)).as("unmoved: the same object").singleElement().isSameAs(shown.stream()
                .filter(s -> s.start() == 0).findFirst().orElseThrow());

        List<Suggestion> read = places.caughtUp();
        assertThat(read).hasSize(10).contains(last.withRange(903, 963));
        assertThat(places.caughtUp()).as("nothing moved since").isSameAs(read);
    }

    @Test
    void aKeyInsideASentenceTakesItsSuggestionAwayAndMovesTheRest() {
        List<Suggestion> shown = sentences(10);
        SuggestionPlaces places = new SuggestionPlaces();
        places.reset(shown);

        List<Suggestion> left = places.edited(510, 0, 1);

        assertThat(left).hasSize(9).noneMatch(s -> s.exact().equals(shown.stream()
                .filter(x -> x.start() == 500).findFirst().orElseThrow().exact()));
        assertThat(left).anyMatch(s -> s.start() == 601 && s.end() == 661);
        assertThat(places.size()).isEqualTo(9);
        assertThat(places.moved()).isFalse();
    }

    @Test
    void theSuggestionsWordsAreReadWithoutCatchingThemUp() {
        List<Suggestion> shown = sentences(3);
        SuggestionPlaces places = new SuggestionPlaces();
        places.reset(shown);

        places.edited(0, 0, 5); // typed before all of them: each one moved

        assertThat(places.unplaced()).extracting(Suggestion::exact)
                .containsExactlyElementsOf(shown.stream().map(Suggestion::exact).toList());
        assertThat(places.moved()).as("reading their words made no object").isTrue();
        assertThat(places.caughtUp()).extracting(Suggestion::start)
                .containsExactlyElementsOf(shown.stream().map(s -> s.start() + 5).toList());
    }
}
