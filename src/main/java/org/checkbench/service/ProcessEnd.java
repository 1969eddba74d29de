package org.checkbench.service;

import org.checkbench.detect.OnnxExitGuard;

/**
 * How the program ends its process: the model calls running on background threads (an encoder
 * loading or scoring, an embedding) finish or are held back first, so quitting during them ends
 * the process normally instead of in a crash inside ONNX Runtime (see {@link OnnxExitGuard}).
 */
public final class ProcessEnd {

    private ProcessEnd() {
    }

    public static void exit(int status) {
        OnnxExitGuard.closeForExit();
        System.exit(status);
    }
}
