package org.scorelab.omr.train;

import java.util.Locale;

/**
 * One epoch of training, one line of {@code training.csv}.
 *
 * @param epoch          1-based
 * @param trainLoss      the mean CTC loss of the epoch's steps
 * @param validationSer  symbol error rate on the validation split (greedy decoding); NaN without one
 * @param validationSeqEr share of wrong validation samples; NaN without one
 * @param seconds        wall time of the epoch's training steps
 * @param imagesPerSecond training images per second
 */
public record EpochStats(int epoch, double trainLoss, double validationSer, double validationSeqEr, double seconds,
        double imagesPerSecond) {

    static final String HEADER = "epoch,train_loss,validation_ser,validation_seqer,seconds,images_per_second";

    String csv() {
        return String.format(Locale.ROOT, "%d,%.5f,%.5f,%.5f,%.2f,%.3f", epoch, trainLoss, validationSer,
                validationSeqEr, seconds, imagesPerSecond);
    }

    static EpochStats parse(String line) {
        String[] f = line.split(",");
        return new EpochStats(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]));
    }
}
