package org.checkbench.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The entry point the rest of Checkbench calls: split an article into units and score each for
 * check-worthiness, with reasons a checker reads (number, date, named source, quotation, ...).
 *
 * <p>Scores come from the ensemble of the fine-tuned encoder ({@link EncoderModel}) and the
 * feature model ({@link CheckWorthinessModel}); when the encoder cannot load, from the feature
 * model alone, and {@link #notice()} says so. Either way the score scale is the same: the
 * ensemble's probability is mapped so that its tuned threshold lands on the feature model's
 * (0.34), so one default threshold and the user's preference mean the same thing with both.
 * Datelines, bylines, photo credits and fragments ({@link UnitKind}) score 0.
 *
 * <p>Thread-safe. The encoder loads on the first call that scores (a few hundred ms): never call
 * from the FX thread. A 1 MB article takes seconds with the encoder: use
 * {@link #detect(String, double, int, int, DetectionProgress)} to get the visible part first.
 */
public final class Detector {

    /** Scores remembered by sentence text: re-detection after an edit scores only what changed. */
    static final int CACHE_SENTENCES = 20_000;

    /** Sentences the feature model scores between two progress reports (the caller may stop or wait there). */
    static final int FEATURE_BATCH = 256;

    private final SentenceSplitter splitter;
    /**
     * The feature model, asked for at each use: the shipped weights (16,000 lines) are read on the
     * first score or threshold, not when a workspace opens, so launch does not parse them before the
     * article is shown (issue 18, ADR 0156).
     */
    private final Supplier<CheckWorthinessModel> features;
    private final EncoderSource encoder;
    private final ScoreCache cache;
    /**
     * The feature model's own probability and reasons by sentence text (the score field holds the
     * raw probability): sentences that skip the encoder are not in {@link #cache} (a lower threshold
     * may need the encoder for them), and re-detection after a save must not score them again.
     */
    private final ScoreCache featureCache;
    /** Detections running now, and when the last one ended: other background work waits for them (ADR 0148). */
    private final java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
    private volatile long lastEndedNanos = System.nanoTime();
    /**
     * Whether the last detection was stopped by its caller before its end (a save while the
     * checker typed): its rest may still be scored. A failure is no stop, nor is a stop for good
     * (the article closed, {@link DetectionProgress#stop}).
     */
    private volatile boolean lastStopped;

    public Detector(SentenceSplitter splitter, CheckWorthinessModel features, EncoderSource encoder) {
        this(splitter, features, encoder, CACHE_SENTENCES);
    }

    /** @param cacheSentences how many sentences' scores to remember (0: none, every call scores everything) */
    public Detector(SentenceSplitter splitter, CheckWorthinessModel features, EncoderSource encoder, int cacheSentences) {
        this(splitter, () -> features, encoder, cacheSentences);
    }

    private Detector(SentenceSplitter splitter, Supplier<CheckWorthinessModel> features, EncoderSource encoder,
            int cacheSentences) {
        this.splitter = splitter;
        this.features = features;
        this.encoder = encoder;
        this.cache = new ScoreCache(cacheSentences);
        this.featureCache = new ScoreCache(cacheSentences);
    }

    /** A detector with the feature model alone (no encoder), e.g. freshly trained weights. */
    public Detector(SentenceSplitter splitter, CheckWorthinessModel features) {
        this(splitter, features, EncoderSource.none());
    }

    /** The splitter, the shipped feature weights and the shipped encoder (loaded on first use). */
    public static Detector standard() {
        return new Detector(new SentenceSplitter(), CheckWorthinessModel::shipped, EncoderSource.shipped(), CACHE_SENTENCES);
    }

    /** The splitter and the feature model only: the fast fallback, and the old detector for comparisons. */
    public static Detector featuresOnly() {
        return new Detector(new SentenceSplitter(), CheckWorthinessModel::shipped, EncoderSource.none(), CACHE_SENTENCES);
    }

    ScoreCache cache() {
        return cache;
    }

    /** The default threshold, the same with and without the encoder (see the class comment). */
    public double defaultThreshold() {
        return features.get().threshold();
    }

    /**
     * Empty while the encoder works (or has not been needed yet); otherwise a sentence for the
     * user saying that suggestions come from the simpler model, and why.
     */
    public Optional<String> notice() {
        return encoder.failure().map(reason -> "Suggestions come from the simpler feature model: the trained"
                + " check-worthiness model could not load (" + reason + "). They are less accurate on news prose.");
    }

    /** Loads the encoder now if it is not loaded yet; true when it runs. For a background warm-up. */
    public boolean warmUp() {
        try (EncoderSource.Lease lease = encoder.lease()) {
            return lease.encoder().isPresent();
        }
    }

    /**
     * Loads the encoder now, on the calling (background) thread, when detecting the units around
     * {@code [from, to)} of {@code text} at {@code threshold} will need it: one of them is a sentence
     * the feature model does not settle (ADR 0113), and the encoder is not loaded yet. So its load
     * (0.6-0.7 s) can overlap opening the article instead of following it (ADR 0117). The feature
     * scores it works out are remembered for the detection.
     *
     * @return true when it loaded the encoder now
     */
    public boolean loadEncoderIfNeededFor(String text, double threshold, int from, int to) {
        Optional<EncoderSettings> settings = encoder.isLoaded() ? Optional.empty() : encoder.settingsWithoutLoading();
        if (settings.isEmpty()) {
            return false;
        }
        for (SentenceSpan span : splitter.splitAround(text, from, to)) {
            String unit = span.of(text);
            if (span.start() < to && span.end() > from && UnitKind.of(unit) == UnitKind.TEXT && cache.get(unit) == null
                    && needsEncoder(featureScore(unit).score(), threshold, settings.get())) {
                return warmUp();
            }
        }
        return false;
    }

    /**
     * Lets the encoder's native memory go when nothing has scored for {@code idle} (ADR 0147); the
     * next scoring call loads it again, on its own (background) thread, with the same scores.
     *
     * @return true when it was released now
     */
    public boolean releaseEncoderIfIdleFor(java.time.Duration idle) {
        return encoder.releaseIfIdleFor(idle);
    }

    /** True while the encoder's session is loaded (scoring or idle, not yet let go). */
    public boolean encoderLoaded() {
        return encoder.isLoaded();
    }

    public List<SentenceSuggestion> detect(String text) {
        return detect(text, defaultThreshold());
    }

    /** Every unit of {@code text} in order, suggested when its score is at least {@code threshold}. */
    public List<SentenceSuggestion> detect(String text, double threshold) {
        return detect(text, threshold, 0, 0, DetectionProgress.SILENT);
    }

    /**
     * Every unit of {@code text} in order. Units overlapping {@code [firstFrom, firstTo)} (the part
     * on screen) are scored first and handed to {@code progress.firstPart}; the rest follow in
     * batches with {@code progress.scored} counts.
     */
    public List<SentenceSuggestion> detect(String text, double threshold, int firstFrom, int firstTo,
            DetectionProgress progress) {
        running.incrementAndGet();
        boolean stopped = false;
        try {
            return detectNow(text, threshold, firstFrom, firstTo, progress);
        } catch (java.util.concurrent.CancellationException stop) {
            stopped = !(stop instanceof DetectionProgress.StoppedForGood);
            throw stop;
        } finally {
            lastStopped = stopped;
            lastEndedNanos = System.nanoTime();
            running.decrementAndGet();
        }
    }

    /**
     * True when the last detection was stopped by its caller (a {@link
     * java.util.concurrent.CancellationException} from its progress) before its end: what it had
     * not reached is likely asked for again once the checker rests, so the report warm-up waits
     * for that (ADR 0159). How many lanes that rest gets is its caller's to say ({@link
     * DetectionProgress#lanes}): only the caller knows the next detection is that rest.
     */
    public boolean lastDetectionStopped() {
        return lastStopped;
    }

    /**
     * True when no detection runs now and none has ended within {@code quiet}: the moment for other
     * background work that would otherwise add its memory to detection's peak (the report warm-up,
     * ADR 0148). A detection that has not started yet is not seen.
     */
    public boolean quietFor(java.time.Duration quiet) {
        return running.get() == 0 && System.nanoTime() - lastEndedNanos >= quiet.toNanos();
    }

    private List<SentenceSuggestion> detectNow(String text, double threshold, int firstFrom, int firstTo,
            DetectionProgress progress) {
        java.util.BitSet wrapped = HardWrap.joinedBreaks(text);
        progress.checkpoint();
        // The part on screen first, split on its own (the whole text's split is 0.1-0.15 s for 1 MB)
        // and what the feature model settles there shown before the encoder is loaded (ADR 0117).
        List<SentenceSpan> firstSpans = new ArrayList<>();
        ScoredSentence[] firstScored = new ScoredSentence[0];
        if (firstTo > firstFrom) {
            for (SentenceSpan span : splitter.splitAround(text, wrapped, firstFrom, firstTo)) {
                if (span.start() < firstTo && span.end() > firstFrom) {
                    firstSpans.add(span);
                }
            }
        }
        if (!firstSpans.isEmpty()) {
            List<String> firstUnits = new ArrayList<>(firstSpans.size());
            List<Integer> all = new ArrayList<>(firstSpans.size());
            for (SentenceSpan span : firstSpans) {
                all.add(all.size());
                firstUnits.add(span.of(text));
            }
            reportSettled(firstSpans, firstUnits, threshold, progress);
            firstScored = new ScoredSentence[firstSpans.size()];
            scoreInto(firstUnits, all, firstScored, threshold, done -> { }, progress::lanes, progress::checkpoint);
            List<SentenceSuggestion> firstPart = new ArrayList<>(firstSpans.size());
            for (int k = 0; k < firstSpans.size(); k++) {
                firstPart.add(suggestion(firstSpans.get(k), firstScored[k], threshold));
            }
            progress.firstPart(firstPart);
        }
        List<SentenceSpan> spans = splitter.split(text, wrapped, 0, text.length(), progress::checkpoint);
        List<String> units = new ArrayList<>(spans.size());
        List<Integer> rest = new ArrayList<>();
        ScoredSentence[] scored = new ScoredSentence[spans.size()];
        int k = 0;
        for (int i = 0; i < spans.size(); i++) {
            SentenceSpan span = spans.get(i);
            units.add(span.of(text));
            if (k < firstSpans.size() && span.equals(firstSpans.get(k))) {
                scored[i] = firstScored[k++]; // the same unit as split on its own: scored already
            } else {
                rest.add(i);
            }
        }
        int total = spans.size();
        int alreadyDone = k;
        progress.scored(alreadyDone, total);
        scoreInto(units, rest, scored, threshold, done -> progress.scored(alreadyDone + done, total), progress::lanes,
                progress::checkpoint);
        List<SentenceSuggestion> suggestions = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            suggestions.add(suggestion(spans.get(i), scored[i], threshold));
        }
        return suggestions;
    }

    /**
     * Before the encoder is loaded for the part on screen: hands {@code progress.settledFirst} the
     * units whose answer is final without it (not text, remembered, or settled by the feature model
     * as in {@link #scoreInto}), so their suggestions can be shown at once. Nothing when the encoder
     * is loaded (it answers in tens of ms), when its settings are unknown (none ships, or it failed)
     * or when nothing on screen waits for it (then the first part itself comes without it).
     */
    private void reportSettled(List<SentenceSpan> spans, List<String> units, double threshold,
            DetectionProgress progress) {
        Optional<EncoderSettings> settings = encoder.isLoaded() ? Optional.empty() : encoder.settingsWithoutLoading();
        if (settings.isEmpty()) {
            return;
        }
        List<SentenceSuggestion> settled = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            String unit = units.get(k);
            UnitKind kind = UnitKind.of(unit);
            ScoredSentence remembered = kind == UnitKind.TEXT ? cache.get(unit) : null;
            ScoredSentence known = kind != UnitKind.TEXT ? new ScoredSentence(0, List.of(kind.reason()))
                    : remembered != null ? remembered : settledWithoutEncoder(unit, threshold, settings.get());
            if (known != null) {
                settled.add(suggestion(spans.get(k), known, threshold));
            }
        }
        if (settled.size() < spans.size()) {
            progress.settledFirst(settled);
        }
    }

    private static SentenceSuggestion suggestion(SentenceSpan span, ScoredSentence scored, double threshold) {
        return new SentenceSuggestion(span.start(), span.end(), scored.score(), scored.reasons(),
                scored.score() >= threshold);
    }

    /** Scores one sentence as given, without splitting it. */
    public ScoredSentence score(String sentence) {
        return scoreAll(List.of(sentence)).get(0);
    }

    /**
     * Scores sentences as given, in order, batched through the encoder: every text unit with both
     * models (what {@code detect --sentences} prints and thresholds are chosen on).
     */
    public List<ScoredSentence> scoreAll(List<String> sentences) {
        return scoreAll(sentences, Double.NaN);
    }

    /**
     * Scores sentences as given, in order, the way {@link #detect} scores an article's units for
     * {@code threshold}: sentences whose answer the feature model settles skip the encoder
     * ({@link #needsEncoder}). Whether each is suggested is what {@code detect} decides; for
     * {@code detect --evaluate}.
     */
    public List<ScoredSentence> scoreAll(List<String> sentences, double threshold) {
        List<Integer> all = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            all.add(i);
        }
        ScoredSentence[] scored = new ScoredSentence[sentences.size()];
        scoreInto(sentences, all, scored, threshold, done -> { }, () -> EncoderModel.MAX_LANES, () -> { });
        return List.of(scored);
    }

    /**
     * Scores {@code units[which]} into {@code scored[which]}: non-text units get 0, remembered
     * sentences their remembered score, and the rest go through the models, batch by batch, each
     * batch remembered as soon as it is scored (a detection stopped half-way keeps what it did).
     *
     * <p>With a {@code threshold} (not NaN), a sentence whose answer the feature model settles is not
     * sent to the encoder ({@link #needsEncoder}): one scored so low that the ensemble could not
     * reach the threshold even if the encoder were certain (exact: about half the sentences of news
     * prose), and one scored so high that the encoder's usual floor for such sentences carries it
     * over (ADR 0113). Its score is then the feature model's, on the common scale (on the
     * threshold's side the ensemble's would be); only its feature score is remembered.
     */
    private void scoreInto(List<String> units, List<Integer> which, ScoredSentence[] scored, double threshold,
            java.util.function.IntConsumer progress, java.util.function.IntSupplier lanes, Runnable checkpoint) {
        List<Integer> fresh = new ArrayList<>(which.size());
        List<String> freshUnits = new ArrayList<>(which.size());
        Optional<EncoderSettings> letGo = Double.isNaN(threshold) ? Optional.empty() : encoder.settingsWhileReleased();
        int looked = 0;
        for (int i : which) {
            if (looked > 0 && looked % FEATURE_BATCH == 0) {
                checkpoint.run();
            }
            looked++;
            String unit = units.get(i);
            UnitKind kind = UnitKind.of(unit);
            ScoredSentence remembered = kind == UnitKind.TEXT ? cache.get(unit) : null;
            if (kind != UnitKind.TEXT) {
                scored[i] = new ScoredSentence(0, List.of(kind.reason()));
            } else if (remembered != null) {
                scored[i] = remembered;
            } else {
                // An encoder let go while idle (ADR 0147) is loaded again only for a sentence that
                // needs it: the sentence a checker just typed into is often settled without it.
                ScoredSentence settled = letGo.isPresent() ? settledWithoutEncoder(unit, threshold, letGo.get()) : null;
                if (settled != null) {
                    scored[i] = settled;
                } else {
                    fresh.add(i);
                    freshUnits.add(unit);
                }
            }
        }
        if (fresh.isEmpty()) {
            progress.accept(which.size());
            return;
        }
        // Before the encoder is loaded (a second or more of a core when it was let go): the caller may
        // stop here, or wait while the checker types (ADR 0114).
        checkpoint.run();
        // Held until the batches are scored: an idle encoder may be let go, never one in use.
        try (EncoderSource.Lease lease = encoder.lease()) {
            scoreFresh(fresh, freshUnits, lease.encoder(), scored, threshold, which.size(), progress, lanes, checkpoint);
        }
    }

    /** The score of a sentence whose answer the feature model settles at {@code threshold}; null when the encoder must say. */
    private ScoredSentence settledWithoutEncoder(String unit, double threshold, EncoderSettings settings) {
        ScoredSentence feature = featureScore(unit);
        return needsEncoder(feature.score(), threshold, settings) ? null : ensemble(feature.score(), feature, settings);
    }

    private void scoreFresh(List<Integer> fresh, List<String> freshUnits, Optional<LoadedEncoder> loaded,
            ScoredSentence[] scored, double threshold, int units, java.util.function.IntConsumer progress,
            java.util.function.IntSupplier lanes, Runnable checkpoint) {
        if (loaded.isEmpty()) {
            for (int k = 0; k < fresh.size(); k++) {
                scored[fresh.get(k)] = featureScore(freshUnits.get(k));
            }
            progress.accept(units);
            return;
        }
        LoadedEncoder model = loaded.get();
        EncoderSettings settings = model.settings();
        List<Integer> forEncoder = new ArrayList<>(fresh.size());
        List<String> forEncoderUnits = new ArrayList<>(fresh.size());
        // Kept by position: with a small feature cache the sink would compute them a second time.
        List<ScoredSentence> forEncoderFeatures = new ArrayList<>(fresh.size());
        for (int k = 0; k < fresh.size(); k++) {
            if (k > 0 && k % FEATURE_BATCH == 0) {
                // Between batches of the feature model too (a few thousand sentences take most of a
                // second): the caller may stop here, or wait while the checker types.
                checkpoint.run();
            }
            String unit = freshUnits.get(k);
            ScoredSentence feature = featureScore(unit);
            if (!Double.isNaN(threshold) && !needsEncoder(feature.score(), threshold, settings)) {
                scored[fresh.get(k)] = ensemble(feature.score(), feature, settings);
            } else {
                forEncoder.add(fresh.get(k));
                forEncoderUnits.add(unit);
                forEncoderFeatures.add(feature);
            }
        }
        int[] done = {units - forEncoder.size()};
        progress.accept(done[0]);
        model.model().score(forEncoderUnits, (batch, probabilities) -> {
            for (int k = 0; k < batch.length; k++) {
                String unit = forEncoderUnits.get(batch[k]);
                ScoredSentence result = ensemble(probabilities[k], forEncoderFeatures.get(batch[k]), settings);
                scored[forEncoder.get(batch[k])] = result;
                cache.put(unit, result);
            }
            done[0] += batch.length;
            progress.accept(done[0]);
        }, lanes);
        progress.accept(units);
    }

    /**
     * How many units of {@code text} a detection at {@code threshold} sends to the encoder (with
     * no score cache): text units whose answer the feature model does not settle. For the
     * benchmark; 0 without the encoder.
     */
    public int encoderRuns(String text, double threshold) {
        Optional<LoadedEncoder> loaded;
        try (EncoderSource.Lease lease = encoder.lease()) {
            loaded = lease.encoder();
        }
        if (loaded.isEmpty()) {
            return 0;
        }
        int runs = 0;
        for (SentenceSpan span : splitter.split(text)) {
            String unit = span.of(text);
            if (UnitKind.of(unit) == UnitKind.TEXT
                    && needsEncoder(featureScore(unit).score(), threshold, loaded.get().settings())) {
                runs++;
            }
        }
        return runs;
    }

    /** True when the encoder could not lift {@code unit} to {@code threshold} ({@link EnsembleScale#cannotLift}). */
    boolean encoderCannotLift(String unit, double threshold, EncoderSettings settings) {
        return scale().cannotLift(featureScore(unit).score(), threshold, settings);
    }

    /** True when the feature model is sure of {@code unit} at {@code threshold} ({@link EnsembleScale#confidentlyOver}). */
    boolean featureModelIsSure(String unit, double threshold, EncoderSettings settings) {
        return scale().confidentlyOver(featureScore(unit).score(), threshold, settings);
    }

    private boolean needsEncoder(double featureProbability, double threshold, EncoderSettings settings) {
        return scale().needsEncoder(featureProbability, threshold, settings);
    }

    private EnsembleScale scale() {
        return new EnsembleScale(features.get().threshold());
    }

    /** The feature model's probability (in the score field) and its cues as reasons, remembered by text. */
    private ScoredSentence featureScore(String unit) {
        ScoredSentence known = featureCache.get(unit);
        if (known != null) {
            return known;
        }
        SentenceFeatures sentenceFeatures = SentenceFeatures.of(unit);
        List<String> reasons = new ArrayList<>(sentenceFeatures.cues().size());
        for (Cue cue : sentenceFeatures.cues()) {
            reasons.add(cue.reason());
        }
        ScoredSentence scored = new ScoredSentence(features.get().score(sentenceFeatures), reasons);
        featureCache.put(unit, scored);
        return scored;
    }

    /** The ensemble of {@code encoderProbability} and the feature model's, on the feature scale, with its reasons. */
    private ScoredSentence ensemble(double encoderProbability, ScoredSentence feature, EncoderSettings settings) {
        return new ScoredSentence(onFeatureScale(settings.combine(encoderProbability, feature.score()),
                settings.ensembleThreshold()), feature.reasons());
    }

    /** {@link EnsembleScale#onFeatureScale}. */
    double onFeatureScale(double probability, double ensembleThreshold) {
        return scale().onFeatureScale(probability, ensembleThreshold);
    }
}
