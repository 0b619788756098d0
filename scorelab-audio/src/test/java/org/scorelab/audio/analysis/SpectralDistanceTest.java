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
        assertThat(c.pairs()).isEqualTo(44);
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
        assertThat(c.pairs()).isEqualTo(22);
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

    /** Tones of 0.25 s each, on a little noise so that no bin falls to the dB floor. */
    private static float[] melody(int[] midi, int leadIn, long seed) {
        int step = 22050 / 4;
        float[] x = Signals.noise(seed, 0.01, leadIn + midi.length * step);
        for (int n = 0; n < midi.length; n++) {
            double hz = 440 * Math.pow(2, (midi[n] - 69) / 12.0);
            for (int i = 0; i < step; i++) {
                x[leadIn + n * step + i] += (float) (0.4 * Math.sin(2 * Math.PI * hz * i / 22050));
            }
        }
        return x;
    }

    @Test
    void dtwOfIdenticalSignalsIsTheDiagonal() {
        float[] x = Signals.noise(3, 0.3, 22050);
        Features f = extractor.extract(x);
        SpectralDistance.Pairs p = SpectralDistance.dtw(f.mfcc(), f.mfcc());
        assertThat(p.size()).isEqualTo(f.frames());
        for (int i = 0; i < p.size(); i++) {
            assertThat(p.a(i)).isEqualTo(i);
            assertThat(p.b(i)).isEqualTo(i);
        }
        SpectralDistance.Comparison c = SpectralDistance.compare(f, extractor.extract(x.clone()), SpectralDistance.Alignment.DTW);
        assertThat(c.logSpectralDb()).isZero();
        assertThat(c.melCepstralDb()).isZero();
    }

    @Test
    void dtwFindsAMelodyThatStartsLate() {
        int[] tune = {60, 64, 67, 72, 71, 67, 64, 62, 60, 65, 69, 72};
        Features onTime = extractor.extract(melody(tune, 0, 1));
        Features late = extractor.extract(melody(tune, 22050 / 2, 2));
        SpectralDistance.Comparison cut = SpectralDistance.compare(onTime, late, SpectralDistance.Alignment.TRUNCATE);
        SpectralDistance.Comparison warped = SpectralDistance.compare(onTime, late, SpectralDistance.Alignment.DTW);
        assertThat(warped.pairs()).isGreaterThanOrEqualTo(late.frames());
        // Half a second late, every note meets its neighbour when cut (measured: MCD 114 dB, SC 1.32); DTW
        // realigns them (MCD 41 dB, SC 0.40), close to the same tune on time with other noise (MCD 20 dB,
        // SC 0.014) plus the lead-in, whose noise frames it has to pair with the first note.
        assertThat(cut.melCepstralDb()).isGreaterThan(80);
        assertThat(warped.melCepstralDb()).isLessThan(cut.melCepstralDb() / 2);
        assertThat(warped.spectralConvergence()).isLessThan(cut.spectralConvergence() / 3);
        assertThat(warped.logSpectralDb()).isLessThan(cut.logSpectralDb());
    }

    @Test
    void dtwOfHandMadeSequencesRepeatsTheHeldFrame() {
        // B holds its second frame twice: (0,0) (1,1) (1,2) (2,3). c0 is ignored.
        float[][] a = {{0, 0}, {9, 5}, {0, 9}};
        float[][] b = {{7, 0}, {0, 5}, {3, 5}, {0, 9}};
        SpectralDistance.Pairs p = SpectralDistance.dtw(a, b);
        assertThat(p.size()).isEqualTo(4);
        int[][] expected = {{0, 0}, {1, 1}, {1, 2}, {2, 3}};
        for (int i = 0; i < 4; i++) {
            assertThat(new int[] {p.a(i), p.b(i)}).containsExactly(expected[i]);
        }
    }
}
