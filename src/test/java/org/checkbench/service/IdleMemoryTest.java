package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;

import org.checkbench.detect.GlibcMalloc;
import org.junit.jupiter.api.Test;

import com.sun.management.HotSpotDiagnosticMXBean;

class IdleMemoryTest {

    private static String option(String name) {
        return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption(name).getValue();
    }

    @Test
    void givingBackTheHeapLeavesTheShippedFreeRatiosAsTheyWereForTheNextTyping() {
        String min = option("MinHeapFreeRatio");
        String max = option("MaxHeapFreeRatio");
        byte[][] garbage = new byte[64][];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = new byte[256 * 1024];
        }
        assertThat(garbage[63]).hasSize(256 * 1024);

        IdleMemory.giveBackHeap();

        assertThat(option("MinHeapFreeRatio")).isEqualTo(min);
        assertThat(option("MaxHeapFreeRatio")).isEqualTo(max);
    }

    @Test
    void whileCappedTheHeapKeepsAtMostAFifthFreeAndAfterwardsTheRatiosAreAsTheyWere() {
        String min = option("MinHeapFreeRatio");
        String max = option("MaxHeapFreeRatio");

        Runnable uncap = IdleMemory.capHeap();
        String cappedMin = option("MinHeapFreeRatio");
        String cappedMax = option("MaxHeapFreeRatio");
        uncap.run();

        assertThat(Integer.parseInt(cappedMax)).isLessThanOrEqualTo(Math.min(20, Integer.parseInt(max)));
        assertThat(Integer.parseInt(cappedMin)).isLessThanOrEqualTo(Integer.parseInt(cappedMax));
        assertThat(option("MinHeapFreeRatio")).isEqualTo(min);
        assertThat(option("MaxHeapFreeRatio")).isEqualTo(max);
    }

    @Test
    void aGiveBackWhileCappedLeavesTheHeapCappedSoTheReportWarmUpStartsNearItsLiveData() {
        String min = option("MinHeapFreeRatio");
        String max = option("MaxHeapFreeRatio");

        Runnable uncap = IdleMemory.capHeap();
        String cappedMax = option("MaxHeapFreeRatio");
        IdleMemory.giveBackHeap(); // what letting the encoders go before the warm-up does (ADR 0149)
        String afterGiveBack = option("MaxHeapFreeRatio");
        uncap.run();

        assertThat(afterGiveBack).isEqualTo(cappedMax);
        assertThat(option("MinHeapFreeRatio")).isEqualTo(min);
        assertThat(option("MaxHeapFreeRatio")).isEqualTo(max);
    }

    @Test
    void trimmingIsCountedWhereGlibcTookTheSettingsAndHarmlessElsewhere() {
        boolean glibc = GlibcMalloc.returnLargeBlocksToTheSystem();
        long before = GlibcMalloc.trimCosts()[0];

        IdleMemory.trimMalloc();

        assertThat(GlibcMalloc.trimCosts()[0]).isEqualTo(glibc ? before + 1 : before);
    }
}
