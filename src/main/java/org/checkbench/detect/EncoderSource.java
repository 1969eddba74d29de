package org.checkbench.detect;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a {@link Detector} gets its encoder: loaded once, on first use, on whichever thread first
 * scores; a failure to load is remembered (the reason is kept for the user's notice) and not
 * retried, so detection goes on with the feature model without paying for the failure again.
 *
 * <p>A loaded encoder can be let go while nobody scores with it ({@link #releaseIfIdleFor}): its
 * session's native memory (weights, arena; some 45 MB, ADR 0158) goes back to the system, and the
 * next use loads it again (ADR 0147). Scoring holds a {@link Lease} so a session is never closed under it.
 */
public final class EncoderSource {

    private final Supplier<LoadedEncoder> loader;
    /** The settings the encoder will load with, known without loading it; null when unknown. */
    private final Supplier<EncoderSettings> declared;
    private volatile Optional<LoadedEncoder> loaded;
    private volatile String failure;
    /** The settings of the encoder last loaded, kept when it is let go (they are a small record). */
    private volatile EncoderSettings lastSettings;
    /** Leases open now; guarded by this object's monitor, like releasing. */
    private int leases;
    private volatile long lastUsedNanos = System.nanoTime();
    private volatile int loads;

    private EncoderSource(Supplier<LoadedEncoder> loader, Supplier<EncoderSettings> declared) {
        this.loader = loader;
        this.declared = declared;
    }

    /** The model, tokenizer and settings shipped in the jar; one shared instance per process. */
    public static EncoderSource shipped() {
        return Shipped.SOURCE;
    }

    /** No encoder: the feature model alone, with no notice (chosen, not a failure). */
    public static EncoderSource none() {
        EncoderSource source = new EncoderSource(() -> null, null);
        source.loaded = Optional.empty();
        return source;
    }

    /** For tests: an encoder loaded by {@code loader}, which may throw {@link EncoderUnavailableException}. */
    public static EncoderSource from(Supplier<LoadedEncoder> loader) {
        return new EncoderSource(loader, null);
    }

    /** For tests: as {@link #from(Supplier)}, with the settings it will load with known beforehand, like the shipped one's. */
    public static EncoderSource from(EncoderSettings settings, Supplier<LoadedEncoder> loader) {
        return new EncoderSource(loader, () -> settings);
    }

    private static final class Shipped {
        static final EncoderSource SOURCE = new EncoderSource(() -> {
            EncoderSettings settings = EncoderSettings.shipped();
            return new LoadedEncoder(EncoderModel.loadShipped(settings.maxTokens()), settings);
        }, EncoderSettings::shipped);
    }

    /** The encoder, loading it if this is the first call; empty when it cannot run. */
    public Optional<LoadedEncoder> get() {
        Optional<LoadedEncoder> result = loaded;
        if (result != null) {
            return result;
        }
        synchronized (this) {
            if (loaded == null) {
                try {
                    loaded = Optional.ofNullable(loader.get());
                    loads++;
                    loaded.ifPresent(encoder -> lastSettings = encoder.settings());
                } catch (EncoderUnavailableException e) {
                    failure = e.getMessage();
                    loaded = Optional.empty();
                } catch (RuntimeException | LinkageError e) {
                    failure = "unexpected error: " + e;
                    loaded = Optional.empty();
                }
            }
            return loaded;
        }
    }

    /**
     * The encoder for one scoring call, loading it if needed; it is not released before the lease
     * is closed. Close it in a finally block (try-with-resources).
     */
    public Lease lease() {
        synchronized (this) {
            leases++;
        }
        try {
            return new Lease(get());
        } catch (RuntimeException | Error e) {
            endLease();
            throw e;
        }
    }

    private synchronized void endLease() {
        leases--;
        lastUsedNanos = System.nanoTime();
    }

    /** One scoring call's hold on the encoder. */
    public final class Lease implements AutoCloseable {
        private final Optional<LoadedEncoder> encoder;
        private boolean closed;

        private Lease(Optional<LoadedEncoder> encoder) {
            this.encoder = encoder;
        }

        /** The encoder, empty when it cannot run (see {@link #failure()}). */
        public Optional<LoadedEncoder> encoder() {
            return encoder;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                endLease();
            }
        }
    }

    /**
     * Closes the loaded encoder when no lease is open and none was closed within {@code idle};
     * the next {@link #get()} or {@link #lease()} loads it again. A failed load stays failed.
     * Callers that kept a {@link LoadedEncoder} from {@link #get()} must not use it afterwards:
     * only the window lets go of encoders, and it scores through leases.
     *
     * @return true when an encoder was closed
     */
    public boolean releaseIfIdleFor(Duration idle) {
        LoadedEncoder released;
        synchronized (this) {
            Optional<LoadedEncoder> current = loaded;
            if (current == null || current.isEmpty() || leases > 0
                    || System.nanoTime() - lastUsedNanos < idle.toNanos()) {
                return false;
            }
            released = current.get();
            loaded = null;
        }
        released.model().close();
        return true;
    }

    /**
     * The settings of an encoder that was loaded and has been let go since, so a caller can tell
     * without loading it again whether a sentence needs it at all; empty while one is loaded, before
     * the first load, and when none can load.
     */
    public Optional<EncoderSettings> settingsWhileReleased() {
        return loaded == null && failure == null ? Optional.ofNullable(lastSettings) : Optional.empty();
    }

    /**
     * The settings the encoder runs (or will run) with, without loading it: a small properties file
     * beside the model, read again at each call before the first load. Empty when no encoder ships
     * or it failed to load, and when they cannot be known beforehand.
     */
    public Optional<EncoderSettings> settingsWithoutLoading() {
        Optional<LoadedEncoder> current = loaded;
        if (current != null) {
            return current.map(LoadedEncoder::settings);
        }
        if (failure != null) {
            return Optional.empty();
        }
        if (lastSettings != null) {
            return Optional.of(lastSettings);
        }
        try {
            return declared == null ? Optional.empty() : Optional.ofNullable(declared.get());
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // the load will say why, and the notice with it
        }
    }

    /** Whether an encoder is in memory now. */
    public boolean isLoaded() {
        Optional<LoadedEncoder> current = loaded;
        return current != null && current.isPresent();
    }

    /** How many times an encoder was loaded (more than once when one was released), for tests and benchmarks. */
    public int loads() {
        return loads;
    }

    /** Why the encoder could not load, once a load was tried and failed. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
