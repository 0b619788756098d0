package org.scorelab.genre.cnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.scorelab.audio.AudioClip;
import org.scorelab.audio.analysis.FeatureExtractor;

class MelInputTest {

    private static AudioClip sine(double hz, double amplitude, double seconds, int rate) {
        float[] x = new float[(int) (seconds * rate)];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return AudioClip.mono(x, rate);
    }

    @Test
    void anImageIsStandardisedAndItsLoudestBandHoldsTheTone() {
        MelInput in = MelInput.DEFAULT;
        FeatureExtractor fx = in.extractor();
        float[][] image = in.image(fx, sine(1000, 0.5, 2, 22050));
        assertThat(image.length).isEqualTo(64);
        assertThat(image[0].length).isEqualTo(2 * 22050 / 512 + 1); // centred frames
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (float[] row : image) {
            for (float v : row) {
                sum += v;
                sq += v * v;
                n++;
            }
        }
        assertThat(sum / n).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(Math.sqrt(sq / n)).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-3));
        int mid = image[0].length / 2;
        int best = 0;
        for (int b = 1; b < image.length; b++) {
            if (image[b][mid] > image[best][mid]) {
                best = b;
            }
        }
        double[] centres = fx.melFilterbank().centresHz();
        // the band whose centre lies nearest 1 kHz (bands there are about 45 Hz apart)
        int nearest = 0;
        for (int b = 1; b < centres.length; b++) {
            if (Math.abs(centres[b] - 1000) < Math.abs(centres[nearest] - 1000)) {
                nearest = b;
            }
        }
        assertThat(best).isBetween(nearest - 1, nearest + 1);
    }

    @Test
    void theLevelDoesNotMatterAndTheSampleRateIsConverted() {
        MelInput in = MelInput.DEFAULT;
        FeatureExtractor fx = in.extractor();
        float[][] loud = in.image(fx, sine(440, 0.8, 1, 22050));
        float[][] quiet = in.image(fx, sine(440, 0.008, 1, 22050));
        for (int b = 0; b < loud.length; b++) {
            for (int t = 0; t < loud[b].length; t++) {
                assertThat(quiet[b][t]).isCloseTo(loud[b][t], org.assertj.core.data.Offset.offset(0.02f));
            }
        }
        float[][] resampled = in.image(fx, sine(440, 0.8, 1, 44100));
        assertThat(resampled[0].length).isEqualTo(loud[0].length);
    }

    @Test
    void bandNormalisationRemovesEachBandsMean() {
        MelInput in = MelInput.DEFAULT.withNormalisation(MelInput.Normalisation.BAND);
        float[][] image = in.image(in.extractor(), sine(660, 0.5, 1, 22050));
        for (float[] row : image) {
            double mean = 0;
            for (float v : row) {
                mean += v;
            }
            assertThat(mean / row.length).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-3));
        }
    }

    @Test
    void silenceIsRefusedWithTheReason() {
        MelInput in = MelInput.DEFAULT;
        assertThatThrownBy(() -> in.image(in.extractor(), AudioClip.mono(new float[22050], 22050)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("silent");
    }

    @Test
    void theCacheKeyChangesWithEverySetting() {
        assertThat(MelInput.DEFAULT.key()).isNotEqualTo(MelInput.DEFAULT.withNormalisation(MelInput.Normalisation.BAND).key());
        assertThat(MelInput.DEFAULT.key()).isNotEqualTo(new MelInput(22050, 2048, 256, 64, 6000, MelInput.Normalisation.CLIP).key());
    }
}
