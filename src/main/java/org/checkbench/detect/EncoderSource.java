package org.checkbench.detect;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a {@link Detector} gets its encoder: loaded once, on first use, on whichever thread first
 * scores; a failure to load is remembered (the reason is kept for the user's notice) and not
 * retried, so detection goes on with the feature model without paying for the failure again.
 */
public final class EncoderSource {

    private final Supplier<LoadedEncoder> loader;
    private volatile Optional<LoadedEncoder> loaded;
    private volatile String failure;

    private EncoderSource(Supplier<LoadedEncoder> loader) {
        this.loader = loader;
    }

    /** The model, tokenizer and settings shipped in the jar; one shared instance per process. */
    public static EncoderSource shipped() {
        return Shipped.SOURCE;
    }

    /** No encoder: the feature model alone, with no notice (chosen, not a failure). */
    public static EncoderSource none() {
        EncoderSource source = new EncoderSource(() -> null);
        source.loaded = Optional.empty();
        return source;
    }

    /** For tests: an encoder loaded by {@code loader}, which may throw {@link EncoderUnavailableException}. */
    public static EncoderSource from(Supplier<LoadedEncoder> loader) {
        return new EncoderSource(loader);
    }

    private static final class Shipped {
        static final EncoderSource SOURCE = new EncoderSource(() -> {
            EncoderSettings settings = EncoderSettings.shipped();
            return new LoadedEncoder(EncoderModel.loadShipped(settings.maxTokens()), settings);
        });
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

    /** Why the encoder could not load, once a load was tried and failed. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
