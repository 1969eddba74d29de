package org.checkbench.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * How the shipped encoder is used, written by {@code train/} next to the model
 * ({@code encoder.properties}): the token limit it was trained with, the weight of its probability
 * in the ensemble with the feature model, and the thresholds chosen on ClaimBuster's ground truth
 * (the only use made of those labels besides early stopping; see {@code train/README.md}).
 *
 * @param maxTokens       sentences are cut to this many tokens, as in training
 * @param encoderWeight   ensemble probability = w * encoder + (1 - w) * feature model
 * @param ensembleThreshold the ensemble probability at and above which a sentence is suggested
 * @param encoderThreshold the same for the encoder alone (for evaluation only)
 * @param confidentFeature a feature probability at or above which the encoder is assumed to say at
 *                         least {@code encoderFloor} (ADR 0113): such sentences skip the encoder when
 *                         that floor already carries the ensemble over the threshold; above 1: never
 * @param encoderFloor     see {@code confidentFeature}
 */
public record EncoderSettings(int maxTokens, double encoderWeight, double ensembleThreshold, double encoderThreshold,
        double confidentFeature, double encoderFloor) {

    /** Settings without the confident-feature shortcut: every sentence the threshold leaves open goes to the encoder. */
    public EncoderSettings(int maxTokens, double encoderWeight, double ensembleThreshold, double encoderThreshold) {
        this(maxTokens, encoderWeight, ensembleThreshold, encoderThreshold, NEVER, 0);
    }

    /** A {@code confidentFeature} no probability reaches. */
    static final double NEVER = 2;

    static final String RESOURCE = EncoderModel.RESOURCE_DIR + "encoder.properties";

    public EncoderSettings {
        if (maxTokens < 8 || !(encoderWeight >= 0 && encoderWeight <= 1)
                || !(ensembleThreshold > 0 && ensembleThreshold < 1) || !(encoderThreshold > 0 && encoderThreshold < 1)
                || !(confidentFeature > 0) || !(encoderFloor >= 0 && encoderFloor <= 1)) {
            throw new IllegalArgumentException("encoder settings out of range: " + maxTokens + ", " + encoderWeight
                    + ", " + ensembleThreshold + ", " + encoderThreshold + ", " + confidentFeature + ", " + encoderFloor);
        }
    }

    /** The settings shipped beside the model; a missing file means no encoder ships. */
    static EncoderSettings shipped() {
        try (InputStream in = EncoderSettings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new EncoderUnavailableException("its settings " + RESOURCE + " are missing from the jar");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new EncoderSettings(Integer.parseInt(p.getProperty("max.tokens").strip()),
                    Double.parseDouble(p.getProperty("ensemble.encoder.weight").strip()),
                    Double.parseDouble(p.getProperty("ensemble.threshold").strip()),
                    Double.parseDouble(p.getProperty("encoder.threshold").strip()),
                    Double.parseDouble(p.getProperty("cascade.feature.confident", Double.toString(NEVER)).strip()),
                    Double.parseDouble(p.getProperty("cascade.encoder.floor", "0").strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        } catch (RuntimeException e) {
            throw e instanceof EncoderUnavailableException u ? u
                    : EncoderUnavailableException.because("its settings " + RESOURCE + " are unreadable", e);
        }
    }

    /** The ensemble's probability of "check-worthy". */
    double combine(double encoderProbability, double featureProbability) {
        return encoderWeight * encoderProbability + (1 - encoderWeight) * featureProbability;
    }
}
