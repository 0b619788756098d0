package org.scorelab.omr.train;

import org.scorelab.omr.model.OmrConfig;

/**
 * How a model was made, saved next to it as {@code provenance.json}.
 *
 * @param data             the data set folders, absolute, joined by ';'
 * @param manifestSha256   the hashes of their manifest.csv files, in the same order, joined by ';'
 * @param trainSamples     training samples used
 * @param validationSamples validation samples used
 * @param seed             the seed
 * @param config           the network config
 * @param options          the training options
 * @param parameters       trainable values
 * @param date             when training finished (ISO 8601, UTC)
 * @param epochs           epochs trained in all
 * @param trainLoss        the last epoch's training loss
 * @param validationSer    the last epoch's validation SER
 * @param validationSeqEr  the last epoch's validation SeqER
 * @param imagesPerSecond  the last epoch's training speed
 * @param threads          PyTorch intra-op threads
 */
public record Provenance(String data, String manifestSha256, int trainSamples, int validationSamples, long seed,
        OmrConfig config, TrainOptions options, long parameters, String date, int epochs, double trainLoss,
        double validationSer, double validationSeqEr, double imagesPerSecond, int threads) {
}
