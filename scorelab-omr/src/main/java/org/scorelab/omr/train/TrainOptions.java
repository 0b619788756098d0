package org.scorelab.omr.train;

/**
 * How to train, as opposed to what ({@link org.scorelab.omr.model.OmrConfig}).
 *
 * @param epochs          passes over the training split
 * @param batchSize       samples per step
 * @param learningRate    Adam's learning rate
 * @param seed            seeds the weights, the shuffling and dropout
 * @param limit           at most this many training samples (0: all); validation gets a tenth of it
 * @param validationLimit at most this many validation samples (0: all)
 * @param resume          continue from the latest checkpoint in the output folder
 * @param threads         PyTorch intra-op threads (also the image preparation workers)
 */
public record TrainOptions(int epochs, int batchSize, float learningRate, long seed, int limit, int validationLimit,
        boolean resume, int threads) {

    /** 10 epochs of batch 16 at learning rate 0.001, seed 1, all samples, 1 thread. */
    public static final TrainOptions DEFAULT = new TrainOptions(10, 16, 1e-3f, 1, 0, 500, false, 1);

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
    }
}
