package org.scorelab.audio.wav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.audio.AudioClip;
import org.scorelab.core.io.InvalidInputException;

/** WAV out and back, and reading 8- and 24-bit files whose bytes are written here by hand. */
class WavRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void sixteenBitMonoRoundTrip() throws Exception {
        float[] s = new float[1000];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (0.8 * Math.sin(2 * Math.PI * 440 * i / 16000.0));
        }
        Path f = dir.resolve("sine.wav");
        WavWriter.write(f, AudioClip.mono(s, 16000));

        byte[] bytes = Files.readAllBytes(f);
        assertThat(bytes).hasSize(44 + 2 * 1000);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(bytes, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
        AudioClip back = WavReader.read(f);
        assertThat(back.sampleRate()).isEqualTo(16000);
        assertThat(back.frames()).isEqualTo(1000);
        for (int i = 0; i < s.length; i++) {
            // Half a step of rounding plus the 32767-in / 32768-out scale difference.
            assertThat(back.sample(i)).isCloseTo(s[i], offset(2.0f / 32768));
        }
    }

    @Test
    void stereoIsMixedDownOnReading() throws Exception {
        // Left 0.5, right -0.25 in every frame: the mono mix is 0.125.
        float[] s = new float[200];
        for (int i = 0; i < 100; i++) {
            s[2 * i] = 0.5f;
            s[2 * i + 1] = -0.25f;
        }
        Path f = dir.resolve("stereo.wav");
        WavWriter.write(f, new AudioClip(s, 2, 44100));

        assertThat(Files.size(f)).isEqualTo(44 + 400);
        AudioClip back = WavReader.read(f);
        assertThat(back.channels()).isEqualTo(1);
        assertThat(back.frames()).isEqualTo(100);
        assertThat(back.sample(50)).isCloseTo(0.125f, offset(1e-4f));
    }

    @Test
    void samplesBeyondFullScaleAreClipped() throws Exception {
        Path f = dir.resolve("loud.wav");
        WavWriter.write(f, AudioClip.mono(new float[] {2f, -2f, 0f}, 8000));

        byte[] b = Files.readAllBytes(f);
        // 32767 = 0x7FFF and -32767 = 0x8001, little-endian.
        assertThat(Arrays.copyOfRange(b, 44, 50)).containsExactly(0xFF - 256, 0x7F, 0x01, 0x80 - 256, 0, 0);
    }

    @Test
    void eightBitUnsignedWrittenByHand() throws Exception {
        // 8-bit WAV samples are unsigned: 128 is silence, 0 is -1, 255 is 127/128.
        byte[] data = {(byte) 128, (byte) 255, 0, (byte) 192};
        Path f = dir.resolve("eight.wav");
        Files.write(f, wav(1, 11025, 8, data));

        AudioClip c = WavReader.read(f);

        assertThat(c.sampleRate()).isEqualTo(11025);
        assertThat(c.samples()).containsExactly(0f, 127f / 128, -1f, 0.5f);
    }

    @Test
    void twentyFourBitStereoWrittenByHand() throws Exception {
        // Frame 1: left 0x400000 (0.5), right 0xC00000 (-0.5); frame 2: left 0x7FFFFF, right 0x000000.
        byte[] data = {0x00, 0x00, 0x40, 0x00, 0x00, (byte) 0xC0, (byte) 0xFF, (byte) 0xFF, 0x7F, 0, 0, 0};
        Path f = dir.resolve("twentyfour.wav");
        Files.write(f, wav(2, 48000, 24, data));

        AudioClip c = WavReader.read(f);

        assertThat(c.frames()).isEqualTo(2);
        assertThat(c.sample(0)).isEqualTo(0f);
        assertThat(c.sample(1)).isCloseTo(0.5f * 8388607 / 8388608, offset(1e-7f));
    }

    @Test
    void notAWavFile() throws Exception {
        Path f = dir.resolve("notes.wav");
        Files.writeString(f, "this is text, not audio");

        assertThatThrownBy(() -> WavReader.read(f))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(f + ": not a WAV file or an unsupported encoding");
    }

    @Test
    void truncatedData() throws Exception {
        byte[] whole = wav(1, 8000, 16, new byte[200]);
        Path f = dir.resolve("cut.wav");
        Files.write(f, Arrays.copyOf(whole, whole.length - 100));

        assertThatThrownBy(() -> WavReader.read(f))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(f + ": data: truncated file: the data chunk declares 100 frames, found 50");
    }

    /** A canonical 44-byte-header PCM WAV file. */
    static byte[] wav(int channels, int rate, int bits, byte[] data) {
        int blockAlign = channels * bits / 8;
        ByteBuffer b = ByteBuffer.allocate(44 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + data.length);
        b.put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) channels);
        b.putInt(rate).putInt(rate * blockAlign).putShort((short) blockAlign).putShort((short) bits);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return b.array();
    }
}
