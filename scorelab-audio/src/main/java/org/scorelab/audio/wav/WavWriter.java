package org.scorelab.audio.wav;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.scorelab.audio.AudioClip;
import org.scorelab.core.io.AtomicFiles;

/** Writes clips as 16-bit little-endian PCM WAV, the format every audio tool reads. */
public final class WavWriter {

    private WavWriter() {
    }

    /** The bytes of a WAV file holding the clip; samples outside -1..1 are clipped. */
    public static byte[] encode(AudioClip clip) throws IOException {
        byte[] pcm = toPcm16(clip);
        AudioFormat format = new AudioFormat(clip.sampleRate(), 16, clip.channels(), true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pcm.length + 44);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, clip.frames())) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
        }
        return out.toByteArray();
    }

    /** Writes the clip to {@code file} atomically: a reader never sees half a file. */
    public static void write(Path file, AudioClip clip) throws IOException {
        byte[] bytes = encode(clip);
        AtomicFiles.writeBytes(file, bytes);
    }

    static byte[] toPcm16(AudioClip clip) {
        int n = clip.frames() * clip.channels();
        byte[] pcm = new byte[2 * n];
        for (int i = 0; i < n; i++) {
            float x = clip.sample(i);
            int v = (int) Math.round(Math.max(-1.0, Math.min(1.0, x)) * 32767.0);
            pcm[2 * i] = (byte) v;
            pcm[2 * i + 1] = (byte) (v >> 8);
        }
        return pcm;
    }
}
