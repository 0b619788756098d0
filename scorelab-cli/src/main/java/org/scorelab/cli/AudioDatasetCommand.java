package org.scorelab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scorelab.audio.dataset.AudioDatasetBuilder;
import org.scorelab.audio.dataset.DatasetOptions;
import org.scorelab.audio.dataset.DatasetResult;
import org.scorelab.audio.dataset.Instrument;
import org.scorelab.audio.dataset.LabelledTune;
import org.scorelab.audio.dataset.TuneFailure;
import org.scorelab.audio.synth.RenderOptions;
import org.scorelab.core.corpus.Corpus;
import org.scorelab.core.corpus.CorpusTune;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scorelab dataset audio}: labelled WAV clips synthesised from the tunes. */
@Command(name = "audio", mixinStandardHelpOptions = true,
        description = {"Synthesises one labelled WAV clip per tune (varied General MIDI instruments and tempi that fit",
            "the meter or dance) and writes OUT/manifest.csv: file,id,style,dance,split,instrument,tempo,seconds."})
final class AudioDatasetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BuilderOptions options;


    @Option(names = "--count", paramLabel = "N", defaultValue = "0",
            description = "Clips to make, from N tunes drawn at random by the seed across all collections (default: all tunes).")
    int count;


    @Option(names = "--seconds", paramLabel = "SEC", defaultValue = "30", description = "Longest clip, in seconds (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--soundfont", paramLabel = "FILE", description = "An SF2 (or DLS) sound set instead of the JDK's built-in one.")
    Path soundfont;


    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        var stdout = spec.commandLine().getOut();
        FailureReport failures = new FailureReport();
        Corpus c = options.load(failures, stdout);
        List<LabelledTune> tunes = c.tunes().stream().map(AudioDatasetCommand::labelled).toList();
        if (count > 0 && count < tunes.size()) {
            // a seeded draw, not the first N: the folder is sorted by collection, so the first N
            // would all be one style
            List<LabelledTune> shuffled = new java.util.ArrayList<>(tunes);
            java.util.Collections.shuffle(shuffled, new java.util.Random(options.seed));
            tunes = shuffled.subList(0, count).stream().sorted(java.util.Comparator.comparing(LabelledTune::id)).toList();
        }
        RenderOptions render = soundfont == null ? RenderOptions.DEFAULT : RenderOptions.DEFAULT.withSoundbank(soundfont);
        DatasetOptions settings = new DatasetOptions(options.seed, seconds, options.threads, render, Instrument.MELODIC);
        long start = System.nanoTime();
        DatasetResult result;
        try (Progress progress = Progress.start("audio clips", tunes.size(), System.err)) {
            result = new AudioDatasetBuilder(settings).build(tunes, options.out, (done, total) -> progress.update(done));
        }
        double secs = (System.nanoTime() - start) / 1e9;
        double audio = result.rows().stream().mapToDouble(r -> r.seconds()).sum();
        for (TuneFailure f : result.failures()) {
            failures.add(f.id() + ": " + f.reason(), f.reason());
        }
        stdout.printf("wrote %d clip(s), %.0f s of audio, in %.1f s (%.0fx real time, %d threads); manifest: %s%n",
                result.rows().size(), audio, secs, audio / secs, options.threads, result.manifest());
        return failures.print(err, 50);
    }

    private static LabelledTune labelled(CorpusTune t) {
        return new LabelledTune(t.tune(), t.label().id(), t.label().style(), t.label().dance(), t.split().label());
    }
}
