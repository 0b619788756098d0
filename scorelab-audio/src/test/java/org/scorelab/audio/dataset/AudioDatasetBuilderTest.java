package org.scorelab.audio.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.audio.AudioClip;
import org.scorelab.audio.synth.RenderOptions;
import org.scorelab.audio.wav.WavReader;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.NoteValue;
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.model.TuneInfo;

/** Determinism for a seed, failures collected per tune, tempo ranges, clip limit, progress. */
class AudioDatasetBuilderTest {

    @TempDir
    Path dir;

    /** {@code bars} measures of eighth notes walking up from C4 in the given meter. */
    static Tune tune(TimeSignature meter, int bars) {
        int perBar = (int) (meter.measureLength().numerator() * 8 / meter.measureLength().denominator());
        List<Measure> ms = new ArrayList<>();
        int k = 0;
        for (int b = 0; b < bars; b++) {
            List<Event> ev = new ArrayList<>();
            for (int i = 0; i < perBar; i++) {
                ev.add(Note.of(Pitch.fromMidi(60 + (k++ % 12), false), Duration.of(NoteValue.EIGHTH)));
            }
            ms.add(new Measure(ev, b == bars - 1 ? BarLine.FINAL : BarLine.SINGLE));
        }
        return new Tune(new TuneInfo("t", 1, "t", null, KeySignature.C_MAJOR, meter, 0, Map.of()), ms);
    }

    static List<LabelledTune> tunes() {
        return List.of(
                new LabelledTune(tune(TimeSignature.of(4, 4), 2), "reel-1", "irish", "reel", "train"),
                new LabelledTune(tune(TimeSignature.of(6, 8), 2), "jig-1", "irish", "jig", "train"),
                new LabelledTune(tune(TimeSignature.of(3, 4), 2), "waltz,1", "swedish", "waltz", "valid"),
                new LabelledTune(tune(TimeSignature.of(2, 4), 2), "polka 1", "irish", "polka", "test"),
                new LabelledTune(tune(TimeSignature.of(9, 8), 1), "slip-1", "irish", "slip jig", "train"));
    }

    @Test
    void sameSeedGivesTheSameFilesWhateverTheThreads() throws Exception {
        DatasetResult one = new AudioDatasetBuilder(DatasetOptions.of(7, 30).withThreads(1))
                .build(tunes(), dir.resolve("a"), null);
        DatasetResult two = new AudioDatasetBuilder(DatasetOptions.of(7, 30).withThreads(2))
                .build(tunes(), dir.resolve("b"), null);

        assertThat(one.failures()).isEmpty();
        assertThat(two.rows()).isEqualTo(one.rows());
        assertThat(Files.readString(two.manifest())).isEqualTo(Files.readString(one.manifest()));
        for (ManifestRow r : one.rows()) {
            boolean same = Arrays.equals(Files.readAllBytes(dir.resolve("b").resolve(r.file())),
                    Files.readAllBytes(dir.resolve("a").resolve(r.file())));
            assertThat(same).as("%s is byte for byte the same", r.file()).isTrue();
        }
        List<String> lines = Files.readAllLines(one.manifest());
        assertThat(lines.get(0)).isEqualTo("file,id,style,dance,split,instrument,tempo,seconds");
        assertThat(lines).hasSize(6);
        assertThat(lines.get(3)).startsWith("waltz_1.wav,\"waltz,1\",swedish,waltz,valid,");
    }

    @Test
    void planDependsOnSeedAndIdOnly() {
        List<LabelledTune> ts = tunes();
        List<ClipPlan> a = ts.stream().map(t -> ClipPlan.draw(t, 7, Instrument.MELODIC)).toList();
        List<LabelledTune> reversed = new ArrayList<>(ts);
        Collections.reverse(reversed);
        List<ClipPlan> b = new ArrayList<>(reversed.stream().map(t -> ClipPlan.draw(t, 7, Instrument.MELODIC)).toList());
        Collections.reverse(b);
        assertThat(b).isEqualTo(a);

        // Another seed changes at least some draws over many ids.
        long differ = Stream.iterate(0, i -> i + 1).limit(50)
                .map(i -> new LabelledTune(tune(TimeSignature.of(4, 4), 1), "id" + i, "", "reel", ""))
                .filter(t -> !ClipPlan.draw(t, 7, Instrument.MELODIC).equals(ClipPlan.draw(t, 8, Instrument.MELODIC)))
                .count();
        assertThat(differ).isGreaterThan(40);
    }

