package org.scorelab.audio.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ResamplerTest {

    /** Frequency from the count of upward zero crossings over the middle of the signal. */
    private static double frequency(float[] y, int rate) {
        int from = y.length / 8;
        int to = y.length - y.length / 8;
        int first = -1;
        int last = -1;
        int count = 0;
        for (int i = from + 1; i < to; i++) {
            if (y[i - 1] < 0 && y[i] >= 0) {
                if (first < 0) {
                    first = i;
                } else {
                    count++;
                }
                last = i;
            }
        }
        return count * (double) rate / (last - first);
    }

    @ParameterizedTest
    @CsvSource({"44100, 22050, 1000", "48000, 22050, 3000", "8000, 22050, 440", "22050, 16000, 5000", "11025, 22050, 4000"})
    void aSineKeepsItsFrequencyAndAmplitude(int from, int to, double hz) {
        float[] x = Signals.sine(hz, 0.6, from, from);
        float[] y = Resampler.DEFAULT.resample(x, from, to);
        assertThat(y).hasSize(to);
        assertThat(frequency(y, to)).isCloseTo(hz, within(hz * 1e-3));
        double rms = Signals.rms(y, to / 8, to - to / 8);
        assertThat(rms * Math.sqrt(2)).isCloseTo(0.6, within(0.006));
    }

    @Test
    void aToneAboveTheNewNyquistFrequencyIsRemoved() {
        float[] x = Signals.sine(13000, 0.5, 44100, 44100);
        float[] y = Resampler.DEFAULT.resample(x, 44100, 22050);
        double rms = Signals.rms(y, 2000, y.length - 2000);
        // Below -80 dB relative to the input's 0.354 RMS.
        assertThat(20 * Math.log10(rms / (0.5 / Math.sqrt(2)))).isLessThan(-80);
    }

    @ParameterizedTest
    @CsvSource({"44100, 22050", "22050, 16000", "8000, 22050"})
    void passBandIsFlatToPointEightFiveAndTheStopBandBelowMinusEightyFive(int from, int to) {
        double nyquist = Math.min(from, to) / 2.0;
        for (double frac : new double[] {0.1, 0.5, 0.85, 1.05, 1.2}) {
            double hz = frac * nyquist;
            if (hz >= from / 2.0) {
                continue;
            }
            float[] y = Resampler.DEFAULT.resample(Signals.sine(hz, 0.5, from, from), from, to);
            double gain = Signals.rms(y, to / 8, to - to / 8) * Math.sqrt(2) / 0.5;
            if (frac < 1) {
                assertThat(gain).as(frac + " of Nyquist").isCloseTo(1, within(2e-4));
            } else {
                assertThat(20 * Math.log10(gain)).as(frac + " of Nyquist").isLessThan(-85);
            }
        }
    }

    @Test
    void equalRatesCopyAndBadArgumentsAreNamed() {
        float[] x = {1, 2, 3};
        assertThat(Resampler.DEFAULT.resample(x, 8000, 8000)).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> new Resampler(2, 0.9, 8)).hasMessage("zeroCrossings must be in 4..256, was 2");
        assertThatThrownBy(() -> new Resampler(32, 1.2, 8)).hasMessage("rolloff must be in (0.5, 1], was 1.2");
    }

    @Test
    void besselI0MatchesKnownValues() {
        assertThat(Resampler.besselI0(0)).isEqualTo(1.0);
        assertThat(Resampler.besselI0(1)).isCloseTo(1.2660658777520082, within(1e-15));
        assertThat(Resampler.besselI0(9)).isCloseTo(1093.5883545113745, within(1e-9));
    }
}
