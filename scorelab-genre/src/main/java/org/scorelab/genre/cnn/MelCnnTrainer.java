package org.scorelab.genre.cnn;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.scorelab.nn.optim.Adam;

/**
 * Trains a {@link MelCnn} on random crops of labelled log-mel images.
 *
 * <p>Every epoch draws {@code cropsPerClip} crops per training image; each crop first draws its
 * class uniformly, then an image of that class, then a start, so a class with three times the
 * clips is not seen three times as often (the test sets here are unbalanced in the other
 * direction). Each crop gets one frequency and one time mask of random width up to the configured
 * maximum (SpecAugment, Park et al. 2019), so the network cannot lean on one band or one moment.
 */
public record MelCnnTrainer(MelCnnConfig config, MelInput input) {

    /** One training image with its class. */
    public record Example(float[][] image, String label) {
    }

    /** One epoch: mean training loss, seconds, crops a second. */
    public record Epoch(int epoch, double loss, double seconds, double cropsPerSecond, float rate) {
    }

    /** The trained model and its epochs. */
    public record Result(MelCnnModel model, List<Epoch> epochs) {
    }

    /**
     * Trains on the examples (at least two classes).
     *
     * @param log receives one line per epoch
     */
    public Result train(List<Example> examples, Consumer<String> log) {
        TreeMap<String, List<float[][]>> byClass = new TreeMap<>();
        for (Example e : examples) {
            if (e.image().length != input.bands()) {
                throw new IllegalArgumentException("an image of class " + e.label() + " has " + e.image().length + " bands, expected "
                        + input.bands());
            }
            byClass.computeIfAbsent(e.label(), k -> new ArrayList<>()).add(e.image());
        }
        if (byClass.size() < 2) {
            throw new IllegalArgumentException("need examples of at least 2 classes, got " + new TreeSet<>(byClass.keySet()));
        }
        List<String> labels = List.copyOf(byClass.keySet());
        List<List<float[][]>> pools = labels.stream().map(byClass::get).toList();
        Engine.getInstance().setRandomSeed((int) config.seed());
        AtomicReference<Float> rate = new AtomicReference<>(config.learningRate());
        Model model = Model.newInstance("mel-cnn");
        try (Adam adam = Adam.builder().optLearningRateTracker((id, update) -> rate.get()).build()) {
            SequentialBlock network = MelCnn.create(config, labels.size());
            model.setBlock(network);
            Shape shape = new Shape(config.batchSize(), 1, input.bands(), config.cropFrames());
            network.initialize(model.getNDManager(), DataType.FLOAT32, shape);
            Loss loss = Loss.softmaxCrossEntropyLoss();
            List<Epoch> epochs = new ArrayList<>();
            try (Trainer trainer = model.newTrainer(new DefaultTrainingConfig(loss).optOptimizer(adam))) {
                trainer.initialize(shape);
                Random random = new Random(config.seed());
                int perEpoch = examples.size() * config.cropsPerClip();
                int window = config.cropFrames();
                int bands = input.bands();
                for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                    rate.set(config.rate(epoch));
                    long t0 = System.nanoTime();
                    double lossSum = 0;
                    int steps = 0;
                    for (int done = 0; done < perEpoch; done += config.batchSize()) {
                        int n = Math.min(config.batchSize(), perEpoch - done);
                        float[] x = new float[n * bands * window];
                        float[] y = new float[n];
                        for (int i = 0; i < n; i++) {
                            int c = random.nextInt(labels.size());
                            List<float[][]> pool = pools.get(c);
                            float[][] image = pool.get(random.nextInt(pool.size()));
                            int frames = image[0].length;
                            int start = frames <= window ? 0 : random.nextInt(frames - window + 1);
                            Crops.copy(image, start, window, x, i);
                            int nb = config.maskBands() == 0 ? 0 : random.nextInt(config.maskBands() + 1);
                            int nt = config.maskFrames() == 0 ? 0 : random.nextInt(config.maskFrames() + 1);
                            Crops.mask(x, i, bands, window, random.nextInt(bands), nb, random.nextInt(window), nt);
                            y[i] = c;
                        }
                        try (NDManager m = model.getNDManager().newSubManager()) {
                            NDArray xs = m.create(x, new Shape(n, 1, bands, window));
                            NDArray ys = m.create(y, new Shape(n));
                            try (GradientCollector gc = trainer.newGradientCollector()) {
                                NDArray value = loss.evaluate(new NDList(ys), trainer.forward(new NDList(xs)));
                                lossSum += value.getFloat();
                                gc.backward(value);
                            }
                            trainer.step();
                        }
                        steps++;
                    }
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    Epoch e = new Epoch(epoch, lossSum / steps, seconds, perEpoch / seconds, rate.get());
                    epochs.add(e);
                    log.accept(String.format(java.util.Locale.ROOT, "epoch %d/%d: loss %.4f, %.1f s, %.1f crops/s, rate %.3g",
                            epoch, config.epochs(), e.loss(), seconds, e.cropsPerSecond(), e.rate()));
                }
            }
            return new Result(new MelCnnModel(model, network, labels, input, config), List.copyOf(epochs));
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }
}
