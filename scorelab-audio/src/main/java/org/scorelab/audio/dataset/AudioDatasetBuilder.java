package org.scorelab.audio.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.midi.Sequence;
import org.scorelab.audio.AudioClip;
import org.scorelab.audio.synth.MidiRenderer;
import org.scorelab.audio.synth.RenderPool;
import org.scorelab.audio.wav.WavWriter;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.core.midi.MidiOptions;
import org.scorelab.core.midi.MidiWriter;

/**
 * Writes one WAV clip per labelled tune and a {@code manifest.csv} listing them.
 *
 * <p>Each tune gets its instrument and tempo from {@link ClipPlan#draw}, so the output depends on
 * the seed and the ids only, not on the order the threads finish in. A tune that cannot be
 * rendered is reported in the result and the others are still written; every file, the manifest
 * included, is written atomically.
 */
public final class AudioDatasetBuilder {

    public static final String MANIFEST = "manifest.csv";

    private final DatasetOptions options;

    public AudioDatasetBuilder(DatasetOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    /**
     * Renders every tune into {@code outDir}.
     *
     * @throws IOException when the synthesizer cannot be opened (naming the soundbank when that is
     *                     the cause) or the manifest cannot be written
     */
    public DatasetResult build(List<LabelledTune> tunes, Path outDir, ProgressListener listener) throws IOException {
        ProgressListener progress = listener == null ? ProgressListener.NONE : listener;
        int n = tunes.size();
        ManifestRow[] rows = new ManifestRow[n];
        TuneFailure[] failures = new TuneFailure[n];
        String[] files = fileNames(tunes, failures);

        AtomicInteger done = new AtomicInteger();
        Object progressLock = new Object();
        RenderPool.run(options.render(), options.threads(), n, null, (renderer, i) -> {
            if (failures[i] == null) {
                try {
                    rows[i] = clip(renderer, tunes.get(i), outDir, files[i]);
                } catch (IOException | RuntimeException e) {
                    failures[i] = new TuneFailure(tunes.get(i).id(), e.getMessage() == null
                            ? e.toString() : e.getMessage(), e);
                }
            }
            synchronized (progressLock) {
                progress.progress(done.incrementAndGet(), n);
            }
        });

        List<ManifestRow> written = new ArrayList<>();
        List<TuneFailure> failed = new ArrayList<>();
        StringBuilder csv = new StringBuilder(ManifestRow.HEADER).append('\n');
        for (int i = 0; i < n; i++) {
            if (rows[i] != null) {
                written.add(rows[i]);
                csv.append(rows[i].toCsv()).append('\n');
            } else if (failures[i] != null) {
                failed.add(failures[i]);
            }
        }
        Path manifest = outDir.resolve(MANIFEST);
        AtomicFiles.writeString(manifest, csv.toString());
        return new DatasetResult(written, failed, manifest);
    }

    private ManifestRow clip(MidiRenderer renderer, LabelledTune t, Path outDir, String file) throws IOException {
        ClipPlan plan = ClipPlan.draw(t, options.seed(), options.instruments());
        MidiOptions midi = MidiOptions.DEFAULT.withProgram(plan.instrument().program()).withTempoBpm(plan.tempoBpm());
        Sequence seq = MidiWriter.toSequence(t.tune(), midi);
        AudioClip clip = renderer.render(seq, options.maxSeconds());
        if (clip.frames() == 0 || silent(clip)) {
            throw new IOException("no sound: the tune has no notes to play");
        }
        WavWriter.write(outDir.resolve(file), clip);
        return new ManifestRow(file, t.id(), t.style(), t.dance(), t.split(), plan.instrument().name(),
                plan.tempoBpm(), clip.seconds());
    }

    private static boolean silent(AudioClip clip) {
        for (int i = 0; i < clip.frames() * clip.channels(); i++) {
            if (clip.sample(i) != 0f) {
                return false;
            }
        }
        return true;
    }

    /**
     * A safe file name per tune (characters outside {@code [A-Za-z0-9._-]} become {@code _});
     * a second tune whose name clashes with an earlier one fails instead of overwriting it.
     */
    private static String[] fileNames(List<LabelledTune> tunes, TuneFailure[] failures) {
        String[] out = new String[tunes.size()];
        Map<String, String> taken = new HashMap<>();
        for (int i = 0; i < out.length; i++) {
            String id = tunes.get(i).id();
            String name = id.replaceAll("[^A-Za-z0-9._-]", "_") + ".wav";
            String before = taken.putIfAbsent(name.toLowerCase(Locale.ROOT), id);
            if (before != null) {
                failures[i] = new TuneFailure(id, "file name " + name + " is already used by id '" + before + "'", null);
            }
            out[i] = name;
        }
        return out;
    }
}
