package org.checkbench.store;

import java.util.List;

/** The list of schema steps this version of Checkbench knows, oldest first. */
public final class Migrations {

    /** Written to the database header ("CHKB") so we recognise our own files. */
    static final int APPLICATION_ID = 0x43484B42;

    public static final List<Migration> ALL = List.of(SchemaV1.MIGRATION, SchemaV2.MIGRATION, SchemaV3.MIGRATION,
            SchemaV4.MIGRATION, SchemaV5.MIGRATION, SchemaV6.MIGRATION);

    private Migrations() {
    }

    /** The newest workspace format this build reads and writes. */
    public static int latestVersion() {
        return latestOf(ALL);
    }

    static int latestOf(List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalStateException("migrations must be numbered 1, 2, 3, ... without gaps");
            }
        }
        return migrations.size();
    }
}
