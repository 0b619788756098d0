package org.scorelab.audio.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MFCCs of a fixed signal against numbers computed independently with numpy (float64) by
 * {@code mfcc_reference.py} beside {@code mfcc_reference.csv} in the test resources.
 */
class MfccReferenceTest {

    private static final int SR = 22050;
    private static final int N = 8192;

    /** The signal of mfcc_reference.py. */
    private static float[] signal() {
        float[] x = new float[N];
        for (int i = 0; i < N; i++) {
            double n = i;
            x[i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * n / SR) + 0.25 * Math.sin(2 * Math.PI * 1234.5 * n / SR)
                    + 0.1 * (n / N) * Math.sin(2 * Math.PI * 3000 * n / SR)
                    + 0.05 * Math.sin(2 * Math.PI * 97 * n / SR) * Math.cos(2 * Math.PI * 5 * n / SR));
        }
        return x;
    }

    private static List<double[]> reference(String scale) throws Exception {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                MfccReferenceTest.class.getResourceAsStream("mfcc_reference.csv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                if (f[0].equals(scale)) {
                    double[] c = new double[f.length - 2];
                    for (int i = 0; i < c.length; i++) {
                        c[i] = Double.parseDouble(f[i + 2]);
                    }
                    rows.add(c);
                }
            }
        }
        return rows;
    }

    private static void check(MelScale scale, boolean norm) throws Exception {
        FeatureConfig config = FeatureConfig.DEFAULT.withMel(new MelConfig(40, 0, 0, scale, norm));
        config = new FeatureConfig(config.sampleRate(), config.stft(), config.mel(), config.decibels(), 13, 0.85);
        float[][] mfcc = new FeatureExtractor(config).mfcc(signal());
        List<double[]> ref = reference(scale.name());
        assertThat(ref).hasSize(17);
        assertThat(mfcc).hasNumberOfRows(ref.size());
        for (int t = 0; t < ref.size(); t++) {
            double frameScale = 0;
            for (double v : ref.get(t)) {
                frameScale = Math.max(frameScale, Math.abs(v));
            }
            for (int k = 0; k < 13; k++) {
                double expected = ref.get(t)[k];
                // 1e-4 relative to the coefficient, or to the frame's largest one for those near zero.
                double tol = 1e-4 * Math.max(Math.abs(expected), 0.01 * frameScale);
                assertThat((double) mfcc[t][k]).as(scale + " frame " + t + " c" + k).isCloseTo(expected, within(tol));
            }
        }
    }

    @Test
    void slaneyAreaNormalisedMatchesTheReference() throws Exception {
        check(MelScale.SLANEY, true);
    }

    @Test
    void htkMatchesTheReference() throws Exception {
        check(MelScale.HTK, false);
    }

    @Test
    void orthonormalDctKeepsDistances() {
        float[] a = Signals.noise(1, 10, 32);
        float[] b = Signals.noise(2, 10, 32);
        Mfcc dct = new Mfcc(32, 32);
        float[] ca = new float[32];
        float[] cb = new float[32];
        dct.apply(a, ca);
        dct.apply(b, cb);
        double dx = 0;
        double dc = 0;
        for (int i = 0; i < 32; i++) {
            dx += (a[i] - b[i]) * (a[i] - b[i]);
            dc += (ca[i] - cb[i]) * (ca[i] - cb[i]);
        }
        assertThat(dc).isCloseTo(dx, within(dx * 1e-5));
    }
}
