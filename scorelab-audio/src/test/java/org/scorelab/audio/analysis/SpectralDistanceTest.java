package org.scorelab.audio.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpectralDistanceTest {

    private final FeatureExtractor extractor = new FeatureExtractor(FeatureConfig.DEFAULT);

    @Test
    void identicalSignalsAreZeroApart() {
        float[] x = Signals.noise(3, 0.3, 22050);
        SpectralDistance.Comparison c = SpectralDistance.compare(extractor, x, x.clone());
        assertThat(c.logSpectralDb()).isZero();
        assertThat(c.spectralConvergence()).isZero();
        assertThat(c.melCepstralDb()).isZero();
        assertThat(c.framesCompared()).isEqualTo(44);
    }

    @Test
    void aCopyAtHalfTheAmplitudeIsSixDecibelsAwayAndHalfConverged() {
        // Noise keeps every bin far above the -100 dB floor, so the ratio is exactly 1/4 in power.
        float[] x = Signals.noise(5, 0.3, 22050);
        float[] half = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            half[i] = x[i] * 0.5f;
        }
        SpectralDistance.Comparison c = SpectralDistance.compare(extractor, x, half);
        assertThat(c.logSpectralDb()).isCloseTo(20 * Math.log10(2), within(1e-4));
        assertThat(c.spectralConvergence()).isCloseTo(0.5, within(1e-6));
        // Gain moves c0 only, which the mel-cepstral distance leaves out.
        assertThat(c.melCepstralDb()).isCloseTo(0, within(1e-3));
    }

    @Test
    void melCepstralDistanceByHand() {
        // Frame 0: c1..c2 differ by (3, 4): sqrt(2 * 25); frame 1: equal; c0 ignored. Mean = sqrt(50) / 2.
        float[][] a = {{100, 1, 2}, {5, 5, 5}};
        float[][] b = {{-7, 4, 6}, {9, 5, 5}};
        assertThat(SpectralDistance.melCepstral(a, b)).isCloseTo(Math.sqrt(50) / 2, within(1e-12));
    }

    @Test
    void lengthMismatchIsTruncatedToTheShorter() {
        float[] x = Signals.noise(9, 0.3, 22050);
        float[] shorter = java.util.Arrays.copyOf(x, 11025);
        SpectralDistance.Comparison c = SpectralDistance.compare(extractor, x, shorter);
        assertThat(c.framesA()).isEqualTo(44);
        assertThat(c.framesB()).isEqualTo(22);
        assertThat(c.framesCompared()).isEqualTo(22);
        // All but the last two frames of B (whose window reaches its zero padding) are identical to A's.
        assertThat(c.logSpectralDb()).isGreaterThan(0).isLessThan(3);
    }

    @Test
    void logSpectralDistanceOfTwoHandMadeFrames() {
        // Powers 1 vs 10 in both bins of frame 0: 10 dB; frame 1 equal: 0. Mean 5 dB.
        Spectrogram a = new Spectrogram(new float[][] {{1, 1}, {2, 3}}, new double[] {0, 1}, new double[] {0, 1},
                Spectrogram.Scale.POWER, Spectrogram.Axis.LINEAR);
        Spectrogram b = new Spectrogram(new float[][] {{10, 10}, {2, 3}}, new double[] {0, 1}, new double[] {0, 1},
                Spectrogram.Scale.POWER, Spectrogram.Axis.LINEAR);
        assertThat(SpectralDistance.logSpectral(a, b)).isCloseTo(5, within(1e-9));
    }
}
