package org.scorelab.audio.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WindowAndFramingTest {

    @Test
    void periodicHannIsTheSymmetricOneOfLengthPlusOneWithoutItsLastPoint() {
        assertThat(Window.periodic(WindowType.HANN, 4).coefficients()).containsExactly(new float[] {0f, 0.5f, 1f, 0.5f}, within(1e-7f));
        assertThat(new Window(WindowType.HANN, 5, false).coefficients()).containsExactly(new float[] {0f, 0.5f, 1f, 0.5f, 0f},
                within(1e-7f));
    }

    @Test
    void hammingEndsAtPointZeroEightAndRectangularIsOnes() {
        float[] h = new Window(WindowType.HAMMING, 5, false).coefficients();
        assertThat(h[0]).isCloseTo(0.08f, within(1e-6f));
        assertThat(h[4]).isCloseTo(0.08f, within(1e-6f));
        assertThat(h[2]).isCloseTo(1f, within(1e-6f));
        assertThat(Window.periodic(WindowType.RECTANGULAR, 3).coefficients()).containsExactly(1f, 1f, 1f);
    }

    @Test
    void windowNamesParseAndBadOnesAreNamed() {
        assertThat(WindowType.parse("rect")).isEqualTo(WindowType.RECTANGULAR);
        assertThat(WindowType.parse("Hamming")).isEqualTo(WindowType.HAMMING);
        assertThatThrownBy(() -> WindowType.parse("kaiser")).hasMessage("window must be one of hann, hamming, rect, was 'kaiser'");
        assertThatThrownBy(() -> new Window(WindowType.HANN, 0, true)).hasMessage("length must be at least 1, was 0");
    }

    @Test
    void frameCountsCentredAndNot() {
        assertThat(new Framing(2048, 512, true).frameCount(8192)).isEqualTo(17);
        assertThat(new Framing(2048, 512, false).frameCount(8192)).isEqualTo(13);
        assertThat(new Framing(2048, 512, false).frameCount(2047)).isZero();
        assertThat(new Framing(2048, 512, true).frameCount(0)).isEqualTo(1);
        assertThat(new Framing(2048, 512, true).frameTime(4, 22050)).isCloseTo(2048 / 22050.0, within(1e-12));
        assertThatThrownBy(() -> new Framing(8, 9, true)).hasMessage("hop must be in 1..8 (the frame length), was 9");
    }

    @Test
    void centredFramesArePaddedWithZeros() {
        float[] x = {1, 2, 3, 4, 5, 6};
        Framing f = new Framing(4, 2, true);
        float[] out = new float[4];
        f.copyFrame(x, 0, out);
        assertThat(out).containsExactly(0, 0, 1, 2);
        f.copyFrame(x, 1, out);
        assertThat(out).containsExactly(1, 2, 3, 4);
        f.copyFrame(x, 3, out);
        assertThat(out).containsExactly(5, 6, 0, 0);
    }

    @Test
    void configsNameTheBadField() {
        assertThatThrownBy(() -> new StftConfig(1000, 256, WindowType.HANN, true))
                .hasMessage("nFft must be a power of two in 16..65536, was 1000");
        assertThatThrownBy(() -> new MelConfig(0, 0, 0, MelScale.SLANEY, true)).hasMessage("bands must be in 1..512, was 0");
        assertThatThrownBy(() -> new MelConfig(40, 500, 200, MelScale.HTK, false))
                .hasMessage("fMax must be 0 (Nyquist) or a finite frequency above fMin (500.0 Hz), was 200.0");
        assertThatThrownBy(() -> new Decibels(0, 80)).hasMessage("amin must be a positive finite power, was 0.0");
        assertThatThrownBy(() -> FeatureConfig.DEFAULT.withSampleRate(8000).withMel(new MelConfig(40, 0, 6000, MelScale.HTK, false)))
                .hasMessage("fMax (6000.0 Hz) is above the Nyquist frequency (4000.0 Hz) of 8000 Hz audio");
        assertThatThrownBy(() -> new MelFilterbank(new MelConfig(40, 5000, 0, MelScale.SLANEY, true), 8000, 512))
                .hasMessage("fMin (5000.0 Hz) must be below the upper edge (4000.0 Hz)");
    }
}
