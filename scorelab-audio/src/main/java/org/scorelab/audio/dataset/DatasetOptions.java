package org.scorelab.audio.dataset;

import java.util.List;
import org.scorelab.audio.synth.RenderOptions;

/**
 * Settings of one data set build.
 *
 * @param seed        decides every instrument and tempo, together with each tune's id
 * @param maxSeconds  clips are cut after this many seconds (e.g. 30: the first 30 s)
 * @param threads     worker threads, each with its own synthesizer
 * @param render      sample rate, channels, soundbank of the synthesizer
 * @param instruments the instruments to draw from
 */
public record DatasetOptions(long seed, double maxSeconds, int threads, RenderOptions render,
                             List<Instrument> instruments) {

    public DatasetOptions {
        if (!(maxSeconds > 0)) {
            throw new IllegalArgumentException("maxSeconds must be positive, was " + maxSeconds);
        }
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be in 1..64, was " + threads);
        }
        if (render == null) {
            render = RenderOptions.DEFAULT;
        }
        if (instruments == null || instruments.isEmpty()) {
            instruments = Instrument.MELODIC;
        }
        instruments = List.copyOf(instruments);
    }

    /** Default render settings, the melodic instrument list, two threads. */
    public static DatasetOptions of(long seed, double maxSeconds) {
        return new DatasetOptions(seed, maxSeconds, 2, RenderOptions.DEFAULT, Instrument.MELODIC);
    }

    public DatasetOptions withThreads(int n) {
        return new DatasetOptions(seed, maxSeconds, n, render, instruments);
    }
}
