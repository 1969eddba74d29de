package org.checkbench.ui.editor;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

import javafx.scene.Scene;

import org.checkbench.ui.fx.AfterLayout;

/**
 * Lets the young collection that typing makes due come between two keys instead of inside one (issue
 * 18, ADR 0180). Each key allocates ~0.2 MB on the FX thread; the serial collector stops every thread
 * when eden is full, and as the FX thread allocates most while it handles a key, the collection
 * mostly fell inside a key: 2-24 ms added to it. After a key's frame is laid out, when eden has less
 * room left than {@link #HEADROOM_BYTES}, one allocation larger than that room fills it, so the
 * collection runs there, where no key waits. It is the collection the next keys would have paid a few
 * keys later; it is never a full one (the old generation is not touched by asking).
 * {@code -Dcheckbench.noCollectionBetweenKeys=true} leaves it off (for comparing).
 */
final class CollectionBetweenKeys {

    /** About ten keys' allocation on the FX thread, and less than a sixth of the shipped eden (19 MB). */
    static final long HEADROOM_BYTES = 2L << 20;

    private static final MemoryPoolMXBean EDEN = eden();

    /** Written so the filling allocation is not taken away by the compiler as unused. */
    @SuppressWarnings("unused")
    private static volatile byte[] filler;

    private boolean asked;

    /** The checker edited the text: look at eden once that frame is laid out. FX thread. */
    void edited(Scene scene) {
        if (EDEN == null || asked || scene == null || Boolean.getBoolean("checkbench.noCollectionBetweenKeys")) {
            return;
        }
        asked = true;
        AfterLayout.run(scene, () -> {
            asked = false;
            collectIfNearlyFull();
        });
    }

    private static void collectIfNearlyFull() {
        MemoryUsage usage = EDEN.getUsage();
        long room = usage.getCommitted() - usage.getUsed();
        if (shouldCollect(room)) {
            filler = new byte[(int) room + 1024];
            filler = null;
        }
    }

    /** Whether eden's {@code room} left is small enough to be filled now. */
    static boolean shouldCollect(long room) {
        return room >= 0 && room < HEADROOM_BYTES;
    }

    /** The young generation's eden under the serial collector; null with another collector. */
    private static MemoryPoolMXBean eden() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().equals("Eden Space")) {
                return pool;
            }
        }
        return null;
    }
}
