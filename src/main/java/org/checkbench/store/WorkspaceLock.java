package org.checkbench.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second Checkbench from writing a workspace that one already has open (ADR 0010).
 *
 * <p>The lock is an OS lock on a small sidecar file ({@code NAME.lock}) rather than on the
 * database itself: on POSIX systems Java's locks and SQLite's are the same fcntl locks, and closing
 * any descriptor of a file drops all of a process's locks on it, which would silently undo SQLite's
 * own locking. The OS releases the lock when the process dies, so a crash never leaves a workspace
 * "locked" for ever. The sidecar file is left in place on close: deleting it would let a process
 * that had just opened the old file lock a file nobody else sees.
 */
final class WorkspaceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path workspaceFile) {
        return workspaceFile.resolveSibling(workspaceFile.getFileName() + ".lock");
    }

    static WorkspaceLock acquire(Path workspaceFile) {
        Path lockFile = lockFileOf(workspaceFile);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw WorkspaceException.readOnly(workspaceFile, "The folder " + workspaceFile.getParent());
        } catch (IOException e) {
            throw WorkspaceException.ioError(workspaceFile, "cannot create " + lockFile + ": " + e.getMessage(), e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                closeQuietly(channel);
                throw WorkspaceException.locked(workspaceFile);
            }
            return new WorkspaceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            // This very process has it open already (a second window on the same workspace).
            closeQuietly(channel);
            throw WorkspaceException.locked(workspaceFile);
        } catch (IOException e) {
            closeQuietly(channel);
            throw WorkspaceException.ioError(workspaceFile, "cannot lock " + lockFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases it as well.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing useful to do: the OS drops the lock with the descriptor or the process.
        }
    }
}
