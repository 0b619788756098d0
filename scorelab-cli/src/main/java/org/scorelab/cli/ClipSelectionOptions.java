package org.scorelab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.scorelab.genre.audio.AudioClips;
import org.scorelab.genre.audio.SoundSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that choose and render the clips of an audio genre experiment, shared by {@code
 * evaluate genre-audio} and {@code evaluate genre-cnn} so that both, with the same values, judge
 * the very same clips.
 */
final class ClipSelectionOptions {

    @Option(names = "--tunes", defaultValue = "../shared/data/tunes", paramLabel = "DIR",
            description = "Tune collections with index.csv (default: ${DEFAULT-VALUE}).")
    Path tunes;

    @Option(names = "--train-sounds", defaultValue = "jdk", paramLabel = "jdk|FILE.sf2[,...]",
            description = "Sound set of the training clips (default: ${DEFAULT-VALUE}); genre-cnn takes several, comma-separated, and trains on all.")
    String trainSounds;

    @Option(names = "--test-sounds", required = true, paramLabel = "jdk|FILE.sf2", description = "Sound set of the test clips.")
    String testSounds;

    @Option(names = "--both-ways", description = "Also train on the test sound set and test on the training one.")
    boolean both;

    @Option(names = "--seconds", defaultValue = "15", paramLabel = "S", description = "Clip length (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--per-style", defaultValue = "100,60", paramLabel = "TRAIN,TEST",
            description = "Tunes per style from the train and test titles (default: ${DEFAULT-VALUE}).")
    String perStyle;

    @Option(names = "--per-dance", defaultValue = "40,20", paramLabel = "TRAIN,TEST",
            description = "Tunes per dance type from the train and test titles, added to those (default: ${DEFAULT-VALUE}).")
    String perDance;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Rendering threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep what is computed from each clip here for reruns.")
    Path cache;

    /** The options, checked. */
    record Selection(Path tunes, java.util.List<SoundSet> trains, SoundSet test, boolean both, double seconds, AudioClips.Sizes sizes,
                     long seed, int threads, Path cache) {

        /** The one training sound set, for experiments that take one. */
        SoundSet train(CommandSpec spec) {
            if (trains.size() != 1) {
                throw new ParameterException(spec.commandLine(), "--train-sounds: this experiment takes one sound set, got " + trains.size());
            }
            return trains.get(0);
        }
    }

    /**
     * Checks the options and parses the sound sets.
     *
     * @throws ParameterException naming the option and what was wrong with it
     */
    Selection check(CommandSpec spec) {
        int[] ps = pair(spec, perStyle, "--per-style");
        int[] pd = pair(spec, perDance, "--per-dance");
        if (!(seconds >= 2 && seconds <= 120)) {
            throw new ParameterException(spec.commandLine(), "--seconds must be in 2..120, was " + seconds);
        }
        if (threads < 1 || threads > 64) {
            throw new ParameterException(spec.commandLine(), "--threads must be in 1..64, was " + threads);
        }
        if (!Files.isRegularFile(tunes.resolve("index.csv"))) {
            throw new ParameterException(spec.commandLine(), "--tunes " + tunes + ": no index.csv there");
        }
        try {
            java.util.List<SoundSet> trains = java.util.Arrays.stream(trainSounds.split(",")).map(String::trim).map(SoundSet::parse).toList();
            SoundSet test = SoundSet.parse(testSounds);
            if (trains.stream().map(SoundSet::name).distinct().count() != trains.size()) {
                throw new ParameterException(spec.commandLine(), "--train-sounds " + trainSounds + ": each sound set once");
            }
            if (both && trains.size() > 1) {
                throw new ParameterException(spec.commandLine(), "--both-ways needs a single --train-sounds, got " + trains.size());
            }
            return new Selection(tunes, trains, test, both, seconds,
                    new AudioClips.Sizes(ps[0], ps[1], pd[0], pd[1]), seed, threads, cache);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static int[] pair(CommandSpec spec, String v, String option) {
        String[] p = v.split(",");
        try {
            if (p.length == 2) {
                int a = Integer.parseInt(p[0].trim());
                int b = Integer.parseInt(p[1].trim());
                if (a >= 1 && b >= 1) {
                    return new int[] {a, b};
                }
            }
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), option + " must be TRAIN,TEST with two positive counts, was '" + v + "'", e);
        }
        throw new ParameterException(spec.commandLine(), option + " must be TRAIN,TEST with two positive counts, was '" + v + "'");
    }
}
