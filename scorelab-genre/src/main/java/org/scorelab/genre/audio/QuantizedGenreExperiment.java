package org.scorelab.genre.audio;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.scorelab.audio.pitch.NoteEvent;
import org.scorelab.core.corpus.Corpus;
import org.scorelab.core.corpus.CorpusTune;
import org.scorelab.core.corpus.Split;
import org.scorelab.core.corpus.TitleSplit;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.Tune;
import org.scorelab.genre.classify.ClassifierKind;
import org.scorelab.genre.classify.GenreModel;
import org.scorelab.genre.classify.GenreTrainer;
import org.scorelab.genre.classify.Sample;
import org.scorelab.genre.eval.GenreEvaluation;
import org.scorelab.genre.eval.GenreEvaluator;
import org.scorelab.genre.features.SymbolicFeatures;

/**
 * Style from audio through a quantised score: what limits the transcription route, and whether
 * judging a transcription with the symbolic features lifts it.
 *
 * <p><b>Ceiling</b> (no audio): the notes each test tune's clip plays, for several spans of the
 * tune at its {@link org.scorelab.audio.dataset.ClipPlan} tempo, classified by {@link NoteFeatures},
 * by the symbolic features of the written tune cut at the first bar line at or after the span
 * ({@link SymbolicFeatures#WITHOUT_NOTATION}, real meter), the same without the meter group, and by
 * the symbolic features (no meter, no notation) of the played notes run through
 * {@link TranscriptionQuantizer}: the last is what a perfect transcription gives this route.
 *
 * <p><b>Audio</b>: clips of the train titles rendered with one sound set and of the test titles with
 * another, transcribed (cached like {@link AudioGenreExperiment}), quantised, and classified by the
 * symbolic features without meter and notation, trained on quantised transcriptions, on quantised
 * played notes of many more training titles, or on both; also the note features and the two sets
 * side by side. Style only: the dance task is the existing experiment's.
 */
public final class QuantizedGenreExperiment {

    /**
     * What to run.
     *
     * @param base  the clips, sounds, sizes, seed, cache and classifiers (its {@code seconds} is the
     *              audio clip length)
     * @param spans ceiling spans in seconds; 0 for the whole tune
     * @param audio whether to run the audio part (false: the ceiling only, no rendering)
     * @param testClipsOnly render only the test titles (both sound sets) and train on played notes
     *                      alone: what longer clips cost is then the test clips only
     */
    public record Options(AudioGenreExperiment.Options base, List<Double> spans, boolean audio, boolean testClipsOnly) {
    }

    /** One classifier on one feature route. */
    public record Row(String part, String direction, String span, String route, ClassifierKind kind, GenreEvaluation style,
                      GenreModel model) {
    }

    /** Every row, with the counts of the data. */
    public record Result(List<Row> rows, Map<String, String> data, double seconds) {

