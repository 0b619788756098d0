package org.scorelab.audio.synth;

import com.sun.media.sound.AudioSynthesizer;
import com.sun.media.sound.SoftSynthesizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Receiver;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Soundbank;
import javax.sound.midi.Track;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import org.scorelab.audio.AudioClip;
import org.scorelab.audio.wav.WavWriter;
import org.scorelab.core.io.InvalidInputException;

/**
 * Renders MIDI sequences to audio offline with one software synthesizer per renderer.
 *
 * <p>The synthesizer object and its sound set are kept from clip to clip, but its audio stream is
 * opened afresh for every clip. Reusing one open stream was measured no faster (opening a stream
 * on a synthesizer that has its sound set costs milliseconds), and a clip then depends on what
 * was played before it: the voice pool keeps filter and interpolation state, so the first tens
 * of milliseconds of a clip differ with its predecessor, and a data set would differ with the
 * number of threads. A fresh stream makes every clip depend
 * on its sequence and the options only. Not thread-safe: use one renderer per thread.
 */
public final class MidiRenderer implements AutoCloseable {

    /** Gervill's default control rate: events take effect at block boundaries of this rate. */
    private static final float CONTROL_RATE = 147f;
    /** Below this level (about -66 dB) the end of a clip counts as silence. */
    private static final float SILENCE = 5e-4f;
    /** Kept after the last audible sample so that the release is not clipped. */
    private static final double SHORT_TAIL = 0.05;
    /** Fade at a cut so that stopping mid-note makes no click. */
    private static final double FADE = 0.02;

    private final RenderOptions options;
    private final AudioSynthesizer synth;
    private final Soundbank bank;
    private final AudioFormat format;
    private final Map<String, Object> info;
    private final int frameBytes;

    private MidiRenderer(RenderOptions options, AudioSynthesizer synth, Soundbank bank) {
        this.options = options;
        this.synth = synth;
        this.bank = bank;
        this.format = new AudioFormat(options.sampleRate(), 16, options.channels(), true, false);
        Map<String, Object> m = new HashMap<>();
        m.put("interpolation", "linear");
        m.put("max polyphony", 64);
        m.put("reverb", options.reverb());
        m.put("chorus", options.reverb());
        m.put("control rate", CONTROL_RATE);
        // The automatic gain control is a limiter with a look-ahead delay; one melody line does not need it.
        m.put("auto gain control", false);
        m.put("load default soundbank", bank == null);
        this.info = Map.copyOf(m);
        this.frameBytes = 2 * options.channels();
    }

    /**
     * Opens a synthesizer streaming at the options' rate and loads the sound set.
     *
     * @throws InvalidInputException     when the soundbank file cannot be read as one
     * @throws MidiUnavailableException  when the synthesizer cannot be opened
     */
    public static MidiRenderer open(RenderOptions options) throws InvalidInputException, MidiUnavailableException {
        Soundbank bank = null;
        if (options.soundbank() != null) {
            bank = loadSoundbank(options.soundbank());
        }
        MidiRenderer r = new MidiRenderer(options, new SoftSynthesizer(), bank);
        // Opening once here reports a missing synthesizer or an unusable soundbank before any clip.
        r.openStream().close();
        return r;
    }

    /** A fresh stream with the sound set loaded; the caller closes it. */
    private Stream openStream() throws InvalidInputException, MidiUnavailableException {
        AudioInputStream stream = synth.openStream(format, info);
        try {
            if (bank != null && (!synth.isSoundbankSupported(bank) || !synth.loadAllInstruments(bank))) {
                throw new InvalidInputException(options.soundbank().toString(), "",
                        "the synthesizer cannot load this soundbank's instruments");
            }
            return new Stream(stream, synth.getReceiver());
        } catch (InvalidInputException | MidiUnavailableException | RuntimeException e) {
            synth.close();
            throw e;
        }
    }

    /** One open stream of the synthesizer and the receiver that feeds it. */
    private final class Stream implements AutoCloseable {
        private final AudioInputStream audio;
        private final Receiver receiver;

        Stream(AudioInputStream audio, Receiver receiver) {
            this.audio = audio;
            this.receiver = receiver;
        }

        float[] pull(int frames) throws IOException {
            byte[] buf = new byte[frames * frameBytes];
            int off = 0;
            while (off < buf.length) {
                int n = audio.read(buf, off, buf.length - off);
                if (n < 0) {
                    throw new IOException("the synthesizer stream ended after " + off / frameBytes + " frames");
                }
                off += n;
            }
            float[] out = new float[frames * options.channels()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (short) ((buf[2 * i] & 0xFF) | (buf[2 * i + 1] << 8)) / 32768f;
            }
            return out;
        }

        @Override
        public void close() {
            receiver.close();
            synth.close();
        }
    }

