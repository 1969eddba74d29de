package org.checkbench.ui.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.checkbench.service.WorkspaceService;

/**
 * The workspace and article a launch will show, opened on a thread of their own while JavaFX starts
 * (issue 18, ADR 0143): the window then finds them ready, or waits for them on the worker, never on
 * the FX thread. One opening at most, claimed once, by the same service and the same request; any
 * other request opens as usual.
 */
final class EarlyOpen {

    private record Request(WorkspaceService service, Path workspace, Path article, boolean createIfMissing) {
    }

    private static Request pendingRequest;
    private static FutureTask<Object> pending;

    private EarlyOpen() {
    }

    static synchronized void start(WorkspaceService service, Path workspace, Path article, boolean createIfMissing,
            Callable<?> work) {
        @SuppressWarnings("unchecked")
        FutureTask<Object> task = new FutureTask<>((Callable<Object>) work) {
            @Override
            protected void done() {
                org.checkbench.service.LaunchTimeline.mark("early opening done");
            }
        };
        pendingRequest = new Request(service, workspace, article, createIfMissing);
        pending = task;
        Thread thread = new Thread(task, "checkbench-early-open");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The opening started for exactly this request, as work that waits for it (for the worker), or
     * null when none was started for it. Failures come out as they would have from opening directly.
     */
    static synchronized <T> Callable<T> claim(WorkspaceService service, Path workspace, Path article,
            boolean createIfMissing, Class<T> type) {
        if (pending == null || pendingRequest.service() != service
                || !Objects.equals(pendingRequest.workspace(), workspace) || !Objects.equals(pendingRequest.article(), article)
                || pendingRequest.createIfMissing() != createIfMissing) {
            return null;
        }
        FutureTask<Object> task = pending;
        pending = null;
        pendingRequest = null;
        return () -> {
            try {
                return type.cast(task.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        };
    }
}
