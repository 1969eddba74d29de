package org.checkbench.detect;

/**
 * The arithmetic of the ensemble's answers on the feature model's scale (the class comment of
 * {@link Detector}): where its probability lands, and which feature scores settle a sentence's
 * answer without the encoder (ADRs 0111, 0113). Split out of {@link Detector} to keep it readable.
 *
 * @param anchor the feature model's threshold, where the ensemble's threshold lands
 */
record EnsembleScale(double anchor) {

    /**
     * Maps an ensemble probability onto the feature model's scale: piecewise linear, monotone,
     * 0 -> 0, the ensemble's threshold -> the feature model's threshold, 1 -> 1.
     */
    double onFeatureScale(double probability, double ensembleThreshold) {
        return probability < ensembleThreshold ? anchor * probability / ensembleThreshold
                : anchor + (1 - anchor) * (probability - ensembleThreshold) / (1 - ensembleThreshold);
    }

    /**
     * True when the ensemble could not reach {@code threshold} (on the common scale) for a sentence
     * of this feature score even with the encoder's probability at 1: its feature score alone keeps
     * it below. Exact, no approximation: the decision is the one the encoder would lead to.
     */
    boolean cannotLift(double featureProbability, double threshold, EncoderSettings settings) {
        return onFeatureScale(settings.combine(1.0, featureProbability), settings.ensembleThreshold()) < threshold;
    }

    /**
     * True when the feature model scores a sentence so high ({@link EncoderSettings#confidentFeature})
     * that the ensemble reaches {@code threshold} with the encoder at the floor it keeps to for
     * such sentences ({@link EncoderSettings#encoderFloor}). Not exact: on crowdsourced.tsv the
     * encoder went under that floor for 8 of 2,564 such sentences (ADR 0113).
     */
    boolean confidentlyOver(double featureProbability, double threshold, EncoderSettings settings) {
        return featureProbability >= settings.confidentFeature()
                && onFeatureScale(settings.combine(settings.encoderFloor(), featureProbability),
                        settings.ensembleThreshold()) >= threshold;
    }

    /** Whether the encoder's probability can change whether a sentence of this feature score is suggested at {@code threshold}. */
    boolean needsEncoder(double featureProbability, double threshold, EncoderSettings settings) {
        return !cannotLift(featureProbability, threshold, settings)
                && !confidentlyOver(featureProbability, threshold, settings);
    }
}