    @Test
    void temposFitDanceAndMeter() {
        assertThat(TempoRange.forTune(TimeSignature.of(4, 4), "Reel")).isEqualTo(new TempoRange(180, 230));
        // Jigs: 100-125 dotted quarters = 150-187 quarters.
        assertThat(TempoRange.forTune(TimeSignature.of(6, 8), "jig")).isEqualTo(new TempoRange(150, 187));
        assertThat(TempoRange.forTune(TimeSignature.of(12, 8), "")).isEqualTo(new TempoRange(105, 165));
        assertThat(TempoRange.forTune(TimeSignature.of(3, 4), "")).isEqualTo(new TempoRange(80, 140));
        assertThat(TempoRange.forTune(TimeSignature.of(9, 8), "slipjig")).isEqualTo(new TempoRange(150, 187));
        assertThat(TempoRange.forTune(TimeSignature.of(4, 4), "air")).isEqualTo(new TempoRange(60, 90));
        for (LabelledTune t : tunes()) {
            ClipPlan p = ClipPlan.draw(t, 1, Instrument.MELODIC);
            TempoRange r = TempoRange.forTune(t.tune().info().meter(), t.dance());
            assertThat(p.tempoBpm()).isBetween(r.min(), r.max());
        }
    }

    @Test
    void failuresAreCollectedAndTheOthersWritten() throws Exception {
        Tune silent = new Tune(new TuneInfo("s", 1, "s", null, null, TimeSignature.of(4, 4), 0, Map.of()),
                List.of(new Measure(List.of(Rest.of(Duration.of(NoteValue.WHOLE))), BarLine.FINAL)));
        List<LabelledTune> in = new ArrayList<>(tunes());
        in.add(1, new LabelledTune(silent, "silent", "", "", "train"));
        in.add(new LabelledTune(tune(TimeSignature.of(4, 4), 1), "REEL-1", "", "", "train"));
        List<int[]> calls = Collections.synchronizedList(new ArrayList<>());

        DatasetResult r = new AudioDatasetBuilder(DatasetOptions.of(3, 30))
                .build(in, dir, (done, total) -> calls.add(new int[] {done, total}));

        assertThat(r.rows()).extracting(ManifestRow::id).containsExactly("reel-1", "jig-1", "waltz,1", "polka 1", "slip-1");
        assertThat(r.failures()).extracting(TuneFailure::id).containsExactly("silent", "REEL-1");
        assertThat(r.failures().get(0).reason()).isEqualTo("no sound: the tune has no notes to play");
        assertThat(r.failures().get(1).reason()).isEqualTo("file name REEL-1.wav is already used by id 'reel-1'");
        assertThat(dir.resolve("silent.wav")).doesNotExist();
        assertThat(Files.readAllLines(r.manifest())).hasSize(6);
        assertThat(calls).extracting(c -> c[0]).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(calls).allSatisfy(c -> assertThat(c[1]).isEqualTo(7));
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anUnusableSoundbankStopsTheBuildWithItsName() throws Exception {
        Path sf2 = dir.resolve("bad.sf2");
        Files.writeString(sf2, "RIFF but not really");
        DatasetOptions opts = new DatasetOptions(1, 30, 2, RenderOptions.DEFAULT.withSoundbank(sf2), null);

        assertThatThrownBy(() -> new AudioDatasetBuilder(opts).build(tunes(), dir.resolve("out"), null))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageStartingWith("cannot open the synthesizer: " + sf2 + ": not a soundbank (SF2/DLS)");
        assertThat(dir.resolve("out").resolve(AudioDatasetBuilder.MANIFEST)).doesNotExist();
    }

    @Test
    void clipsAreCutAtTheLimitAndMatchTheManifest() throws Exception {
        List<LabelledTune> in = List.of(new LabelledTune(tune(TimeSignature.of(4, 4), 20), "long", "", "", "train"));

        DatasetResult r = new AudioDatasetBuilder(DatasetOptions.of(5, 2.5)).build(in, dir, null);

        ManifestRow row = r.rows().get(0);
        assertThat(row.seconds()).isEqualTo(2.5, org.assertj.core.data.Offset.offset(1e-3));
        AudioClip clip = WavReader.read(dir.resolve(row.file()));
        assertThat(clip.seconds()).isEqualTo(row.seconds(), org.assertj.core.data.Offset.offset(1e-3));
        assertThat(Instrument.MELODIC).extracting(Instrument::name).contains(row.instrument());
    }
}
