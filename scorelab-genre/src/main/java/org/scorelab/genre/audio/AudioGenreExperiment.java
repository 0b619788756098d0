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
import org.scorelab.genre.classify.ClassifierKind;
import org.scorelab.genre.classify.GenreModel;
import org.scorelab.genre.classify.GenreTrainer;
import org.scorelab.genre.classify.Sample;
import org.scorelab.genre.eval.ConfusionMatrixImage;
import org.scorelab.genre.eval.GenreEvaluation;
import org.scorelab.genre.eval.GenreEvaluator;

/**
 * Style and dance type from audio across sound sets: tunes of the train titles are rendered with
 * one sound set, tunes of the held-out test titles with another, and every classifier is scored on
 * the second. Three routes are compared: notes transcribed from the audio and classified by
 * {@link NoteFeatures} with the classifier trained on transcriptions of the training sound set; the
 * same with the classifier trained on the notes the clips play (what a perfect transcription would
 * give, from the scores, for many more training titles since they cost no audio); trained on both together; and the classic baseline on {@link AudioSummaryFeatures}. A reference row
 * classifies the played notes of the test tunes, with no audio at all: the ceiling of the notes route.
 *
 * <p>The classifier settings are fixed beforehand (those the symbolic experiment chose on its
 * validation split); no setting is tuned on these test clips.
 */
public final class AudioGenreExperiment {

    /**
     * What to run.
     *
     * @param tunes       the tune collections (index.csv)
     * @param trainSounds the sound set of the training clips
     * @param testSounds  the sound set of the test clips
     * @param both        also train on {@code testSounds} and test on {@code trainSounds}
     * @param seconds     clip length (the first seconds of each tune)
     * @param sizes       tunes per class and split
     * @param seed        draws the tunes, instruments and tempi, and seeds the classifiers
     * @param threads     rendering threads
     * @param cache       folder for the per-sound-set feature caches, null for none
     * @param kinds       the classifiers compared
     */
    public record Options(Path tunes, SoundSet trainSounds, SoundSet testSounds, boolean both, double seconds, AudioClips.Sizes sizes,
                          long seed, int threads, Path cache, List<ClassifierKind> kinds) {
    }

    /** One classifier on one route and direction; a null evaluation is a task the route does not do. */
    public record Row(String direction, String route, ClassifierKind kind, GenreEvaluation style, GenreEvaluation danceMeter,
                      GenreEvaluation danceNoMeter, GenreModel styleModel, GenreModel danceModel) {
    }

    /** Every row, with the counts of the data. */
    public record Result(List<Row> rows, Map<String, String> data, double seconds) {