        /** The rows of one part ("ceiling" or "audio") as a Markdown table. */
        public String markdown(String part) {
            StringBuilder sb = new StringBuilder();
            sb.append("| train -> test sounds | span | route | classifier | style acc | style macro-F1 |\n");
            sb.append("|---|---|---|---|---:|---:|\n");
            for (Row r : rows) {
                if (r.part().equals(part)) {
                    sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.3f | %.3f |%n", r.direction(), r.span(), r.route(),
                            r.kind().title(), r.style().accuracy(), r.style().macroF1()));
                }
            }
            return sb.toString();
        }
    }

    public static final String CEILING = "ceiling";
    public static final String AUDIO = "audio";

    /** Route names. */
    public static final String NOTES = "note features";
    public static final String WRITTEN = "symbolic, written tune, no notation";
    public static final String WRITTEN_NO_METER = "symbolic, written tune, no notation, no meter";
    public static final String QUANTIZED = "symbolic, quantised notes (no notation, no meter)";
    public static final String Q_TRANSCRIBED = "quantised, trained on transcriptions";
    public static final String Q_PLAYED = "quantised, trained on quantised played notes";
    public static final String Q_BOTH = "quantised, trained on transcriptions + played notes";
    public static final String QN_BOTH = "quantised + note features, trained on transcriptions + played notes";
    public static final String N_BOTH = "note features, trained on transcriptions + played notes";
    public static final String QN_PLAYED = "quantised + note features, trained on played notes";
    public static final String N_PLAYED = "note features, trained on played notes";

    /** The route whose random forest {@code --save-models} keeps. */
    public static final String SAVED_ROUTE = QN_BOTH;

    /** The symbolic set used on quantised tunes: neither the meter (not estimated) nor the notation (not heard). */
    public static final SymbolicFeatures QUANTIZED_FEATURES = TranscriptionVectors.QUANTIZED_FEATURES;

    private final Options options;
    private final PrintStream log;
    private final TranscriptionQuantizer quantizer = TranscriptionQuantizer.DEFAULT;

    public QuantizedGenreExperiment(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    public Result run() throws IOException {
        Instant start = Instant.now();
        AudioGenreExperiment.Options o = options.base();
        Corpus corpus = Corpus.load(o.tunes(), TitleSplit.DEFAULT);
        List<CorpusTune> tunes = AudioClips.select(corpus, o.sizes(), o.seed());
        List<CorpusTune> more = new ArrayList<>();
        for (CorpusTune t : AudioClips.select(corpus, new AudioClips.Sizes(AudioGenreExperiment.PLAYED_PER_STYLE, 1,
                AudioGenreExperiment.PLAYED_PER_DANCE, 1), o.seed() + 1)) {
            if (t.split() == Split.TRAIN) {
                more.add(t);
            }
        }
        Map<String, CorpusTune> byId = new LinkedHashMap<>();
        for (CorpusTune t : more) {
            byId.put(t.label().id(), t);
        }
        for (CorpusTune t : tunes) {
            byId.put(t.label().id(), t);
        }
        say("%d clip tunes, %d more training tunes for the played-notes routes", tunes.size(), more.size());
        Map<String, String> data = new LinkedHashMap<>();
        data.put("played-notes training tunes", Integer.toString(more.size()));
        data.put("style test tunes", Long.toString(tunes.stream().filter(t -> t.split() == Split.TEST && !t.label().style().isBlank()).count()));
        List<Row> rows = new ArrayList<>();
        // The audio first: its rendering is the long part, and its rows do not wait for the ceiling's.
        if (options.audio()) {
            audio(tunes, more, rows, data);
        }
        for (double span : options.spans()) {
            double seconds = span <= 0 ? Double.MAX_VALUE : span;
            String spanName = span <= 0 ? "whole tune" : String.format(Locale.ROOT, "%.0f s", span);
            Map<String, List<NoteEvent>> played = new LinkedHashMap<>(AudioClips.playedNotes(more, o.seed(), seconds));
            played.putAll(AudioClips.playedNotes(tunes, o.seed(), seconds));
            Map<String, double[]> notes = vectors(played, n -> NoteFeatures.WITH_METER.extract(n));
            Map<String, double[]> quant = vectors(played, n -> QUANTIZED_FEATURES.extract(quantizer.quantize(n, "")));
            Map<String, double[]> written = new LinkedHashMap<>();
            Map<String, double[]> writtenNoMeter = new LinkedHashMap<>();
            for (Map.Entry<String, CorpusTune> e : byId.entrySet()) {
                Tune cut = cut(e.getValue().tune(), AudioClips.plan(e.getValue(), o.seed()).tempoBpm(), seconds);
                written.put(e.getKey(), SymbolicFeatures.WITHOUT_NOTATION.extract(cut));
                writtenNoMeter.put(e.getKey(), QUANTIZED_FEATURES.extract(cut));
            }
            double mean = 0;
            for (CorpusTune t : tunes) {
                List<NoteEvent> n = played.get(t.label().id());
                mean += n == null || n.isEmpty() ? 0 : n.get(n.size() - 1).end();
            }
            data.put("mean played length, " + spanName, String.format(Locale.ROOT, "%.1f s", mean / tunes.size()));
            for (ClassifierKind kind : o.kinds()) {
                rows.add(row(CEILING, "-", spanName, NOTES, kind, NoteFeatures.WITH_METER.setName(), NoteFeatures.WITH_METER.names(),
                        List.of(new Source(more, notes::get)), tunes, notes::get));
                rows.add(row(CEILING, "-", spanName, WRITTEN, kind, SymbolicFeatures.WITHOUT_NOTATION.setName(),
                        SymbolicFeatures.WITHOUT_NOTATION.names(), List.of(new Source(more, written::get)), tunes, written::get));
                rows.add(row(CEILING, "-", spanName, WRITTEN_NO_METER, kind, QUANTIZED_FEATURES.setName(), QUANTIZED_FEATURES.names(),
                        List.of(new Source(more, writtenNoMeter::get)), tunes, writtenNoMeter::get));
                rows.add(row(CEILING, "-", spanName, QUANTIZED, kind, QUANTIZED_FEATURES.setName(), QUANTIZED_FEATURES.names(),
                        List.of(new Source(more, quant::get)), tunes, quant::get));
            }
        }
        return new Result(rows, data, java.time.Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }

    private void audio(List<CorpusTune> tunes, List<CorpusTune> more, List<Row> rows, Map<String, String> data) throws IOException {
        AudioGenreExperiment.Options o = options.base();
        String spanName = String.format(Locale.ROOT, "%.0f s", o.seconds());
        Map<String, Map<String, ClipFeatures>> clips = new LinkedHashMap<>();
        List<CorpusTune> rendered = options.testClipsOnly() ? tunes.stream().filter(t -> t.split() == Split.TEST).toList() : tunes;
        for (SoundSet s : List.of(o.trainSounds(), o.testSounds())) {
            if (clips.containsKey(s.name())) {
                continue;
            }
            Path cache = null;
            if (o.cache() != null) {
                Files.createDirectories(o.cache());
                cache = o.cache().resolve(AudioClips.cacheName(s, o.seed(), o.seconds()));
            }
            Instant t0 = Instant.now();
            int total = rendered.size();
            clips.put(s.name(), AudioClips.analyse(rendered, s, o.seed(), o.seconds(), o.threads(), cache, n -> {
                if (n % 50 == 0) {
                    say("%s: %d of up to %d clips rendered and analysed", s.name(), n, total);
                }
            }));
            say("%s: %d clips ready in %.0f s", s.name(), clips.get(s.name()).size(),
                    java.time.Duration.between(t0, Instant.now()).toMillis() / 1000.0);
        }
        Map<String, List<NoteEvent>> played = AudioClips.playedNotes(more, o.seed(), o.seconds());
        Map<String, double[]> playedQ = vectors(played, n -> QUANTIZED_FEATURES.extract(quantizer.quantize(n, "")));
        Map<String, double[]> playedN = vectors(played, NoteFeatures.WITH_METER::extract);
        Map<String, double[]> playedQN = joined(playedQ, playedN);
        List<String> qnNames = TranscriptionVectors.bySetName(TranscriptionVectors.QUANTIZED_AND_NOTES).names();
        List<SoundSet[]> directions = new ArrayList<>();
        directions.add(new SoundSet[] {o.trainSounds(), o.testSounds()});
        if (o.both() && !o.trainSounds().name().equals(o.testSounds().name())) {
            directions.add(new SoundSet[] {o.testSounds(), o.trainSounds()});
        }
        for (SoundSet[] d : directions) {
            String dir = d[0].name() + " -> " + d[1].name();
            Map<String, double[]> trQ = vectors(notesOf(clips.get(d[0].name())), n -> QUANTIZED_FEATURES.extract(quantizer.quantize(n, "")));
            Map<String, double[]> teQ = vectors(notesOf(clips.get(d[1].name())), n -> QUANTIZED_FEATURES.extract(quantizer.quantize(n, "")));
            Map<String, double[]> trN = vectors(notesOf(clips.get(d[0].name())), NoteFeatures.WITH_METER::extract);
            Map<String, double[]> teN = vectors(notesOf(clips.get(d[1].name())), NoteFeatures.WITH_METER::extract);
            Map<String, double[]> trQN = joined(trQ, trN);
            Map<String, double[]> teQN = joined(teQ, teN);
            String qs = QUANTIZED_FEATURES.setName();
            List<String> qn = QUANTIZED_FEATURES.names();
            for (ClassifierKind kind : o.kinds()) {
                if (options.testClipsOnly()) {
                    rows.add(row(AUDIO, dir, spanName, Q_PLAYED, kind, qs, qn, List.of(new Source(more, playedQ::get)), tunes, teQ::get));
                    rows.add(row(AUDIO, dir, spanName, QN_PLAYED, kind, TranscriptionVectors.QUANTIZED_AND_NOTES, qnNames, List.of(new Source(more, playedQN::get)),
                            tunes, teQN::get));
                    rows.add(row(AUDIO, dir, spanName, N_PLAYED, kind, NoteFeatures.WITH_METER.setName(), NoteFeatures.WITH_METER.names(),
                            List.of(new Source(more, playedN::get)), tunes, teN::get));
                    continue;
                }
                rows.add(row(AUDIO, dir, spanName, Q_TRANSCRIBED, kind, qs, qn, List.of(new Source(tunes, trQ::get)), tunes, teQ::get));
                rows.add(row(AUDIO, dir, spanName, Q_PLAYED, kind, qs, qn, List.of(new Source(more, playedQ::get)), tunes, teQ::get));
                rows.add(row(AUDIO, dir, spanName, Q_BOTH, kind, qs, qn,
                        List.of(new Source(tunes, trQ::get), new Source(more, playedQ::get)), tunes, teQ::get));
                rows.add(row(AUDIO, dir, spanName, QN_BOTH, kind, TranscriptionVectors.QUANTIZED_AND_NOTES, qnNames,
                        List.of(new Source(tunes, trQN::get), new Source(more, playedQN::get)), tunes, teQN::get));
                rows.add(row(AUDIO, dir, spanName, N_BOTH, kind, NoteFeatures.WITH_METER.setName(), NoteFeatures.WITH_METER.names(),
                        List.of(new Source(tunes, trN::get), new Source(more, playedN::get)), tunes, teN::get));
            }
        }
    }

    /** The written tune cut at the first bar line at or after {@code seconds} played at {@code tempoBpm} quarters a minute. */
    static Tune cut(Tune tune, int tempoBpm, double seconds) {
        double secondsPerWhole = 240.0 / tempoBpm;
        double at = 0;
        List<Measure> keep = new ArrayList<>();
        for (Measure m : tune.measures()) {
            if (at >= seconds) {
                break;
            }
            keep.add(m);
            at += m.length().toDouble() * secondsPerWhole;
        }
        return tune.withMeasures(keep);
    }

    /** Training tunes and where their vectors come from. */
    private record Source(List<CorpusTune> tunes, Function<String, double[]> vector) {
    }

    private static Map<String, List<NoteEvent>> notesOf(Map<String, ClipFeatures> clips) {
        Map<String, List<NoteEvent>> out = new LinkedHashMap<>();
        clips.forEach((id, c) -> out.put(id, c.notes()));
        return out;
    }

    /** The vector of each note list with at least two notes (fewer carry no interval or unit). */
    private static Map<String, double[]> vectors(Map<String, List<NoteEvent>> notes, Function<List<NoteEvent>, double[]> f) {
        Map<String, double[]> out = new LinkedHashMap<>();
        notes.forEach((id, n) -> {
            if (n != null && TranscriptionQuantizer.monophonic(n).size() >= 2) {
                out.put(id, f.apply(n));
            }
        });
        return out;
    }

    private static Map<String, double[]> joined(Map<String, double[]> a, Map<String, double[]> b) {
        Map<String, double[]> out = new LinkedHashMap<>();
        a.forEach((id, x) -> {
            double[] y = b.get(id);
            if (y != null) {
                double[] z = java.util.Arrays.copyOf(x, x.length + y.length);
                System.arraycopy(y, 0, z, x.length, y.length);
                out.put(id, z);
            }
        });
        return out;
    }

    private Row row(String part, String dir, String span, String route, ClassifierKind kind, String setName, List<String> names,
                    List<Source> train, List<CorpusTune> tunes, Function<String, double[]> test) {
        List<Sample> tr = new ArrayList<>();
        for (Source s : train) {
            tr.addAll(AudioGenreExperiment.samples(s.tunes(), "style", Split.TRAIN, s.vector()));
        }
        List<Sample> te = AudioGenreExperiment.samples(tunes, "style", Split.TEST, test);
        GenreModel m = new GenreTrainer(AudioGenreExperiment.config(kind, options.base().seed())).train(setName, names, tr);
        GenreEvaluation ev = new GenreEvaluator().evaluate(m, te);
        say("%-8s %-14s %-10s %-62s %-22s style %.3f / %.3f (train %d, test %d)", part, dir, span, route, kind.title(), ev.accuracy(),
                ev.macroF1(), tr.size(), te.size());
        return new Row(part, dir, span, route, kind, ev, m);
    }

    private void say(String fmt, Object... args) {
        if (log != null) {
            log.printf(Locale.ROOT, fmt + "%n", args);
            log.flush();
        }
    }
}