    private static Soundbank loadSoundbank(Path file) throws InvalidInputException {
        try {
            return MidiSystem.getSoundbank(file.toFile());
        } catch (InvalidMidiDataException e) {
            throw new InvalidInputException(file.toString(), "", "not a soundbank (SF2/DLS): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "", "cannot read the soundbank: " + e, e);
        }
    }

    public RenderOptions options() {
        return options;
    }

    /** Renders the whole sequence. */
    public AudioClip render(Sequence seq) throws IOException {
        return render(seq, Double.POSITIVE_INFINITY);
    }

    /**
     * Renders the sequence up to {@code maxSeconds} (a longer piece is cut there with a short
     * fade), then lets the last notes ring for at most the options' tail and trims the silence
     * after them.
     */
    public AudioClip render(Sequence seq, double maxSeconds) throws IOException {
        if (!(maxSeconds > 0)) {
            throw new IllegalArgumentException("maxSeconds must be positive, was " + maxSeconds);
        }
        List<Timed> events = timeline(seq);
        double end = events.isEmpty() ? 0 : events.get(events.size() - 1).seconds();
        boolean cut = end + options.tailSeconds() > maxSeconds;
        double length = Math.min(maxSeconds, end + options.tailSeconds());
        int frames = (int) Math.ceil(length * options.sampleRate());
        float[] samples;
        try (Stream stream = openStream()) {
            for (Timed t : events) {
                if (t.seconds() >= maxSeconds) {
                    break;
                }
                stream.receiver.send(t.message(), Math.round(t.seconds() * 1e6));
            }
            samples = stream.pull(frames);
        } catch (InvalidInputException | MidiUnavailableException e) {
            throw new IOException("cannot reopen the synthesizer: " + e.getMessage(), e);
        }
        int keep = frames;
        if (end < maxSeconds) {
            int minFrames = (int) Math.ceil(end * options.sampleRate());
            keep = Math.min(frames, Math.max(minFrames, lastAudible(samples) + (int) (SHORT_TAIL * options.sampleRate())));
        }
        if (cut && keep == frames) {
            fadeOut(samples, keep);
        }
        float[] out = new float[keep * options.channels()];
        System.arraycopy(samples, 0, out, 0, out.length);
        return new AudioClip(out, options.channels(), options.sampleRate());
    }

    /** Renders the sequence and writes it as a 16-bit WAV file. */
    public AudioClip renderToWav(Sequence seq, double maxSeconds, Path wav) throws IOException {
        AudioClip clip = render(seq, maxSeconds);
        WavWriter.write(wav, clip);
        return clip;
    }

    private record Timed(double seconds, MidiMessage message) {
    }

    /**
     * The channel messages of all tracks in time order, with ticks turned into seconds through
     * the tempo changes of every track.
     */
    private static List<Timed> timeline(Sequence seq) {
        List<MidiEvent> all = new ArrayList<>();
        for (Track t : seq.getTracks()) {
            for (int i = 0; i < t.size(); i++) {
                all.add(t.get(i));
            }
        }
        all.sort(Comparator.comparingLong(MidiEvent::getTick));
        List<Timed> out = new ArrayList<>();
        boolean ppq = seq.getDivisionType() == Sequence.PPQ;
        double secondsPerTick = ppq ? 0.5 / seq.getResolution() : 1.0 / (seq.getDivisionType() * seq.getResolution());
        long lastTick = 0;
        double now = 0;
        for (MidiEvent e : all) {
            now += (e.getTick() - lastTick) * secondsPerTick;
            lastTick = e.getTick();
            MidiMessage m = e.getMessage();
            if (m instanceof MetaMessage mm && mm.getType() == 0x51 && ppq && mm.getData().length == 3) {
                byte[] d = mm.getData();
                int mpq = ((d[0] & 0xFF) << 16) | ((d[1] & 0xFF) << 8) | (d[2] & 0xFF);
                if (mpq > 0) {
                    secondsPerTick = mpq / 1e6 / seq.getResolution();
                }
            } else if (m instanceof ShortMessage) {
                out.add(new Timed(now, m));
            }
        }
        return out;
    }

    private int lastAudible(float[] samples) {
        for (int i = samples.length - 1; i >= 0; i--) {
            if (Math.abs(samples[i]) > SILENCE) {
                return i / options.channels() + 1;
            }
        }
        return 0;
    }

    private void fadeOut(float[] samples, int frames) {
        int n = Math.min(frames, (int) (FADE * options.sampleRate()));
        int ch = options.channels();
        for (int i = 0; i < n; i++) {
            float g = 1f - (i + 1) / (float) n;
            for (int c = 0; c < ch; c++) {
                samples[(frames - n + i) * ch + c] *= g;
            }
        }
    }

    /** Releases the synthesizer; a renderer holds no stream between clips, so this is cheap. */
    @Override
    public void close() {
        synth.close();
    }
}
