package org.scorelab.audio.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SummaryFeaturesTest {

    private static final int SR = 22050;
    private final FeatureExtractor extractor = new FeatureExtractor(FeatureConfig.DEFAULT);

    @Test
    void chromaOfA4PeaksAtA() {
        Features f = extractor.extract(Signals.sine(440, 0.5, SR, SR));
        for (int t = 4; t < f.frames() - 4; t++) {
            assertThat(Chroma.NAMES.get(Signals.argMax(f.chroma()[t]))).isEqualTo("A");
            assertThat(f.chroma()[t][9]).isEqualTo(1f);
            assertThat(f.chroma()[t][8]).isLessThan(0.01f);
        }
    }

    @Test
    void chromaOfC5PeaksAtC() {
        Features f = extractor.extract(Signals.sine(523.25, 0.5, SR, SR));
        assertThat(Signals.argMax(f.chroma()[10])).isZero();
    }

    @Test
    void centroidAndRolloffOfASineAreAtItsFrequency() {
        // 1000 Hz is bin 92.88: leakage into the neighbours is nearly symmetric.
        Features f = extractor.extract(Signals.sine(1000, 0.5, SR, SR));
        for (int t = 4; t < f.frames() - 4; t++) {
            assertThat(f.centroid()[t]).isCloseTo(1000f, within(10f));
            assertThat(f.rolloff()[t]).isCloseTo(1000f, within(2 * 22050f / 2048));
        }
    }

    @Test
    void zeroCrossingRateOfASineIsTwiceItsFrequencyOverTheRate() {
        float[] zcr = SpectralFeatures.zeroCrossingRate(Signals.sine(441, 0.5, SR, SR), new Framing(2048, 512, false));
        for (float z : zcr) {
            // 2 * 441 / 22050 = 0.04; a frame of 2048 sees 81 or 82 crossings.
            assertThat(z).isCloseTo(0.04f, within(1f / 2048));
        }
    }

    @Test
    void fluxIsZeroOnASteadyToneAndHighAtItsOnset() {
        float[] x = new float[SR];
        float[] tone = Signals.sine(660, 0.5, SR, SR / 2);
        System.arraycopy(tone, 0, x, SR / 2, tone.length);
        Features f = extractor.extract(x);
        int onset = (SR / 2) / 512;
        float peak = 0;
        for (int t = onset - 2; t <= onset + 3; t++) {
            peak = Math.max(peak, f.flux()[t]);
        }
        assertThat(peak).isGreaterThan(50f);
        assertThat(f.flux()[5]).isZero();
        assertThat(f.flux()[onset + 8]).isLessThan(peak * 1e-3f);
    }
}
