package org.scorelab.genre.audio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import javax.sound.midi.Sequence;
import org.scorelab.audio.AudioClip;
import org.scorelab.audio.dataset.ClipPlan;
import org.scorelab.audio.dataset.Instrument;
import org.scorelab.audio.dataset.LabelledTune;
import org.scorelab.audio.pitch.NoteEvent;
import org.scorelab.audio.pitch.SequenceNotes;
import org.scorelab.audio.pitch.Transcriber;
import org.scorelab.audio.synth.RenderPool;
import org.scorelab.core.corpus.Corpus;
import org.scorelab.core.corpus.CorpusTune;
import org.scorelab.core.corpus.Split;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.core.midi.MidiOptions;
import org.scorelab.core.midi.MidiWriter;

/**
 * Chooses the tunes of an audio experiment, renders them with a sound set, and keeps the
 * transcription and summary features of each clip (cached per sound set, so the second direction
 * of an experiment and reruns cost no rendering).
 *
 * <p>Each tune is played as the audio data set builder plays it: instrument and tempo drawn by
 * {@link ClipPlan} from the seed and the tune's id, so both sound sets play the same instrument
 * program at the same tempo and only the sounds differ.
 */
public final class AudioClips {

    /** Dance types with enough tunes in the corpus to learn from (march has one). */
    public static final List<String> DANCES = List.of("air", "hornpipe", "jig", "reel", "slipjig", "strathspey", "waltz");

    private AudioClips() {
    }

    /** The class of a tune for a task ("style" or "dance"), or null when it has none. */
    public static String label(CorpusTune t, String task) {
        if (task.equals("style")) {
            return t.label().style().isBlank() ? null : t.label().style();
        }
        return DANCES.contains(t.label().dance()) ? t.label().dance() : null;
    }

    /** How many tunes of each class and split to take. */
    public record Sizes(int styleTrain, int styleTest, int danceTrain, int danceTest) {
    }

    /**
     * Up to the given number of tunes per style (and per dance type) from the train and test
     * splits, drawn at random by the seed; the union, in corpus order.
     */
    public static List<CorpusTune> select(Corpus corpus, Sizes sizes, long seed) {
        Map<String, List<CorpusTune>> groups = new TreeMap<>();
        for (CorpusTune t : corpus.tunes()) {
            if (t.split() == Split.VALIDATION) {
                continue;
            }
            String split = t.split().label();
            if (!t.label().style().isBlank()) {
                groups.computeIfAbsent("style/" + split + "/" + t.label().style(), k -> new ArrayList<>()).add(t);
            }
            if (DANCES.contains(t.label().dance())) {
                groups.computeIfAbsent("dance/" + split + "/" + t.label().dance(), k -> new ArrayList<>()).add(t);
            }
        }
        java.util.Set<String> chosen = new java.util.HashSet<>();
        for (Map.Entry<String, List<CorpusTune>> g : groups.entrySet()) {
            String[] k = g.getKey().split("/");
            boolean train = k[1].equals(Split.TRAIN.label());
            int cap = k[0].equals("style") ? (train ? sizes.styleTrain() : sizes.styleTest())
                    : (train ? sizes.danceTrain() : sizes.danceTest());
            List<CorpusTune> list = new ArrayList<>(g.getValue());
            Collections.shuffle(list, new java.util.Random(new SplittableRandom(seed ^ g.getKey().hashCode()).nextLong()));
            for (CorpusTune t : list.subList(0, Math.min(cap, list.size()))) {
                chosen.add(t.label().id());
            }
        }
        List<CorpusTune> out = new ArrayList<>();
        for (CorpusTune t : corpus.tunes()) {
            if (chosen.contains(t.label().id())) {
                out.add(t);
            }
        }
        return out;
    }

    /** How the data set builder would play the tune: instrument and tempo. */
    static ClipPlan plan(CorpusTune t, long seed) {
        LabelledTune lt = new LabelledTune(t.tune(), t.label().id(), t.label().style(), t.label().dance(), t.split().label());
        return ClipPlan.draw(lt, seed, Instrument.MELODIC);
    }

    /** The tune as the data set builder would play it. */
    public static Sequence sequence(CorpusTune t, long seed) {
        ClipPlan plan = plan(t, seed);
        return MidiWriter.toSequence(t.tune(), MidiOptions.DEFAULT.withProgram(plan.instrument().program()).withTempoBpm(plan.tempoBpm()));
    }

    /** The notes each tune's clip plays: a perfect transcription. */
    public static Map<String, List<NoteEvent>> playedNotes(List<CorpusTune> tunes, long seed, double seconds) {
        Map<String, List<NoteEvent>> out = new LinkedHashMap<>();
        for (CorpusTune t : tunes) {
            try {
                out.put(t.label().id(), SequenceNotes.of(sequence(t, seed), seconds));
            } catch (IllegalArgumentException e) {
                // A tune MIDI cannot express (a key outside 0..127) has no clip either.
            }
        }
        return out;
    }

    /**
     * Renders, transcribes and summarises every tune with the sound set, reading what the cache
     * file already holds and adding the rest to it.
     *
     * @throws IOException when the synthesizer or the sound set cannot be opened
     */
    public static Map<String, ClipFeatures> analyse(List<CorpusTune> tunes, SoundSet sounds, long seed, double seconds, int threads,
                                                    Path cache, IntConsumer progress) throws IOException {
        Map<String, ClipFeatures> have = new HashMap<>();
        if (cache != null && Files.isRegularFile(cache)) {
            for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    ClipFeatures c = ClipFeatures.fromLine(line);
                    have.put(c.id(), c);
                }
            }
        }
        List<CorpusTune> todo = new ArrayList<>();
        for (CorpusTune t : tunes) {
            if (!have.containsKey(t.label().id())) {
                todo.add(t);
            }
        }
        ClipFeatures[] done = new ClipFeatures[todo.size()];
        AtomicInteger count = new AtomicInteger();
        Transcriber transcriber = Transcriber.standard();
        AudioSummaryFeatures summary = new AudioSummaryFeatures();
        RenderPool.run(sounds.render(), threads, todo.size(), sounds.name(), (r, i) -> {
            CorpusTune t = todo.get(i);
            try {
                AudioClip clip = r.render(sequence(t, seed), seconds);
                done[i] = new ClipFeatures(t.label().id(), transcriber.transcribe(clip), summary.extract(clip));
            } catch (IllegalArgumentException e) {
                done[i] = null;
            }
            progress.accept(count.incrementAndGet());
        });
        for (ClipFeatures c : done) {
            if (c != null) {
                have.put(c.id(), c);
            }
        }
        if (cache != null && done.length > 0) {
            StringBuilder sb = new StringBuilder();
            for (ClipFeatures c : new TreeMap<>(have).values()) {
                sb.append(c.toLine()).append('\n');
            }
            AtomicFiles.writeString(cache, sb.toString());
        }
        Map<String, ClipFeatures> out = new LinkedHashMap<>();
        for (CorpusTune t : tunes) {
            ClipFeatures c = have.get(t.label().id());
            if (c != null) {
                out.put(t.label().id(), c);
            }
        }
        return out;
    }

    /** A cache file name that changes with everything that changes a clip. */
    public static String cacheName(SoundSet sounds, long seed, double seconds) {
        return String.format(Locale.ROOT, "clips-%s-seed%d-%.0fs.tsv", sounds.name(), seed, seconds);
    }
}
