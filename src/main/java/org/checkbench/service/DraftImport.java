package org.checkbench.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.checkbench.model.CarriedClaim;
import org.checkbench.model.CarriedClaim.Outcome;
import org.checkbench.model.Revision;

/**
 * A new revision and what became of each claim.
 *
 * @param numbers each claim's number after the draft (text order, orphans last), as the claim list shows it
 * @param outcomes one per claim, ordered by that number
 */
public record DraftImport(Revision revision, Map<Long, Integer> numbers, List<CarriedClaim> outcomes, int wordsAdded,
        int wordsRemoved) {

    public DraftImport {
        numbers = Map.copyOf(numbers);
        Map<Long, Integer> order = numbers;
        outcomes = outcomes.stream()
                .sorted(Comparator.comparingInt(c -> order.getOrDefault(c.claimId(), Integer.MAX_VALUE))).toList();
    }

    public int numberOf(long claimId) {
        return numbers.getOrDefault(claimId, 0);
    }

    public long count(Outcome outcome) {
        return outcomes.stream().filter(c -> c.outcome() == outcome).count();
    }
}
