package org.scorelab.omr.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.omr.image.ImageInput;

/**
 * The samples of one split of an OMR data set folder ({@code NAME.png} and {@code NAME.semantic}
 * or {@code NAME.agnostic}, listed with their split in {@code manifest.csv}), normalised and held
 * in memory, plus the samples that could not be read and why. Images are decoded, staff-found and
 * cropped on worker threads: that preparation costs as much as a few training steps per image, so
 * it is done once, before training, rather than every epoch.
 *
 * @param samples  the readable samples, in manifest order
 * @param failures the unreadable ones, each naming its file and the reason
 */
public record OmrDataset(List<OmrSample> samples, List<InvalidInputException> failures) {

    public OmrDataset {
        samples = List.copyOf(samples);
        failures = List.copyOf(failures);
    }

    /**
     * Loads one split.
     *
     * @param limit   at most this many samples (the first of the split), or 0 for all
     * @param threads worker threads for image preparation
     */
    public static OmrDataset load(Path folder, String split, Encoding encoding, OmrVocabulary vocabulary,
            StaffNormalizer normalizer, int limit, int threads) throws IOException, InvalidInputException {
        Manifest manifest = Manifest.read(folder.resolve("manifest.csv"));
        List<String> names = manifest.names(split);
        if (limit > 0 && names.size() > limit) {
            names = names.subList(0, limit);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "omr-data");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<OmrSample>> futures = new ArrayList<>();
            for (String name : names) {
                futures.add(pool.submit(() -> sample(folder, name, encoding, vocabulary, normalizer)));
            }
            List<OmrSample> samples = new ArrayList<>();
            List<InvalidInputException> failures = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    samples.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    failures.add(c instanceof InvalidInputException iie ? iie
                            : new InvalidInputException(folder.resolve(names.get(i) + ".png").toString(), "file",
                                    c.getClass().getSimpleName() + ": " + c.getMessage(), c));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while loading " + folder, e);
                }
            }
            return new OmrDataset(samples, failures);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One sample: the image normalised, the tokens read and indexed. */
    public static OmrSample sample(Path folder, String name, Encoding encoding, OmrVocabulary vocabulary,
            StaffNormalizer normalizer) throws InvalidInputException {
        Path png = folder.resolve(name + ".png");
        Path text = folder.resolve(name + "." + encoding.extension());
        StaffImage image = normalizer.single(ImageInput.DEFAULT.read(png), png.toString());
        String line;
        try {
            line = Files.readString(text, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(text.toString(), "file", "no such file, expected the sample's tokens", e);
        } catch (IOException e) {
            throw new InvalidInputException(text.toString(), "file", "cannot read: " + e.getMessage(), e);
        }
        List<String> tokens = tokens(line);
        if (tokens.isEmpty()) {
            throw new InvalidInputException(text.toString(), "line 1", "found no tokens, expected TAB-separated tokens");
        }
        return new OmrSample(name, image, tokens, vocabulary.encode(tokens, text.toString()));
    }

    /** The tokens of a PrIMuS line: TAB (or any white space) separated, empty fields dropped. */
    public static List<String> tokens(String line) {
        return Arrays.stream(line.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The samples cut into batches of at most {@code size}. With a random source the order is
     * shuffled, then samples of similar width are put together (sorted within windows of 16
     * batches, the batches shuffled again), which cuts the width padding a batch pays for without
     * making the batches the same every epoch. Without one (evaluation) the order is kept.
     */
    public List<List<OmrSample>> batches(int size, Random random) {
        if (size < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + size);
        }
        List<OmrSample> order = new ArrayList<>(samples);
        List<List<OmrSample>> out = new ArrayList<>();
        if (random != null) {
            Collections.shuffle(order, random);
            int window = size * 16;
            for (int w = 0; w < order.size(); w += window) {
                order.subList(w, Math.min(order.size(), w + window))
                        .sort(Comparator.comparingInt(s -> s.image().width()));
            }
        }
        for (int i = 0; i < order.size(); i += size) {
            out.add(List.copyOf(order.subList(i, Math.min(order.size(), i + size))));
        }
        if (random != null) {
            Collections.shuffle(out, random);
        }
        return out;
    }
}
