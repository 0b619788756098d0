package org.scorelab.audio.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.scorelab.audio.analysis.FeatureConfig;
import org.scorelab.audio.analysis.FeatureExtractor;
import org.scorelab.audio.analysis.Spectrogram;
import org.scorelab.audio.analysis.Stft;
import org.scorelab.audio.analysis.StftConfig;

/** Plots of a known signal; the PNGs are left in target/test-plots for a look. */
class SpectrogramPlotTest {

    private static final int SR = 22050;
    private static final Path OUT = Path.of("target", "test-plots");

    /** 0-2 s: 1000 Hz; 2-4 s: a sweep 200 -> 5000 Hz; quiet noise throughout. */
    private static float[] signal() {
        float[] x = new float[4 * SR];
        java.util.Random r = new java.util.Random(1);
        double phase = 0;
        for (int i = 0; i < x.length; i++) {
            double t = i / (double) SR;
            double f = t < 2 ? 1000 : 200 + (t - 2) / 2 * 4800;
            phase += 2 * Math.PI * f / SR;
            x[i] = (float) (0.5 * Math.sin(phase) + 0.001 * (2 * r.nextDouble() - 1));
        }
        return x;
    }

    private static int luminance(BufferedImage img, int x, int y) {
        int c = img.getRGB(x, y);
        return ((c >> 16) & 0xFF) + ((c >> 8) & 0xFF) + (c & 0xFF);
    }

    @Test
    void linearSpectrogramShowsTheToneWhereItIs() throws Exception {
        Spectrogram s = new Stft(StftConfig.DEFAULT).power(signal(), SR);
        BufferedImage img = SpectrogramPlot.plot(s, "1 kHz tone, then a sweep", PlotOptions.SINGLE);
        Files.createDirectories(OUT);
        Path png = OUT.resolve("linear.png");
        SpectrogramPlot.writePng(img, png);
        BufferedImage back = ImageIO.read(png.toFile());
        assertThat(back.getWidth()).isEqualTo(img.getWidth());
        // Heat map at x 78..1037, y 52..471; 1000 Hz (bin 92.9 of 1025) is pixel row 38 from the bottom.
        int x = 78 + 960 / 4;
        int toneY = 52 + 419 - 38;
        assertThat(Math.max(luminance(back, x, toneY), Math.max(luminance(back, x, toneY - 1), luminance(back, x, toneY + 1))))
                .isGreaterThan(600);
        assertThat(luminance(back, x, 52 + 100)).isLessThan(150);
    }

    @Test
    void melSpectrogramAndComparisonAreDrawn() throws Exception {
        FeatureExtractor fx = new FeatureExtractor(FeatureConfig.DEFAULT);
        float[] a = signal();
        float[] b = a.clone();
        for (int i = 0; i < b.length; i++) {
            b[i] *= i < b.length / 2 ? 1f : 0.25f;
        }
        Spectrogram ma = fx.logMel(a);
        Spectrogram mb = fx.logMel(b);
        Files.createDirectories(OUT);
        SpectrogramPlot.writePng(SpectrogramPlot.plot(ma, "mel spectrogram", PlotOptions.SINGLE), OUT.resolve("mel.png"));
        BufferedImage cmp = SpectrogramPlot.compare(ma, "original", mb, "second half at -12 dB", "comparison",
                PlotOptions.COMPARISON);
        SpectrogramPlot.writePng(cmp, OUT.resolve("compare.png"));
        assertThat(cmp.getWidth()).isGreaterThan(3 * 520);
        assertThatThrownBy(() -> SpectrogramPlot.compare(ma, "a", new Stft(StftConfig.DEFAULT).power(a, SR), "b", "t",
                PlotOptions.COMPARISON)).hasMessageContaining("spectrograms differ in their bins: 128 MEL and 1025 LINEAR");
    }

    @Test
    void manyFramesPlotQuickly() {
        float[] x = new float[SR * 60];
        System.arraycopy(signal(), 0, x, 0, 4 * SR);
        Spectrogram s = new Stft(StftConfig.DEFAULT).power(x, SR);
        SpectrogramPlot.plot(s, "warm-up", PlotOptions.SINGLE);
        long t0 = System.nanoTime();
        SpectrogramPlot.plot(s, "one minute, " + s.frames() + " frames", PlotOptions.SINGLE);
        double ms = (System.nanoTime() - t0) / 1e6;
        assertThat(ms).as("plot time in ms").isLessThan(2000);
    }
}
