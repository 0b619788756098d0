package org.scorelab.audio.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Sequence;
import org.scorelab.audio.AudioClip;
import org.scorelab.audio.synth.MidiRenderer;
import org.scorelab.audio.synth.RenderOptions;
import org.scorelab.audio.wav.WavReader;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.formats.Formats;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.midi.MidiOptions;
import org.scorelab.core.midi.MidiWriter;
import org.scorelab.core.model.Tune;

/**
 * Loads a file as one mono clip at the analysis rate: WAV (any PCM or float form
 * {@link WavReader} reads, stereo averaged) is resampled with {@link Resampler#DEFAULT}; MIDI is
 * rendered as it is (all tracks, its own instruments and tempi); ABC and MusicXML are read to a
 * tune (the first one of an ABC file with several), turned into MIDI by
 * {@link MidiWriter#toSequence} and rendered. Rendering uses the JDK's software synthesizer
 * ({@link RenderOptions#DEFAULT}: built-in sounds, no reverb), so the JVM needs
 * {@code --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED}.
 */
public final class AudioSource {

    /** The extensions it loads. */
    public static final List<String> EXTENSIONS = List.of("wav", "wave", "mid", "midi", "abc", "musicxml", "xml", "mxl");

    /** Pieces longer than this are cut when rendered, so a runaway file cannot fill the memory. */
    public static final double MAX_RENDER_SECONDS = 1800;

    /** Peak level below which a clip counts as silent: -100 dBFS. */
    public static final double SILENCE_PEAK = 1e-5;

    private AudioSource() {
    }

    /**
     * The file as a mono clip at {@code sampleRate}.
     *
     * @throws InvalidInputException naming the file and the reason: unknown extension, not audio,
     *                               truncated, unsupported encoding, unreadable score or MIDI
     * @throws IOException           when the file cannot be read at all or the synthesizer fails
     */
    public static AudioClip load(Path file, int sampleRate) throws InvalidInputException, IOException {
        String source = file.toString();
        String ext = extension(file);
        if (!EXTENSIONS.contains(ext)) {
            throw new InvalidInputException(source, "", "unknown file type '." + ext + "', expected one of ."
                    + String.join(" .", EXTENSIONS));
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidInputException(source, "", "cannot read the file (missing, a folder, or no permission)");
        }
        AudioClip clip = switch (ext) {
            case "wav", "wave" -> readWav(file, source);
            case "mid", "midi" -> render(readMidi(file, source), sampleRate);
            default -> render(MidiWriter.toSequence(readTune(file), MidiOptions.DEFAULT), sampleRate);
        };
        AudioClip mono = clip.toMono();
        if (mono.sampleRate() == sampleRate) {
            return mono;
        }
        return AudioClip.mono(Resampler.DEFAULT.resample(mono.samples(), mono.sampleRate(), sampleRate), sampleRate);
    }

    /**
     * Refuses a clip no analysis can use: shorter than {@code minSamples} or silent (peak below
     * {@link #SILENCE_PEAK}); {@code source} names it in the message.
     */
    public static void requireAnalysable(String source, AudioClip clip, int minSamples) throws InvalidInputException {
        if (clip.frames() < minSamples) {
            throw new InvalidInputException(source, "", String.format(Locale.ROOT,
                    "too short: %d samples (%.3f s at %d Hz), need at least %d (one analysis frame)", clip.frames(),
                    clip.seconds(), clip.sampleRate(), minSamples));
        }
        float peak = 0;
        for (int i = 0; i < clip.frames() * clip.channels(); i++) {
            peak = Math.max(peak, Math.abs(clip.sample(i)));
        }
        if (peak < SILENCE_PEAK) {
            throw new InvalidInputException(source, "", String.format(Locale.ROOT,
                    "silent: peak level %s, below -100 dBFS", peak == 0 ? "0 (digital silence)"
                            : String.format(Locale.ROOT, "%.1f dBFS", 20 * Math.log10(peak))));
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static AudioClip readWav(Path file, String source) throws InvalidInputException, IOException {
        try {
            return WavReader.read(file);
        } catch (java.io.EOFException e) {
            throw new InvalidInputException(source, "", "truncated file: it ends inside the header", e);
        }
    }

    private static Sequence readMidi(Path file, String source) throws InvalidInputException, IOException {
        try {
            return MidiSystem.getSequence(file.toFile());
        } catch (InvalidMidiDataException e) {
            throw new InvalidInputException(source, "", "not a standard MIDI file: " + e.getMessage(), e);
        } catch (java.io.EOFException e) {
            throw new InvalidInputException(source, "", "not a standard MIDI file: it ends inside a chunk (truncated)", e);
        }
    }

    private static Tune readTune(Path file) throws InvalidInputException {
        ReadResult r = Formats.reader(file).orElseThrow().read(file);
        if (r.tunes().isEmpty()) {
            if (!r.failures().isEmpty()) {
                throw r.failures().get(0);
            }
            throw new InvalidInputException(file.toString(), "", "no tune in the file");
        }
        return r.tunes().get(0);
    }

    private static AudioClip render(Sequence seq, int sampleRate) throws IOException {
        int rate = Math.max(8000, Math.min(96000, sampleRate));
        try (MidiRenderer r = MidiRenderer.open(RenderOptions.DEFAULT.withSampleRate(rate))) {
            return r.render(seq, MAX_RENDER_SECONDS);
        } catch (MidiUnavailableException | InvalidInputException e) {
            throw new IOException("the software synthesizer is not available: " + e.getMessage(), e);
        }
    }
}
