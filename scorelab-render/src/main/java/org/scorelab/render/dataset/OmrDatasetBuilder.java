package org.scorelab.render.dataset;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.render.augment.SampleAugmenter;
import org.scorelab.render.camera.CameraDistortion;
import org.scorelab.render.camera.GrayPng;
import org.scorelab.render.camera.InkWeight;
import org.scorelab.render.verovio.RenderException;
import org.scorelab.render.verovio.WorkerSetup;

/**
 * Builds a PrIMuS-like data set: for each sample an excerpt of a random tune, varied by a
 * {@link SampleAugmenter}, encoded by a {@link SampleEncoder}, checked against a
 * {@link Vocabulary}, drawn by a {@link StaffEngraver} (Verovio unless another is given) and
 * optionally distorted by a {@link CameraDistortion}; written as {@code NAME.png},
 * {@code .semantic}, {@code .agnostic} (when the engraver's images agree with it), the engraved
 * source ({@code .mei}, or {@code .abc} for abcm2ps), plus one {@code manifest.csv}. Sample {@code i} draws everything from a generator
 * derived from (seed, i), so the data set is the same for any thread count. A sample that fails
 * is reported and the others go on.
 */
public final class OmrDatasetBuilder {
    private final List<DatasetItem> items;
    private final SampleEncoder encoder;
    private final Vocabulary vocabulary;
    private final DatasetConfig config;
    private final EngraverFactory engraver;

    /** A builder whose images are engraved by Verovio workers started from {@code setup}. */
    public OmrDatasetBuilder(List<DatasetItem> items, SampleEncoder encoder, Vocabulary vocabulary,
                             DatasetConfig config, WorkerSetup setup) {
        this(items, encoder, vocabulary, config, VerovioEngraver.factory(setup));
    }

