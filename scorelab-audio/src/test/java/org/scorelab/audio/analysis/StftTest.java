package org.scorelab.audio.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StftTest {

    private static final int SR = 22050;

    @Test
    void a440HzSinePeaksInBin41() {
        // 440 Hz / (22050 Hz / 2048) = 40.87: the nearest bin is 41.
        Spectrogram s = new Stft(StftConfig.DEFAULT).magnitude(Signals.sine(440, 0.5, SR, SR), SR);
        assertThat(s.frames()).isEqualTo(1 + SR / 512);
        for (int t = 4; t < s.frames() - 4; t++) {
            assertThat(Signals.argMax(s.frame(t))).as("frame " + t).isEqualTo(41);
        }
        assertThat(s.binHz(41)).isCloseTo(441.43, within(0.01));
    }

    @Test
    void aSineOnABinCentreHasPeakAmplitudeTimesHalfTheWindowSum() {
        // Bin 32 of 1024 points; periodic Hann sums to N/2, so the peak is A/2 * N/2.
        int n = 1024;
        float[] x = Signals.sine(32.0 * SR / n, 0.8, SR, 8 * n);
        Spectrogram s = new Stft(new StftConfig(n, n / 4, WindowType.HANN, false)).magnitude(x, SR);
        assertThat(s.get(3, 32)).isCloseTo(0.8f / 2 * n / 2, within(0.01f));
        assertThat(s.get(3, 31)).isCloseTo(0.8f / 2 * n / 4, within(0.01f));
        assertThat(s.get(3, 30)).isCloseTo(0f, within(0.01f));
    }

    @Test
    void parsevalHoldsForOneRectangularFrame() {
        int n = 512;
        float[] x = Signals.noise(7, 0.5, n);
        Spectrogram p = new Stft(new StftConfig(n, n, WindowType.RECTANGULAR, false)).power(x, SR);
        assertThat(p.frames()).isEqualTo(1);
        double time = 0;
        for (float v : x) {
            time += v * v;
        }
        double freq = p.get(0, 0) + p.get(0, n / 2);
        for (int k = 1; k < n / 2; k++) {
            freq += 2 * p.get(0, k);
        }
        assertThat(freq / n).isCloseTo(time, within(time * 1e-5));
    }

    @Test
    void parsevalHoldsOverTheWholeStftWithHannAtAQuarterHop() {
        // Shifted squares of a periodic Hann window at hop N/4 add up to 3/8 * 4 = 1.5 everywhere
        // that every covering frame exists: keep the signal zero for one frame at both ends.
        int n = 256;
        float[] x = new float[20 * n];
        float[] burst = Signals.noise(11, 0.7, 18 * n);
        System.arraycopy(burst, 0, x, n, burst.length);
        Spectrogram p = new Stft(new StftConfig(n, n / 4, WindowType.HANN, true)).power(x, SR);
        double time = 0;
        for (float v : x) {
            time += v * v;
        }
        double freq = 0;
        for (int t = 0; t < p.frames(); t++) {
            freq += p.get(t, 0) + p.get(t, n / 2);
            for (int k = 1; k < n / 2; k++) {
                freq += 2 * p.get(t, k);
            }
        }
        assertThat(freq / n).isCloseTo(1.5 * time, within(1.5 * time * 1e-5));
    }
}
