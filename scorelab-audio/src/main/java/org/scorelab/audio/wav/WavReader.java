package org.scorelab.audio.wav;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.scorelab.audio.AudioClip;
import org.scorelab.core.io.InvalidInputException;

/**
 * Reads a WAV (or AIFF/AU, whatever {@code javax.sound.sampled} opens) file into a mono clip:
 * 8-bit unsigned, 16/24/32-bit signed PCM and 32-bit float, at any rate, stereo averaged.
 */
public final class WavReader {

    private WavReader() {
    }

    public static AudioClip read(Path file) throws InvalidInputException, IOException {
        return read(file.toString(), Files.readAllBytes(file));
    }

    /** Reads the bytes of one audio file; {@code source} names it in messages. */
    public static AudioClip read(String source, byte[] bytes) throws InvalidInputException, IOException {
        try (InputStream raw = new BufferedInputStream(new ByteArrayInputStream(bytes));
             AudioInputStream in = AudioSystem.getAudioInputStream(raw)) {
            AudioFormat f = in.getFormat();
            int bits = f.getSampleSizeInBits();
            int channels = f.getChannels();
            AudioFormat.Encoding enc = f.getEncoding();
            boolean supported = enc.equals(AudioFormat.Encoding.PCM_SIGNED) && (bits == 16 || bits == 24 || bits == 32)
                    || enc.equals(AudioFormat.Encoding.PCM_UNSIGNED) && bits == 8
                    || enc.equals(AudioFormat.Encoding.PCM_SIGNED) && bits == 8
                    || enc.equals(AudioFormat.Encoding.PCM_FLOAT) && bits == 32;
            if (!supported || channels < 1) {
                throw new InvalidInputException(source, "format", "unsupported sample format " + enc + " " + bits
                        + "-bit, " + channels + " channel(s); expected 8/16/24/32-bit PCM or 32-bit float");
            }
            byte[] data = in.readAllBytes();
            int frameSize = f.getFrameSize();
            long declared = in.getFrameLength();
            int frames = data.length / frameSize;
            if (declared != AudioSystem.NOT_SPECIFIED && frames < declared) {
                throw new InvalidInputException(source, "data", "truncated file: the data chunk declares " + declared
                        + " frames, found " + frames);
            }
            float[] out = new float[frames];
            int bytesPer = bits / 8;
            for (int i = 0; i < frames; i++) {
                double sum = 0;
                for (int c = 0; c < channels; c++) {
                    sum += decode(data, i * frameSize + c * bytesPer, bits, enc, f.isBigEndian());
                }
                out[i] = (float) (sum / channels);
            }
            return AudioClip.mono(out, Math.round(f.getSampleRate()));
        } catch (UnsupportedAudioFileException e) {
            throw new InvalidInputException(source, "", "not a WAV file or an unsupported encoding: " + e.getMessage(), e);
        }
    }

    private static double decode(byte[] d, int at, int bits, AudioFormat.Encoding enc, boolean bigEndian) {
        int n = bits / 8;
        long v = 0;
        for (int k = 0; k < n; k++) {
            int b = d[bigEndian ? at + k : at + n - 1 - k] & 0xFF;
            v = (v << 8) | b;
        }
        if (enc.equals(AudioFormat.Encoding.PCM_FLOAT)) {
            return Float.intBitsToFloat((int) v);
        }
        if (enc.equals(AudioFormat.Encoding.PCM_UNSIGNED)) {
            return (v - (1L << (bits - 1))) / (double) (1L << (bits - 1));
        }
        long signed = (v << (64 - bits)) >> (64 - bits);
        return signed / (double) (1L << (bits - 1));
    }
}
