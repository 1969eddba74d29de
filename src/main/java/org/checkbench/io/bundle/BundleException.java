package org.checkbench.io.bundle;

/** A bundle that cannot be imported (damaged, from a newer Checkbench, not a bundle); the message says why. */
public final class BundleException extends RuntimeException {

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }

    public BundleException(String message) {
        super(message);
    }
}
