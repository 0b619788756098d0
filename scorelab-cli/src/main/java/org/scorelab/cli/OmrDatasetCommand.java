package org.scorelab.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.scorelab.core.corpus.Corpus;
import org.scorelab.core.corpus.CorpusTune;
import org.scorelab.core.corpus.Split;
import org.scorelab.render.abcm2ps.Abcm2ps;
import org.scorelab.render.abcm2ps.Abcm2psEngraver;
import org.scorelab.render.augment.AugmentationConfig;
import org.scorelab.render.dataset.BuildResult;
import org.scorelab.render.dataset.DatasetConfig;
import org.scorelab.render.dataset.DatasetItem;
import org.scorelab.render.dataset.EngraverFactory;
import org.scorelab.render.dataset.OmrDatasetBuilder;
import org.scorelab.render.dataset.SampleEncoder;
import org.scorelab.render.dataset.SampleFailure;
import org.scorelab.render.dataset.VerovioEngraver;
import org.scorelab.render.dataset.Vocabulary;
import org.scorelab.render.lilypond.Lilypond;
import org.scorelab.render.lilypond.LilypondEngraver;
import org.scorelab.render.verovio.WorkerSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code scorelab dataset omr}: PrIMuS-like staff images with their tokens. */
@Command(name = "omr", mixinStandardHelpOptions = true,
        description = {"Builds PrIMuS-like OMR samples: excerpts of 1-6 measures (clef, key and time signature restated),",
            "symbolically augmented (clefs, keys, rests, fermatas, grace notes, multirests, densities), engraved by Verovio",
            "(or by abcm2ps or LilyPond with --engraver, for test sets from other engravers).",
            "Per sample: NAME.png, NAME.semantic, NAME.agnostic, NAME.mei (abcm2ps: NAME.png, NAME.semantic, NAME.abc;",
            "lilypond: NAME.png, NAME.semantic, NAME.ly);",
            "one OUT/manifest.csv with the split of each sample's tune (by title, so no tune is on two sides).",
            "Every token is in the PrIMuS vocabulary."})
