package org.scorelab.genre.cnn;

import java.util.List;

/**
 * The network and how it is trained.
 *
 * @param channels      filters of each convolution stage (each stage halves both axes)
 * @param dropout       dropout before the classifier, in [0, 1)
 * @param cropFrames    frames of a training crop and of a prediction window (128 = 3 s at the default input)
 * @param epochs        passes; each draws {@code cropsPerClip} crops for every training clip
 * @param cropsPerClip  crops drawn per training clip and epoch, classes drawn equally often
 * @param batchSize     crops per step
 * @param learningRate  Adam's rate, decayed by cosine to a tenth over the epochs
 * @param maskBands     widest frequency mask of the augmentation (0: none)
 * @param maskFrames    widest time mask of the augmentation (0: none)
 * @param seed          initialisation, crops and masks
 */
public record MelCnnConfig(List<Integer> channels, double dropout, int cropFrames, int epochs, int cropsPerClip, int batchSize,
                           float learningRate, int maskBands, int maskFrames, long seed) {

    /** Four stages of 16-128 filters, 3-s crops, 30 epochs of 4 crops a clip. */
    public static final MelCnnConfig DEFAULT = new MelCnnConfig(List.of(16, 32, 64, 128), 0.3, 128, 30, 4, 32, 0.001f, 8, 16, 1);

    public MelCnnConfig {
        channels = List.copyOf(channels);
        if (channels.isEmpty() || channels.stream().anyMatch(c -> c < 1)) {
            throw new IllegalArgumentException("channels must be positive, was " + channels);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), was " + dropout);
        }
        if (cropFrames < (1 << channels.size()) || epochs < 1 || cropsPerClip < 1 || batchSize < 1 || !(learningRate > 0)
                || maskBands < 0 || maskFrames < 0) {
            throw new IllegalArgumentException("bad training settings: crop " + cropFrames + " frames, " + epochs + " epochs, "
                    + cropsPerClip + " crops a clip, batch " + batchSize + ", rate " + learningRate + ", masks " + maskBands
                    + "/" + maskFrames);
        }
    }

    /** The same with another number of epochs. */
    public MelCnnConfig withEpochs(int n) {
        return new MelCnnConfig(channels, dropout, cropFrames, n, cropsPerClip, batchSize, learningRate, maskBands, maskFrames, seed);
    }

    /** The same with another seed. */
    public MelCnnConfig withSeed(long s) {
        return new MelCnnConfig(channels, dropout, cropFrames, epochs, cropsPerClip, batchSize, learningRate, maskBands, maskFrames, s);
    }

    /** The rate in epoch {@code e} (1-based): cosine from the full rate to a tenth of it. */
    public float rate(int e) {
        double progress = epochs == 1 ? 0 : (e - 1) / (double) (epochs - 1);
        return (float) (learningRate * (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * progress))));
    }
}
