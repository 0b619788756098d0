package org.scorelab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scorelab.core.corpus.Corpus;
import org.scorelab.core.corpus.CorpusTune;
import org.scorelab.render.dataset.BuildResult;
import org.scorelab.render.dataset.DatasetConfig;
import org.scorelab.render.dataset.DatasetItem;
import org.scorelab.render.dataset.OmrDatasetBuilder;
import org.scorelab.render.dataset.SampleEncoder;
import org.scorelab.render.dataset.SampleFailure;
import org.scorelab.render.dataset.Vocabulary;
import org.scorelab.render.verovio.WorkerSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scorelab dataset omr}: PrIMuS-like staff images with their tokens. */
@Command(name = "omr", mixinStandardHelpOptions = true,
        description = {"Builds PrIMuS-like OMR samples: excerpts of 1-6 measures (clef, key and time signature restated),",
            "symbolically augmented (clefs, keys, rests, fermatas, grace notes, multirests, densities), engraved by Verovio.",
            "Per sample: NAME.png, NAME.semantic, NAME.agnostic, NAME.mei; one OUT/manifest.csv with the split of each",
            "sample's tune (by title, so no tune is on two sides). Every token is in the PrIMuS vocabulary."})
final class OmrDatasetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BuilderOptions options;


    @Option(names = "--count", required = true, paramLabel = "N", description = "Samples to make.")
    int count;


    @Option(names = "--camera", description = "Distort every image as a phone camera would (Camera-PrIMuS-like).")
    boolean camera;


    @Override
    public Integer call() throws Exception {
        var stdout = spec.commandLine().getOut();
        FailureReport failures = new FailureReport();
        Corpus c = options.load(failures, stdout);
        List<DatasetItem> items = c.tunes().stream().map(OmrDatasetCommand::item).toList();
        if (items.isEmpty()) {
            failures.add(options.tunes + ": no readable tunes", "no readable tunes");
            return failures.print(spec.commandLine().getErr(), 50);
        }
        DatasetConfig config = DatasetConfig.of(count, options.seed, camera, options.threads);
        OmrDatasetBuilder builder = new OmrDatasetBuilder(items, SampleEncoder.primusMixedBeaming(0.3), Vocabulary.primus(), config,
                WorkerSetup.locate());
        BuildResult result;
        try (Progress progress = Progress.start("omr samples", count, System.err)) {
            result = builder.build(options.out, (done, total) -> progress.update(done));
        }
        for (SampleFailure f : result.failures()) {
            failures.add(f.name() + " (tune " + f.tuneId() + "): " + f.reason(), f.reason());
        }
        stdout.printf("wrote %d sample(s) in %.1f s (%.1f samples/s, %d threads%s); manifest: %s%n",
                result.rows().size(), result.seconds(), result.samplesPerSecond(), options.threads, camera ? ", camera" : "",
                result.manifest());
        return failures.print(spec.commandLine().getErr(), 50);
    }

    private static DatasetItem item(CorpusTune t) {
        String title = t.label().title().isEmpty() ? t.label().id() : t.label().title();
        return new DatasetItem(t.tune(), t.label().id(), title, t.split());
    }
}