final class OmrDatasetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BuilderOptions options;


    @Option(names = "--count", required = true, paramLabel = "N", description = "Samples to make.")
    int count;


    @Option(names = "--camera", description = "Distort every image as a phone camera would (Camera-PrIMuS-like).")
    boolean camera;

    /** Who draws the staves. */
    enum Engraver { verovio, abcm2ps, lilypond }

    @Option(names = "--engraver", paramLabel = "NAME", defaultValue = "verovio",
            description = {"verovio (default), abcm2ps (needs the abcm2ps program: apt-get install abcm2ps)",
                "or lilypond (needs LilyPond 2.24: apt-get install lilypond)."})
    Engraver engraver;

    @Option(names = "--bold", defaultValue = "0", paramLabel = "SHARE",
            description = "Share of images drawn with every stroke 1 px heavier, as heavier engravings and scans are"
                    + " (real PrIMuS staff lines are 1/6 of an interline, Verovio's 1/9) (default: ${DEFAULT-VALUE}).")
    double bold;

    @Option(names = "--short-stems", defaultValue = "0", paramLabel = "SHARE",
            description = "Share of Verovio excerpts whose flagged sixteenths and shorter notes get short stems, their"
                    + " flags close to the head as LilyPond draws them (default: ${DEFAULT-VALUE}).")
    double shortStems;

    @Option(names = "--key-windows", defaultValue = "0", paramLabel = "SHARE",
            description = "Share of Verovio excerpts whose opening key signature is drawn in another octave placement"
                    + " (engravers differ in them outside the treble clef): its accidentals in a window of seven staff"
                    + " positions starting on -1 to 2 for flats, 0 to 3 for sharps, LilyPond's among them; the agnostic"
                    + " labels follow (default: ${DEFAULT-VALUE}).")
    double keyWindows;

    @Option(names = "--keep-clef", defaultValue = "0.5", paramLabel = "P",
            description = "Chance that an excerpt keeps its tune's own clef (most tunes are in the treble clef);"
                    + " otherwise one of the ten PrIMuS clefs is drawn, each as likely (default: ${DEFAULT-VALUE}).")
    double keepClef;

    @Option(names = "--multirests", defaultValue = "0.05", paramLabel = "P",
            description = "Chance that an excerpt gets a multirest measure (its count from 1 to 1111, PrIMuS-like)"
                    + " (default: ${DEFAULT-VALUE}).")
    double multirests;

    @Option(names = "--narrow-multirests", defaultValue = "0", paramLabel = "SHARE",
            description = "Share of Verovio excerpts whose multirest bars are drawn 4 to 7.5 interlines long, as real"
                    + " PrIMuS incipits draw them (Verovio: about 10) (default: ${DEFAULT-VALUE}).")
    double narrowMultirests;

    @Option(names = "--unslashed-grace", defaultValue = "0", paramLabel = "SHARE",
            description = "Share of Verovio excerpts whose grace notes are drawn without a slash, as LilyPond draws them"
                    + " and real PrIMuS incipits draw appoggiaturas (Verovio and abcm2ps slash them)"
                    + " (default: ${DEFAULT-VALUE}).")
    double unslashedGrace;

    @Option(names = "--splits", paramLabel = "SPLIT[,SPLIT...]", split = ",", defaultValue = "train,validation,test",
            description = "Draw excerpts only from tunes of these splits, e.g. test for an evaluation set (default: all).")
    List<String> splits;


    @Override
    public Integer call() throws Exception {
        var stdout = spec.commandLine().getOut();
        Set<Split> wanted = splits();
        requireUnit("--bold", bold, "a share of the images");
        requireUnit("--short-stems", shortStems, "a share of the excerpts");
        requireUnit("--key-windows", keyWindows, "a share of the excerpts");
        requireUnit("--keep-clef", keepClef, "a probability");
        requireUnit("--multirests", multirests, "a probability");
        requireUnit("--narrow-multirests", narrowMultirests, "a share of the excerpts");
        requireUnit("--unslashed-grace", unslashedGrace, "a share of the excerpts");
        DatasetConfig config = DatasetConfig.of(count, options.seed, camera, options.threads).withBoldShare(bold)
                .withAugmentation(AugmentationConfig.DEFAULT.withKeepClefProbability(keepClef)
                        .withMultirestProbability(multirests));
        FailureReport failures = new FailureReport();
        Corpus c = options.load(failures, stdout);
        List<DatasetItem> items = c.tunes().stream().filter(t -> wanted.contains(t.split())).map(OmrDatasetCommand::item).toList();
        if (items.isEmpty()) {
            failures.add(options.tunes + ": no readable tunes in the splits " + splits, "no readable tunes");
            return failures.print(spec.commandLine().getErr(), 50);
        }
        EngraverFactory factory = switch (engraver) {
            case verovio -> VerovioEngraver.factory(WorkerSetup.locate());
            case abcm2ps -> Abcm2psEngraver.factory(WorkerSetup.locate(), Abcm2ps.locate());
            case lilypond -> LilypondEngraver.factory(WorkerSetup.locate(), Lilypond.locate());
        };
        SampleEncoder encoder = SampleEncoder.primusMixedBeaming(0.3).withShortStems(shortStems).withKeyWindows(keyWindows)
                .withNarrowMultirests(narrowMultirests).withUnslashedGraceNotes(unslashedGrace);
        OmrDatasetBuilder builder = new OmrDatasetBuilder(items, encoder, Vocabulary.primus(), config, factory);
        BuildResult result;
        try (Progress progress = Progress.start("omr samples", count, System.err)) {
            result = builder.build(options.out, (done, total) -> progress.update(done));
        }
        for (SampleFailure f : result.failures()) {
            failures.add(f.name() + " (tune " + f.tuneId() + "): " + f.reason(), f.reason());
        }
        stdout.printf("wrote %d sample(s) in %.1f s (%.1f samples/s, %d threads, %s%s); manifest: %s%n",
                result.rows().size(), result.seconds(), result.samplesPerSecond(), options.threads, engraver, camera ? ", camera" : "",
                result.manifest());
        return failures.print(spec.commandLine().getErr(), 50);
    }

    /** Refuses a share or probability outside [0, 1] before any work, naming the option. */
    private void requireUnit(String option, double value, String what) {
        if (!(value >= 0 && value <= 1)) {
            throw new ParameterException(spec.commandLine(), option + ": " + what + " in 0..1 was expected, found " + value);
        }
    }

    private Set<Split> splits() {
        Set<Split> out = EnumSet.noneOf(Split.class);
        for (String name : splits) {
            Split found = null;
            for (Split s : Split.values()) {
                if (s.label().equals(name.strip())) {
                    found = s;
                }
            }
            if (found == null) {
                throw new ParameterException(spec.commandLine(), "--splits: '" + name + "' is not a split, expected train, validation or test");
            }
            out.add(found);
        }
        return out;
    }

    private static DatasetItem item(CorpusTune t) {
        String title = t.label().title().isEmpty() ? t.label().id() : t.label().title();
        return new DatasetItem(t.tune(), t.label().id(), title, t.split());
    }
}
