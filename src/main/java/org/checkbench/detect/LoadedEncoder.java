package org.checkbench.detect;

/** An encoder ready to score, with the settings it was shipped with. */
public record LoadedEncoder(EncoderModel model, EncoderSettings settings) {
}
