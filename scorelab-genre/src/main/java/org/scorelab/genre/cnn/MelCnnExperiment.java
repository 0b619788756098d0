package org.scorelab.genre.cnn;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.scorelab.core.corpus.Corpus;
import org.scorelab.core.corpus.CorpusTune;
import org.scorelab.core.corpus.Split;
import org.scorelab.core.corpus.TitleSplit;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.genre.audio.AudioClips;
import org.scorelab.genre.audio.SoundSet;
import org.scorelab.genre.eval.GenreEvaluation;
import org.scorelab.genre.eval.GenreEvaluator;

/**
 * The log-mel CNN across sound sets, on the same tunes, clips and split as {@link
 * org.scorelab.genre.audio.AudioGenreExperiment} (same selection, seed, instruments and tempi), so
 * its rows sit beside that experiment's: trained on clips of the train titles rendered with one
 * sound set (or several: every tune rendered with each), tested on clips of the held-out test titles
 * rendered with another. Each model is also scored on the test titles rendered with its own training
 * sound set(s), which shows what the change of sounds costs. The settings are fixed beforehand; nothing is tuned on the test clips.
 */
public final class MelCnnExperiment {

    /** The tasks: the five styles, and the dance types with enough tunes. */
    public static final List<String> TASKS = List.of("style", "dance");

    /**
     * What to run.
     *
     * @param tunes       the tune collections (index.csv)
     * @param trainSounds the sound sets of the training clips: each tune is rendered with every one
     * @param testSounds  the sound set of the test clips
     * @param both        also train on {@code testSounds} and test on {@code trainSounds} (one training sound set only)
     * @param seconds     clip length (the first seconds of each tune)
     * @param sizes       tunes per class and split
     * @param seed        draws the tunes, instruments and tempi
     * @param threads     rendering threads
     * @param cache       folder for the per-sound-set image caches, null for none
     * @param input       the log-mel settings
     * @param config      the network and its training
     * @param tasks       which of {@link #TASKS}
     */
    public record Options(Path tunes, List<SoundSet> trainSounds, SoundSet testSounds, boolean both, double seconds, AudioClips.Sizes sizes,
                          long seed, int threads, Path cache, MelInput input, MelCnnConfig config, List<String> tasks) {

        public Options {
            trainSounds = List.copyOf(trainSounds);
            if (trainSounds.isEmpty() || both && trainSounds.size() != 1) {
                throw new IllegalArgumentException("need one training sound set, or several without 'both', got " + trainSounds);
            }
        }
    }

    /** One trained network: its direction, task, scores on the other and on its own sound set, and its epochs. */
    public record Row(String direction, String task, GenreEvaluation crossSounds, GenreEvaluation sameSounds, int trainClips,
                      List<MelCnnTrainer.Epoch> epochs) {

        /** Seconds of training. */
        public double trainingSeconds() {
            return epochs.stream().mapToDouble(MelCnnTrainer.Epoch::seconds).sum();
        }
    }

    /** Every row, with the counts of the data. */
    public record Result(List<Row> rows, Map<String, String> data, double seconds) {

