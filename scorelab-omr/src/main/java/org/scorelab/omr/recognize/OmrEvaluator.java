package org.scorelab.omr.recognize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.omr.data.OmrDataset;
import org.scorelab.omr.data.OmrSample;
import org.scorelab.omr.eval.SymbolErrorRate;
import org.scorelab.omr.eval.TokenErrors;
import org.scorelab.omr.train.OmrModel;

/**
 * Scores a trained model on one split of a data set folder: every sample's staff normalised as in
 * training, read with the given decoding, compared token by token with its reference.
 *
 * @param model the model
 * @param beam  1 for greedy decoding, more for prefix beam search
 */
public record OmrEvaluator(OmrModel model, int beam) {

    /**
     * The result of an evaluation.
     *
     * @param rate            SER and SeqER
     * @param failures        samples that could not be read
     * @param seconds         wall time of recognition (loading excluded)
     * @param stavesPerSecond recognition speed
     * @param names           the samples read, in order
     * @param references      their reference tokens
     * @param predicted       what the model read
     */
    public record Result(SymbolErrorRate rate, List<InvalidInputException> failures, double seconds,
            double stavesPerSecond, List<String> names, List<List<String>> references, List<List<String>> predicted) {

        /** The errors tallied by kind and category. */
        public TokenErrors errors() {
            return TokenErrors.of(references, predicted);
        }
    }

    /** Evaluates a split ({@code test}, {@code validation} or {@code train}), at most {@code limit} samples (0: all). */
    public Result evaluate(Path data, String split, int limit, int threads) throws IOException, InvalidInputException {
        OmrDataset d = OmrDataset.load(data, split, model.config().encoding(), model.vocabulary(),
                model.config().normalizer(), limit, threads);
        long t0 = System.nanoTime();
        List<List<String>> predicted = model.predict(d.samples().stream().map(OmrSample::image).toList(), beam);
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<List<String>> references = d.samples().stream().map(OmrSample::tokens).toList();
        SymbolErrorRate rate = SymbolErrorRate.of(references, predicted);
        return new Result(rate, d.failures(), seconds, d.samples().size() / Math.max(1e-9, seconds),
                d.samples().stream().map(OmrSample::name).toList(), references, List.copyOf(predicted));
    }
}