        /** The results as a Markdown table. */
        public String markdown() {
            StringBuilder sb = new StringBuilder();
            sb.append("| train -> test sounds | route | classifier | style acc | style macro-F1 | dance acc +meter | dance acc -meter | dance macro-F1 +/-meter |\n");
            sb.append("|---|---|---|---:|---:|---:|---:|---:|\n");
            for (Row r : rows) {
                sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s / %s |%n", r.direction(), r.route(),
                        r.kind().title(), acc(r.style()), f1(r.style()), acc(r.danceMeter()), acc(r.danceNoMeter()),
                        f1(r.danceMeter()), f1(r.danceNoMeter())));
            }
            return sb.toString();
        }

        private static String acc(GenreEvaluation e) {
            return e == null ? "-" : String.format(Locale.ROOT, "%.3f", e.accuracy());
        }

        private static String f1(GenreEvaluation e) {
            return e == null ? "-" : String.format(Locale.ROOT, "%.3f", e.macroF1());
        }
    }

    /** Route names. */
    public static final String TRANSCRIBED = "notes, trained on transcriptions";
    public static final String PLAYED = "notes, trained on played notes";
    public static final String BOTH = "notes, trained on transcriptions + played notes";
    public static final String SUMMARY = "summary audio features";
    public static final String REFERENCE = "reference: played notes, no audio";

    /** Training tunes per style (and per dance type) whose played notes train the played-notes routes. */
    static final int PLAYED_PER_STYLE = 300;
    static final int PLAYED_PER_DANCE = 80;

    private final Options options;
    private final PrintStream log;

    public AudioGenreExperiment(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    /** The settings of each classifier (the symbolic experiment's choices). */
    static GenreTrainer.Config config(ClassifierKind kind, long seed) {
        GenreTrainer.Config d = GenreTrainer.Config.defaults(kind).withSeed(seed);
        return switch (kind) {
            case DECISION_TREE -> d.withMaxDepth(12);
            case RANDOM_FOREST -> d.withTrees(100).withMaxDepth(16);
            case KNN -> d.withNeighbours(5);
            case SOFTMAX -> d.withEpochs(30);
            case LINEAR_SVM -> d.withCost(0.1);
            case RBF_SVM -> d.withCost(10).withGamma(0.01);
        };
    }

    public Result run() throws IOException {
        Instant start = Instant.now();
        Corpus corpus = Corpus.load(options.tunes(), TitleSplit.DEFAULT);
        List<CorpusTune> tunes = AudioClips.select(corpus, options.sizes(), options.seed());
        Map<String, CorpusTune> byId = new LinkedHashMap<>();
        tunes.forEach(t -> byId.put(t.label().id(), t));
        say("%d tunes chosen from %d", tunes.size(), corpus.tunes().size());
        Map<String, List<NoteEvent>> played = AudioClips.playedNotes(tunes, options.seed(), options.seconds());
        // Played notes cost no audio, so their route learns from many more training titles.
        List<CorpusTune> more = new ArrayList<>();
        for (CorpusTune t : AudioClips.select(corpus, new AudioClips.Sizes(PLAYED_PER_STYLE, 1, PLAYED_PER_DANCE, 1), options.seed() + 1)) {
            if (t.split() == Split.TRAIN) {
                more.add(t);
            }
        }
        Map<String, List<NoteEvent>> playedMore = AudioClips.playedNotes(more, options.seed(), options.seconds());
        say("played notes of %d more training tunes (up to %d per style, %d per dance type)", more.size(), PLAYED_PER_STYLE, PLAYED_PER_DANCE);
        Map<String, Map<String, ClipFeatures>> clips = new LinkedHashMap<>();
        for (SoundSet s : List.of(options.trainSounds(), options.testSounds())) {
            if (clips.containsKey(s.name())) {
                continue;
            }
            Path cache = null;
            if (options.cache() != null) {
                Files.createDirectories(options.cache());
                cache = options.cache().resolve(AudioClips.cacheName(s, options.seed(), options.seconds()));
            }
            Instant t0 = Instant.now();
            int total = tunes.size();
            clips.put(s.name(), AudioClips.analyse(tunes, s, options.seed(), options.seconds(), options.threads(), cache, n -> {
                if (n % 100 == 0) {
                    say("%s: %d of up to %d clips rendered and analysed", s.name(), n, total);
                }
            }));
            say("%s: %d clips ready in %.0f s", s.name(), clips.get(s.name()).size(), seconds(t0));
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("tunes", Integer.toString(tunes.size()));
        data.put("seconds per clip", String.format(Locale.ROOT, "%.0f", options.seconds()));
        for (String task : List.of("style", "dance")) {
            for (Split sp : List.of(Split.TRAIN, Split.TEST)) {
                Map<String, Integer> counts = new java.util.TreeMap<>();
                for (CorpusTune t : tunes) {
                    String label = AudioClips.label(t, task);
                    if (label != null && t.split() == sp) {
                        counts.merge(label, 1, Integer::sum);
                    }
                }
                data.put(task + " " + sp.label(), counts.toString());
            }
        }

        List<Row> rows = new ArrayList<>();
        List<SoundSet[]> directions = new ArrayList<>();
        directions.add(new SoundSet[] {options.trainSounds(), options.testSounds()});
        if (options.both() && !options.trainSounds().name().equals(options.testSounds().name())) {
            directions.add(new SoundSet[] {options.testSounds(), options.trainSounds()});
        }
        for (SoundSet[] d : directions) {
            Map<String, ClipFeatures> train = clips.get(d[0].name());
            Map<String, ClipFeatures> test = clips.get(d[1].name());
            String dir = d[0].name() + " -> " + d[1].name();
            for (ClassifierKind kind : options.kinds()) {
                rows.add(notesRow(dir, TRANSCRIBED, kind, tunes, List.of(new Source(tunes, id -> notesOf(train, id))), id -> notesOf(test, id)));
                rows.add(notesRow(dir, PLAYED, kind, tunes, List.of(new Source(more, playedMore::get)), id -> notesOf(test, id)));
                rows.add(notesRow(dir, BOTH, kind, tunes, List.of(new Source(tunes, id -> notesOf(train, id)), new Source(more, playedMore::get)),
                        id -> notesOf(test, id)));
                rows.add(summaryRow(dir, kind, tunes, train, test));
            }
        }
        for (ClassifierKind kind : options.kinds()) {
            rows.add(notesRow("-", REFERENCE, kind, tunes, List.of(new Source(more, playedMore::get)), played::get));
        }
        return new Result(rows, data, seconds(start));
    }

    /** Training tunes and where their notes come from. */
    private record Source(List<CorpusTune> tunes, Function<String, List<NoteEvent>> notes) {
    }

    private static List<NoteEvent> notesOf(Map<String, ClipFeatures> clips, String id) {
        ClipFeatures c = clips.get(id);
        return c == null ? null : c.notes();
    }

    private Row notesRow(String dir, String route, ClassifierKind kind, List<CorpusTune> tunes,
                         List<Source> trainNotes, Function<String, List<NoteEvent>> testNotes) {
        GenreModel[] models = new GenreModel[2];
        GenreEvaluation style = score(kind, tunes, "style", NoteFeatures.WITH_METER, trainNotes, testNotes, models, 0);
        GenreEvaluation dm = score(kind, tunes, "dance", NoteFeatures.WITH_METER, trainNotes, testNotes, models, 1);
        GenreEvaluation dn = score(kind, tunes, "dance", NoteFeatures.WITHOUT_METER, trainNotes, testNotes, null, 0);
        say("%-12s %-40s %-22s style %.3f / %.3f  dance+m %.3f  dance-m %.3f", dir, route, kind.title(), style.accuracy(),
                style.macroF1(), dm.accuracy(), dn.accuracy());
        return new Row(dir, route, kind, style, dm, dn, models[0], models[1]);
    }

    private GenreEvaluation score(ClassifierKind kind, List<CorpusTune> tunes, String task, NoteFeatures features,
                                  List<Source> trainNotes, Function<String, List<NoteEvent>> testNotes,
                                  GenreModel[] keep, int slot) {
        List<Sample> train = new ArrayList<>();
        for (Source source : trainNotes) {
            train.addAll(samples(source.tunes(), task, Split.TRAIN, id -> vector(features, source.notes().apply(id))));
        }
        List<Sample> test = samples(tunes, task, Split.TEST, id -> vector(features, testNotes.apply(id)));
        GenreModel m = new GenreTrainer(config(kind, options.seed())).train(features.setName(), features.names(), train);
        if (keep != null) {
            keep[slot] = m;
        }
        return new GenreEvaluator().evaluate(m, test);
    }

    private Row summaryRow(String dir, ClassifierKind kind, List<CorpusTune> tunes, Map<String, ClipFeatures> trainClips,
                           Map<String, ClipFeatures> testClips) {
        AudioSummaryFeatures f = new AudioSummaryFeatures();
        GenreEvaluation[] ev = new GenreEvaluation[2];
        String[] tasks = {"style", "dance"};
        for (int i = 0; i < 2; i++) {
            List<Sample> train = samples(tunes, tasks[i], Split.TRAIN, id -> trainClips.containsKey(id) ? trainClips.get(id).summary() : null);
            List<Sample> test = samples(tunes, tasks[i], Split.TEST, id -> testClips.containsKey(id) ? testClips.get(id).summary() : null);
            GenreModel m = new GenreTrainer(config(kind, options.seed())).train(f.setName(), f.names(), train);
            ev[i] = new GenreEvaluator().evaluate(m, test);
        }
        say("%-12s %-40s %-22s style %.3f / %.3f  dance %.3f", dir, SUMMARY, kind.title(), ev[0].accuracy(), ev[0].macroF1(), ev[1].accuracy());
        return new Row(dir, SUMMARY, kind, ev[0], ev[1], null, null, null);
    }

    /** The vector, or null when the notes are missing or too few. */
    private static double[] vector(NoteFeatures f, List<NoteEvent> notes) {
        return notes == null || notes.size() < 2 ? null : f.extract(notes);
    }

    /**
     * The samples of one task and split. A clip without a vector (no clip, or fewer than two
     * notes transcribed) is a training sample lost, but a test sample it cannot skip: it gets the
     * vector of zeros, which the classifier must still label.
     */
    static List<Sample> samples(List<CorpusTune> tunes, String task, Split split, Function<String, double[]> vector) {
        List<Sample> out = new ArrayList<>();
        int width = -1;
        List<String[]> missing = new ArrayList<>();
        for (CorpusTune t : tunes) {
            String label = AudioClips.label(t, task);
            if (label == null || t.split() != split) {
                continue;
            }
            double[] v = vector.apply(t.label().id());
            if (v == null) {
                missing.add(new String[] {t.label().id(), label});
                continue;
            }
            width = v.length;
            out.add(new Sample(t.label().id(), v, label));
        }
        if (split == Split.TEST && width > 0) {
            for (String[] m : missing) {
                out.add(new Sample(m[0], new double[width], m[1]));
            }
        }
        return out;
    }

    /** Writes a confusion matrix image of a row's style evaluation. */
    public static void writeConfusion(Row row, Path png) throws IOException {
        new ConfusionMatrixImage().write(row.style(), "style, " + row.kind().title() + ", " + row.route() + " (" + row.direction()
                + ", test titles)", png);
    }

    private void say(String fmt, Object... args) {
        if (log != null) {
            log.printf(Locale.ROOT, fmt + "%n", args);
            log.flush();
        }
    }

    private static double seconds(Instant t0) {
        return java.time.Duration.between(t0, Instant.now()).toMillis() / 1000.0;
    }
}