        /** The results as a Markdown table. */
        public String markdown() {
            StringBuilder sb = new StringBuilder();
            sb.append("| train -> test sounds | task | accuracy | macro-F1 | same sounds: accuracy | macro-F1 | training clips | training s |\n");
            sb.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
            for (Row r : rows) {
                sb.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %.3f | %d | %.0f |%n", r.direction(), r.task(),
                        r.crossSounds().accuracy(), r.crossSounds().macroF1(), r.sameSounds().accuracy(), r.sameSounds().macroF1(),
                        r.trainClips(), r.trainingSeconds()));
            }
            return sb.toString();
        }
    }

    private final Options options;
    private final PrintStream log;

    public MelCnnExperiment(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    /**
     * Renders (or reads from the cache) every clip with every sound set, trains and scores.
     *
     * @param saveTo where to save every trained model (a folder per training sound set(s) and task), null for none
     * @throws IOException when the corpus, a sound set or the cache cannot be read or written
     * @throws InvalidInputException when the corpus or a cache file is malformed
     */
    public Result run(Path saveTo) throws IOException, InvalidInputException {
        long t0 = System.nanoTime();
        Corpus corpus = Corpus.load(options.tunes(), TitleSplit.DEFAULT);
        List<CorpusTune> tunes = AudioClips.select(corpus, options.sizes(), options.seed());
        Map<String, Map<String, float[][]>> images = new LinkedHashMap<>();
        List<SoundSet> all = new ArrayList<>(options.trainSounds());
        if (!all.contains(options.testSounds())) {
            all.add(options.testSounds());
        }
        for (SoundSet s : all) {
            Path cache = options.cache() == null ? null : options.cache().resolve(MelClips.cacheName(s, options.seed(), options.seconds(), options.input()));
            int total = tunes.size();
            images.put(s.name(), MelClips.images(tunes, s, options.seed(), options.seconds(), options.input(), options.threads(), cache, n -> {
                if (n % 100 == 0 || n == total) {
                    log.printf("%s: %d of up to %d clips rendered%n", s.name(), n, total);
                }
            }));
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("clips per sound set", Integer.toString(images.get(options.testSounds().name()).size()));
        List<Row> rows = new ArrayList<>();
        List<Direction> directions = new ArrayList<>();
        directions.add(new Direction(options.trainSounds(), options.testSounds()));
        if (options.both()) {
            directions.add(new Direction(List.of(options.testSounds()), options.trainSounds().get(0)));
        }
        for (Direction d : directions) {
            String direction = d.name();
            for (String task : options.tasks()) {
                List<MelCnnTrainer.Example> train = examples(tunes, task, Split.TRAIN, d.train(), images);
                List<MelCnnTrainer.Example> test = examples(tunes, task, Split.TEST, List.of(d.test()), images);
                List<MelCnnTrainer.Example> sameTest = examples(tunes, task, Split.TEST, d.train(), images);
                data.put(task + " train / test clips (" + direction + ")", train.size() + " / " + test.size());
                log.printf("%s, %s: training on %d clips%n", direction, task, train.size());
                MelCnnTrainer.Result trained = new MelCnnTrainer(options.config(), options.input())
                        .train(train, line -> log.println(direction + ", " + task + ": " + line));
                try (MelCnnModel model = trained.model()) {
                    GenreEvaluation cross = evaluate(model, test);
                    GenreEvaluation same = evaluate(model, sameTest);
                    log.printf(Locale.ROOT, "%s, %s: accuracy %.3f (same sounds %.3f)%n", direction, task, cross.accuracy(), same.accuracy());
                    rows.add(new Row(direction, task, cross, same, train.size(), trained.epochs()));
                    if (saveTo != null) {
                        model.save(saveTo.resolve(d.train().stream().map(SoundSet::name).reduce((a, b) -> a + "+" + b).orElseThrow() + "-" + task));
                    }
                }
            }
        }
        return new Result(List.copyOf(rows), data, (System.nanoTime() - t0) / 1e9);
    }

    /** Which sound sets train and which one tests. */
    private record Direction(List<SoundSet> train, SoundSet test) {
        String name() {
            return train.stream().map(SoundSet::name).reduce((a, b) -> a + "+" + b).orElseThrow() + " -> " + test.name();
        }
    }

    /** The labelled images of one task and split, rendered with each of the sound sets in turn. */
    static List<MelCnnTrainer.Example> examples(List<CorpusTune> tunes, String task, Split split, List<SoundSet> sounds,
                                                Map<String, Map<String, float[][]>> images) {
        List<MelCnnTrainer.Example> out = new ArrayList<>();
        for (SoundSet s : sounds) {
            Map<String, float[][]> rendered = images.get(s.name());
            for (CorpusTune t : tunes) {
                String label = AudioClips.label(t, task);
                float[][] image = rendered.get(t.label().id());
                if (t.split() == split && label != null && image != null) {
                    out.add(new MelCnnTrainer.Example(image, label));
                }
            }
        }
        return out;
    }

    static GenreEvaluation evaluate(MelCnnModel model, List<MelCnnTrainer.Example> test) {
        TreeSet<String> labels = new TreeSet<>(model.labels());
        test.forEach(e -> labels.add(e.label()));
        List<String> actual = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (MelCnnTrainer.Example e : test) {
            actual.add(e.label());
            predicted.add(model.predict(e.image()).label());
        }
        return new GenreEvaluator().evaluate(List.copyOf(labels), actual, predicted);
    }
}
