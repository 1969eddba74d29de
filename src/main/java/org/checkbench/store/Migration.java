package org.checkbench.store;

import java.util.List;

/**
 * One numbered step of the workspace schema. Step N takes a file from format N-1 to format N; the
 * steps only ever move forward (ADR 0011).
 */
public record Migration(int version, String description, List<String> statements) {

    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1");
        }
        statements = List.copyOf(statements);
    }
}
