package org.scorelab.genre.cnn;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.scorelab.audio.analysis.FeatureExtractor;
import org.scorelab.audio.synth.RenderPool;
import org.scorelab.core.corpus.CorpusTune;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.genre.audio.AudioClips;
import org.scorelab.genre.audio.SoundSet;

/**
 * Renders tunes with a sound set, exactly as the other audio routes play them ({@link
 * AudioClips#sequence}: same instrument and tempo for both sound sets), and keeps each clip's
 * {@link MelInput} image. The images are cached per sound set, seed, clip length and input settings
 * in one gzip file, so reruns and the second direction of an experiment cost no rendering.
 */
public final class MelClips {

    private static final int MAGIC = 0x4d454c31; // "MEL1"

    private MelClips() {
    }

    /**
     * The image of every tune that MIDI can play, in the order given; read from the cache where it
     * holds them, rendered (and added to it) otherwise.
     *
     * @throws IOException when the synthesizer or sound set cannot be opened or the cache not written
     * @throws InvalidInputException when the cache file is not one this class wrote
     */
    public static Map<String, float[][]> images(List<CorpusTune> tunes, SoundSet sounds, long seed, double seconds, MelInput input,
            int threads, Path cache, IntConsumer progress) throws IOException, InvalidInputException {
        Map<String, float[][]> have = cache != null && Files.isRegularFile(cache) ? read(cache) : new HashMap<>();
        List<CorpusTune> todo = new ArrayList<>();
        for (CorpusTune t : tunes) {
            if (!have.containsKey(t.label().id())) {
                todo.add(t);
            }
        }
        float[][][] done = new float[todo.size()][][];
        AtomicInteger count = new AtomicInteger();
        FeatureExtractor extractor = input.extractor();
        RenderPool.run(sounds.render(), threads, todo.size(), sounds.name(), (r, i) -> {
            try {
                done[i] = input.image(extractor, r.render(AudioClips.sequence(todo.get(i), seed), seconds));
            } catch (IllegalArgumentException e) {
                done[i] = null; // a tune MIDI cannot express, or a silent clip: no image
            }
            progress.accept(count.incrementAndGet());
        });
        for (int i = 0; i < done.length; i++) {
            if (done[i] != null) {
                have.put(todo.get(i).label().id(), done[i]);
            }
        }
        if (cache != null && done.length > 0) {
            write(cache, new TreeMap<>(have));
        }
        Map<String, float[][]> out = new LinkedHashMap<>();
        for (CorpusTune t : tunes) {
            float[][] image = have.get(t.label().id());
            if (image != null) {
                out.put(t.label().id(), image);
            }
        }
        return out;
    }

    /** A cache file name that changes with everything that changes an image. */
    public static String cacheName(SoundSet sounds, long seed, double seconds, MelInput input) {
        return String.format(Locale.ROOT, "mel-%s-seed%d-%.0fs-%s.bin.gz", sounds.name(), seed, seconds, input.key());
    }

    static void write(Path file, Map<String, float[][]> images) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(images.size());
            for (Map.Entry<String, float[][]> e : images.entrySet()) {
                float[][] m = e.getValue();
                out.writeUTF(e.getKey());
                out.writeInt(m.length);
                out.writeInt(m.length == 0 ? 0 : m[0].length);
                for (float[] row : m) {
                    for (float v : row) {
                        out.writeFloat(v);
                    }
                }
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static Map<String, float[][]> read(Path file) throws IOException, InvalidInputException {
        Map<String, float[][]> out = new HashMap<>();
        try (InputStream is = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new InvalidInputException(file.toString(), "header", "not a log-mel cache written by scorelab");
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String id = in.readUTF();
                int bands = in.readInt();
                int frames = in.readInt();
                float[][] m = new float[bands][frames];
                for (float[] row : m) {
                    for (int t = 0; t < frames; t++) {
                        row[t] = in.readFloat();
                    }
                }
                out.put(id, m);
            }
        } catch (EOFException | java.util.zip.ZipException e) {
            throw new InvalidInputException(file.toString(), "contents", "truncated or corrupt log-mel cache (" + e.getMessage()
                    + "); delete it to render again");
        }
        return out;
    }
}