    /** A builder whose images are drawn by the engraver {@code engraver} starts. */
    public OmrDatasetBuilder(List<DatasetItem> items, SampleEncoder encoder, Vocabulary vocabulary,
                             DatasetConfig config, EngraverFactory engraver) {
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("at least one tune is needed");
        }
        if (encoder == null || vocabulary == null || config == null || engraver == null) {
            throw new IllegalArgumentException("encoder, vocabulary, config and engraver are required");
        }
        this.items = List.copyOf(items);
        this.encoder = encoder;
        this.vocabulary = vocabulary;
        this.config = config;
        this.engraver = engraver;
    }

    /** The file name stem of sample {@code index}. */
    public static String name(int index) {
        return String.format("%07d", index);
    }

    /** The generator of sample {@code index}: a 64-bit mix of seed and index. */
    public static SplittableRandom sampleRandom(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return new SplittableRandom(z ^ (z >>> 33));
    }

    /**
     * Writes the data set into {@code folder}.
     *
     * @throws RenderException when the engraver cannot start at all (saying what to install)
     * @throws IOException     when the manifest cannot be written
     */
    public BuildResult build(Path folder, ProgressListener listener) throws RenderException, IOException {
        long t0 = System.nanoTime();
        ProgressListener progress = listener == null ? ProgressListener.NONE : listener;
        List<Outcome> outcomes = new ArrayList<>(config.count());
        try (StaffEngraver pool = engraver.open(config.threads(), config.renderTimeout())) {
            ExecutorService exec = Executors.newFixedThreadPool(config.threads(), r -> {
                Thread t = new Thread(r, "omr-sample");
                t.setDaemon(true);
                return t;
            });
            try {
                AtomicInteger done = new AtomicInteger();
                Object lock = new Object();
                List<Future<Outcome>> futures = new ArrayList<>(config.count());
                for (int i = 0; i < config.count(); i++) {
                    int index = i;
                    futures.add(exec.submit(() -> {
                        Outcome o = buildOne(index, pool, folder);
                        synchronized (lock) {
                            progress.progress(done.incrementAndGet(), config.count());
                        }
                        return o;
                    }));
                }
                for (int i = 0; i < futures.size(); i++) {
                    outcomes.add(await(futures.get(i), i));
                }
            } finally {
                exec.shutdownNow();
            }
        }
        List<ManifestRow> rows = new ArrayList<>();
        List<SampleFailure> failures = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.row() != null) {
                rows.add(o.row());
            } else {
                failures.add(o.failure());
            }
        }
        Path manifest = folder.resolve("manifest.csv");
        writeManifest(manifest, rows);
        return new BuildResult(rows, failures, manifest, (System.nanoTime() - t0) / 1e9);
    }

    private Outcome await(Future<Outcome> f, int index) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(new SampleFailure(index, name(index), "", "interrupted"));
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            return Outcome.failed(new SampleFailure(index, name(index), "", c.getClass().getSimpleName() + ": " + c.getMessage()));
        }
    }

    /** A written sample or the reason it was not. */
    private record Outcome(ManifestRow row, SampleFailure failure) {
        static Outcome failed(SampleFailure f) {
            return new Outcome(null, f);
        }
    }

    /** The symbolic part of a sample: everything decided before rendering. */
    record Drawn(DatasetItem item, Tune tune, String mei, String semantic, String agnostic) {
    }

    /** Draws excerpts of random tunes until one encodes within the vocabulary. */
    Optional<Drawn> draw(SplittableRandom rng, StringBuilder lastReason, String[] lastTune) {
        return draw(rng, lastReason, lastTune, t -> null);
    }

    /**
     * Draws excerpts of random tunes until one encodes within the vocabulary and {@code refusal}
     * (the engraver's) has nothing against it.
     */
    Optional<Drawn> draw(SplittableRandom rng, StringBuilder lastReason, String[] lastTune,
                         Function<Tune, String> refusal) {
        SampleAugmenter augmenter = new SampleAugmenter(config.augmentation());
        for (int attempt = 0; attempt < config.maxAttempts(); attempt++) {
            DatasetItem item = items.get(rng.nextInt(items.size()));
            lastTune[0] = item.id();
            Optional<Tune> tune = augmenter.augment(item.tune(), rng);
            if (tune.isEmpty()) {
                lastReason.setLength(0);
                lastReason.append("no usable excerpt of ").append(item.id());
                continue;
            }
            String mei;
            String semantic;
            String agnostic;
            try {
                mei = encoder.mei(tune.get());
                semantic = encoder.semantic(tune.get());
                agnostic = encoder.agnostic(tune.get());
            } catch (IllegalArgumentException e) {
                lastReason.setLength(0);
                lastReason.append("cannot encode an excerpt of ").append(item.id()).append(": ").append(e.getMessage());
                continue;
            }
            String unknown = vocabulary.firstUnknown(semantic, agnostic);
            if (unknown != null) {
                lastReason.setLength(0);
                lastReason.append("excerpt of ").append(item.id()).append(" has ").append(unknown)
                        .append(", not in the vocabulary");
                continue;
            }
            String refused = refusal.apply(tune.get());
            if (refused != null) {
                lastReason.setLength(0);
                lastReason.append("excerpt of ").append(item.id()).append(": ").append(refused);
                continue;
            }
            return Optional.of(new Drawn(item, tune.get(), mei, semantic, agnostic));
        }
        return Optional.empty();
    }

    private Outcome buildOne(int index, StaffEngraver pool, Path folder) {
        String name = name(index);
        SplittableRandom rng = sampleRandom(config.seed(), index);
        StringBuilder reason = new StringBuilder();
        String[] lastTune = {""};
        Optional<Drawn> drawn;
        try {
            drawn = draw(rng, reason, lastTune, pool::refusal);
        } catch (RuntimeException e) {
            return Outcome.failed(new SampleFailure(index, name, lastTune[0], "augmenting or encoding failed: " + e));
        }
        if (drawn.isEmpty()) {
            return Outcome.failed(new SampleFailure(index, name, lastTune[0], "gave up after "
                    + config.maxAttempts() + " attempts; last: " + reason));
        }
        Drawn d = drawn.get();
        String style;
        try {
            // The engraver draws its style from rng before the camera does, as the builder always has.
            Engraving image = pool.engrave(d.tune(), d.mei(), rng);
            CameraDistortion.Parameters camera = config.camera() ? new CameraDistortion(config.cameraConfig()).draw(rng) : null;
            style = image.style();
            byte[] png = image.png();
            // drawn from a generator of its own, so that a build without heavier images makes
            // exactly the samples it made before the option existed
            boolean bold = config.boldShare() > 0
                    && sampleRandom(config.seed(), index).split().nextDouble() < config.boldShare();
            if (bold || camera != null) {
                BufferedImage clean = ImageIO.read(new ByteArrayInputStream(png));
                if (bold) {
                    clean = InkWeight.bolder(clean);
                    style += "+bold";
                }
                png = GrayPng.encode(camera == null ? clean
                        : new CameraDistortion(config.cameraConfig()).apply(clean, camera));
            }
            AtomicFiles.writeBytes(folder.resolve(name + ".png"), png);
            AtomicFiles.writeString(folder.resolve(name + ".semantic"), d.semantic());
            if (pool.agnosticLabels()) {
                AtomicFiles.writeString(folder.resolve(name + ".agnostic"), d.agnostic());
            }
            AtomicFiles.writeString(folder.resolve(name + "." + image.sourceExtension()), image.source());
        } catch (RenderException e) {
            return Outcome.failed(new SampleFailure(index, name, d.item().id(), e.getMessage()));
        } catch (IOException | UncheckedIOException e) {
            return Outcome.failed(new SampleFailure(index, name, d.item().id(), "writing failed: " + e.getMessage()));
        }
        Tune t = d.tune();
        return new Outcome(new ManifestRow(name, d.item().id(), d.item().title(), d.item().split(),
                t.info().clef().code(), t.info().key().majorName() + "M", meter(t.info().meter()),
                t.measures().size(), style, config.camera(), Vocabulary.tokens(d.semantic()).size()), null);
    }

    /** The meter as PrIMuS writes it: {@code 3/4}, {@code C}, {@code C/}. */
    static String meter(TimeSignature m) {
        return switch (m.symbol()) {
            case COMMON -> "C";
            case CUT -> "C/";
            case NONE -> "none";
            case NUMBERS -> m.beats() + "/" + m.beatType();
        };
    }

    private static void writeManifest(Path file, List<ManifestRow> rows) throws IOException {
        StringBuilder sb = new StringBuilder();
        csvLine(sb, new ArrayList<>(ManifestRow.HEADER));
        for (ManifestRow r : rows) {
            csvLine(sb, r.values());
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    /** One RFC 4180 record: a field with a comma, quote or line break is quoted, quotes doubled. */
    static void csvLine(StringBuilder sb, List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = String.valueOf(fields.get(i));
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        sb.append('\n');
    }
}
