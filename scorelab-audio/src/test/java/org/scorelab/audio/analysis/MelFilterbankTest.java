package org.scorelab.audio.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Three bands on 8000 Hz audio with a 16-point FFT (bins every 500 Hz), worked out by hand.
 *
 * <p>Slaney: mel(4000) = 15 + 27 ln(4) / ln(6.4) = 35.16376; the edges are at 0, 8.79094,
 * 17.58188, 26.37282, 35.16376 mel = 0, 586.0627, 1194.2386, 2185.6245, 4000 Hz (below 15 mel
 * times 200/3, above 1000 exp((m - 15) ln(6.4) / 27)).
 *
 * <p>HTK: mel(4000) = 2595 log10(1 + 4000/700) = 2146.0645; the edges are at multiples of
 * 536.5161 mel = 0, 426.8030, 1113.8357, 2219.7650, 4000 Hz (700 (10^(m/2595) - 1)).
 */
class MelFilterbankTest {

    private static final double TOL = 1e-6;

    @Test
    void slaneyEdgesAndAreaNormalisedWeights() {
        MelFilterbank fb = new MelFilterbank(new MelConfig(3, 0, 0, MelScale.SLANEY, true), 8000, 16);
        assertThat(fb.edgesHz()).containsExactly(new double[] {0, 586.0627, 1194.2386, 2185.6245, 4000}, within(1e-4));
        // Band 0 rises 0 -> 586.06 Hz, falls to 1194.24 Hz; area norm 2 / (1194.24 - 0).
        assertThat(fb.weight(0, 1)).isCloseTo(500 / 586.0627 * 2 / 1194.2386, within(TOL));
        assertThat(fb.weight(0, 2)).isCloseTo((1194.2386 - 1000) / (1194.2386 - 586.0627) * 2 / 1194.2386, within(TOL));
        assertThat(fb.weight(0, 3)).isZero();
        // Band 1 peaks at 1194.24 Hz: 1000 Hz on the rise, 1500 and 2000 Hz on the fall; norm 2 / (2185.62 - 586.06).
        double norm1 = 2 / (2185.6245 - 586.0627);
        assertThat(fb.weight(1, 2)).isCloseTo((1000 - 586.0627) / (1194.2386 - 586.0627) * norm1, within(TOL));
        assertThat(fb.weight(1, 3)).isCloseTo((2185.6245 - 1500) / (2185.6245 - 1194.2386) * norm1, within(TOL));
        assertThat(fb.weight(1, 4)).isCloseTo((2185.6245 - 2000) / (2185.6245 - 1194.2386) * norm1, within(TOL));
        // Band 2 ends at Nyquist, where its weight is 0.
        double norm2 = 2 / (4000 - 1194.2386);
        assertThat(fb.weight(2, 5)).isCloseTo((4000 - 2500) / (4000 - 2185.6245) * norm2, within(TOL));
        assertThat(fb.weight(2, 8)).isZero();
        assertThat(fb.centresHz()).containsExactly(new double[] {586.0627, 1194.2386, 2185.6245}, within(1e-4));
    }

    @Test
    void htkEdgesAndPeakOneWeights() {
        MelFilterbank fb = new MelFilterbank(new MelConfig(3, 0, 4000, MelScale.HTK, false), 8000, 16);
        assertThat(fb.edgesHz()).containsExactly(new double[] {0, 426.8030, 1113.8357, 2219.7650, 4000}, within(1e-4));
        assertThat(fb.weight(0, 1)).isCloseTo((1113.8357 - 500) / (1113.8357 - 426.8030), within(TOL));
        assertThat(fb.weight(0, 2)).isCloseTo((1113.8357 - 1000) / (1113.8357 - 426.8030), within(TOL));
        assertThat(fb.weight(1, 2)).isCloseTo((1000 - 426.8030) / (1113.8357 - 426.8030), within(TOL));
        assertThat(fb.weight(1, 3)).isCloseTo((2219.7650 - 1500) / (2219.7650 - 1113.8357), within(TOL));
        assertThat(fb.weight(2, 4)).isCloseTo((2000 - 1113.8357) / (2219.7650 - 1113.8357), within(TOL));
        assertThat(fb.weight(2, 5)).isCloseTo((4000 - 2500) / (4000 - 2219.7650), within(TOL));
    }

    @Test
    void fMinAndFMaxBoundTheBank() {
        MelFilterbank fb = new MelFilterbank(new MelConfig(10, 300, 3000, MelScale.HTK, false), 22050, 2048);
        assertThat(fb.edgesHz()[0]).isCloseTo(300, within(1e-9));
        assertThat(fb.edgesHz()[11]).isCloseTo(3000, within(1e-9));
        float[][] m = fb.matrix();
        for (int k = 0; k < m[0].length; k++) {
            double f = k * 22050.0 / 2048;
            if (f <= 300 || f >= 3000) {
                for (float[] band : m) {
                    assertThat(band[k]).as("bin " + k).isZero();
                }
            }
        }
    }

    @Test
    void melScalesRoundTrip() {
        for (MelScale s : MelScale.values()) {
            for (double hz : new double[] {0, 100, 999, 1000, 1001, 8000}) {
                assertThat(s.toHz(s.toMel(hz))).as(s + " " + hz).isCloseTo(hz, within(1e-9));
            }
        }
        assertThat(MelScale.SLANEY.toMel(1000)).isCloseTo(15, within(1e-12));
        assertThat(MelScale.HTK.toMel(700)).isCloseTo(2595 * Math.log10(2), within(1e-12));
    }
}
