package org.scorelab.omr.data;

import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.Dataset;
import ai.djl.util.Progress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;

/**
 * A loaded split as a DJL {@link Dataset}, for DJL's own training loops ({@code EasyTrain}):
 * each {@link Batch} holds the data {@code (images, steps)} and the labels {@code (targets,
 * targetLengths)} of an {@link OmrBatch}, in the order {@link OmrDataset#batches} gives (shuffled
 * and grouped by width with a seed, which changes every time the data is iterated; in order
 * without one). The images are already normalised, so {@link #prepare} has nothing to do.
 *
 * @param dataset      the loaded split
 * @param batchSize    samples per batch
 * @param seed         the shuffling seed, or null to keep the order
 * @param widthToSteps the network's valid output steps of an input width
 */
public record OmrBatches(OmrDataset dataset, int batchSize, Long seed, IntUnaryOperator widthToSteps) implements Dataset {

    @Override
    public Iterable<Batch> getData(NDManager manager) {
        return new Iterable<>() {
            private int pass;

            @Override
            public Iterator<Batch> iterator() {
                Random random = seed == null ? null : new Random(seed * 1_000_003L + pass++);
                List<List<OmrSample>> batches = dataset.batches(batchSize, random);
                List<Integer> index = new ArrayList<>();
                for (int i = 0; i < batches.size(); i++) {
                    index.add(i);
                }
                return index.stream().map(i -> batch(manager, batches.get(i), i, batches.size())).iterator();
            }
        };
    }

    private Batch batch(NDManager manager, List<OmrSample> samples, int i, int total) {
        NDManager m = manager.newSubManager();
        OmrBatch b = OmrBatch.of(m, samples, widthToSteps);
        return new Batch(m, b.inputs(), b.labels(), samples.size(), null, null, i + 1L, total);
    }

    @Override
    public void prepare(Progress progress) {
        // already prepared: OmrDataset.load normalised every image on worker threads
    }
}
