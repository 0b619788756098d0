package org.scorelab.omr.train;

import java.nio.file.Path;

/**
 * How to train, as opposed to what ({@link org.scorelab.omr.model.OmrConfig}).
 *
 * @param epochs          passes over the training split
 * @param batchSize       samples per step
 * @param learningRate    Adam's learning rate (before {@code decayFrom})
 * @param seed            seeds the weights, the shuffling and dropout
 * @param limit           at most this many training samples (0: all); validation gets a tenth of it
 * @param validationLimit at most this many validation samples (0: all)
 * @param resume          continue from the latest checkpoint in the output folder
 * @param threads         PyTorch intra-op threads (also the image preparation workers)
 * @param finalRate       the learning rate of the last epoch; equal to {@code learningRate} for none
 * @param decayFrom       the first epoch whose rate falls: from it to the last epoch the rate goes
 *                        geometrically from {@code learningRate} to {@code finalRate}
 * @param initFrom        a trained model folder whose weights a new run starts from instead of random
 *                        ones (null: random); its network must have this config's shape, except that
 *                        its vocabulary may be a prefix of this one (new output classes start fresh)
 */
public record TrainOptions(int epochs, int batchSize, float learningRate, long seed, int limit, int validationLimit,
        boolean resume, int threads, float finalRate, int decayFrom, Path initFrom) {

    /** 10 epochs of batch 16 at learning rate 0.001, seed 1, all samples, 1 thread. */
    public static final TrainOptions DEFAULT = new TrainOptions(10, 16, 1e-3f, 1, 0, 500, false, 1);

    /** A constant learning rate. */
    public TrainOptions(int epochs, int batchSize, float learningRate, long seed, int limit, int validationLimit,
            boolean resume, int threads) {
        this(epochs, batchSize, learningRate, seed, limit, validationLimit, resume, threads, learningRate, 1);
    }

    /** Random initial weights. */
    public TrainOptions(int epochs, int batchSize, float learningRate, long seed, int limit, int validationLimit,
            boolean resume, int threads, float finalRate, int decayFrom) {
        this(epochs, batchSize, learningRate, seed, limit, validationLimit, resume, threads, finalRate, decayFrom,
                null);
    }

    public TrainOptions {
        if (epochs < 1 || epochs > 10_000) {
            throw new IllegalArgumentException("epochs must be in 1..10000, was " + epochs);
        }
        if (batchSize < 1 || batchSize > 1024) {
            throw new IllegalArgumentException("batch size must be in 1..1024, was " + batchSize);
        }
        if (!(learningRate > 0 && learningRate < 1)) {
            throw new IllegalArgumentException("learning rate must be in (0, 1), was " + learningRate);
        }
        if (limit < 0 || validationLimit < 0) {
            throw new IllegalArgumentException("limits must be 0 (all) or positive, were " + limit + " and "
                    + validationLimit);
        }
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be in 1..256, was " + threads);
        }
        if (!(finalRate > 0 && finalRate <= learningRate)) {
            throw new IllegalArgumentException("the final learning rate must be in (0, " + learningRate + "], was "
                    + finalRate);
        }
        if (decayFrom < 1 || decayFrom > epochs) {
            throw new IllegalArgumentException("the decay must start at an epoch in 1.." + epochs + ", was " + decayFrom);
        }
    }

    /**
     * The learning rate of an epoch (1-based). A function of the epoch alone, so that a run resumed
     * at any epoch follows the same schedule as one that never stopped (given the same options).
     */
    public float learningRate(int epoch) {
        if (epoch <= decayFrom || finalRate == learningRate) {
            return learningRate;
        }
        if (epoch >= epochs) {
            return finalRate;
        }
        double progress = (double) (epoch - decayFrom) / (epochs - decayFrom);
        return (float) (learningRate * Math.pow((double) finalRate / learningRate, progress));
    }
}
