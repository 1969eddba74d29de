package org.checkbench.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.checkbench.model.Claim;

/** Each claim's number as the claim list and the report show it ({@link ClaimOrder}: text order, orphans last). */
final class ClaimNumbers {

    private ClaimNumbers() {
    }

    static Map<Long, Integer> of(List<Claim> claims) {
        List<Claim> ordered = claims.stream().sorted(ClaimOrder.TEXT_ORDER_ORPHANED_LAST).toList();
        Map<Long, Integer> numbers = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            numbers.put(ordered.get(i).id(), i + 1);
        }
        return numbers;
    }
}
