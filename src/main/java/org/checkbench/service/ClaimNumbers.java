package org.checkbench.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.checkbench.model.Claim;

/**
 * Claims are numbered 1..n in text order, orphans last (they have no place to be numbered by), as
 * the claim list and the report number them.
 */
final class ClaimNumbers {

    private ClaimNumbers() {
    }

    /** @param inTextOrder claims as the store lists them (by start) */
    static Map<Long, Integer> of(List<Claim> inTextOrder) {
        List<Claim> ordered = new ArrayList<>();
        inTextOrder.stream().filter(c -> !c.orphaned()).forEach(ordered::add);
        inTextOrder.stream().filter(Claim::orphaned).forEach(ordered::add);
        Map<Long, Integer> numbers = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            numbers.put(ordered.get(i).id(), i + 1);
        }
        return numbers;
    }
}
