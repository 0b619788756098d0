package org.scorelab.cli.demo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sound.midi.MidiUnavailableException;
import org.scorelab.audio.AudioClip;
import org.scorelab.audio.synth.MidiRenderer;
import org.scorelab.audio.wav.WavWriter;
import org.scorelab.core.formats.Format;
import org.scorelab.core.formats.Formats;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.mei.MeiWriter;
import org.scorelab.core.midi.MidiOptions;
import org.scorelab.core.midi.MidiWriter;
import org.scorelab.core.model.Tune;
import org.scorelab.omr.data.StaffImage;
import org.scorelab.omr.eval.SymbolErrorRate;
import org.scorelab.omr.image.ImageInput;
import org.scorelab.omr.recognize.OmrRecognizer;
import org.scorelab.nn.Engines;
import org.scorelab.omr.train.OmrModel;
import org.scorelab.render.verovio.PageLayout;
import org.scorelab.render.verovio.RenderException;
import org.scorelab.render.verovio.RenderOptions;
import org.scorelab.render.verovio.VerovioWorker;
import org.scorelab.render.verovio.WorkerSetup;

/**
 * Reads the bundled score images with a trained OMR model and writes, per image, into one folder:
 * the image itself, the recognised tokens ({@code .semantic}), {@code .musicxml}, {@code .mid}, a
 * {@code .wav} from the audio module's synthesizer, and the recognised music engraved again by
 * Verovio ({@code .recognised.png}), so a reader can compare image and result by eye. Each image
 * is recognised twice from its file and both times are kept: the first pays for the engine's
 * warm-up, the second is what a running service would see, and is timed stage by stage to show
 * where the time goes.
 *
 * @param model   the model folder
 * @param dir     where the outputs go (created)
 * @param prefix  how the HTML page beside {@code dir} refers to it, e.g. {@code recognition/}
 * @param verovio the Verovio worker, for the engraving of the result (skipped when not installed)
 * @param threads PyTorch intra-op threads (the engine is process-wide, so this sets them for the process)
 */
public record OmrDemo(Path model, Path dir, String prefix, WorkerSetup verovio, int threads) {
    /** The page's engraving: A4 at 150 dpi, half the scale of the bundled 300 dpi page. */
    static final PageLayout ENGRAVED_PAGE = new PageLayout(1240, 1754, 88, true);
    static final RenderOptions ENGRAVED_PAGE_OPTIONS = new RenderOptions("Leipzig", 65, 0.3, 0.6, 20);
    /** Flute: the demo's tunes are played on flute, violin and accordion. */
    static final MidiOptions MIDI = new MidiOptions(73, 90, 0, 0, 1.0);
    static final double MAX_AUDIO_SECONDS = 90;

    /**
     * What the OMR part of the demo did.
     *
     * @param results     one per example, in order
     * @param loadSeconds starting the engine and loading the model
     * @param parameters  the model's trainable values
     * @param threads     PyTorch threads used
     */
    public record Report(List<Recognized> results, double loadSeconds, long parameters, int threads) {
        public Report {
            results = List.copyOf(results);
        }
    }

    /**
     * Recognises every example.
     *
     * @throws InvalidInputException when the model cannot be loaded or an image yields no staff (the
     *                               bundled images always have staves, so either is a real defect)
     * @throws IOException           when an output cannot be written
     */
    public Report run(List<OmrExample> examples) throws InvalidInputException, IOException {
        Files.createDirectories(dir);
        long start = System.nanoTime();
        Engines.threads(threads);
        try (OmrModel m = OmrModel.load(model)) {
            double load = (System.nanoTime() - start) / 1e9;
            OmrRecognizer recognizer = new OmrRecognizer(m, 1);
            List<Recognized> results = new ArrayList<>();
            try (Engraver engraver = Engraver.open(verovio)) {
                for (OmrExample e : examples) {
                    results.add(recognise(recognizer, engraver, e));
                }
            }
            return new Report(results, load, m.parameterCount(), threads);
        }
    }

    private Recognized recognise(OmrRecognizer recognizer, Engraver engraver, OmrExample e)
            throws InvalidInputException, IOException {
        List<String> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Path image = dir.resolve(e.name() + ".png");
        AtomicFiles.writeBytes(image, e.png());
        files.add(prefix + e.name() + ".png");
        long t0 = System.nanoTime();
        OmrRecognizer.Page page = recognizer.recognize(image);
        double first = (System.nanoTime() - t0) / 1e9;
        Recognized.Stages again = staged(recognizer.model(), image);
        String encoding = recognizer.model().config().encoding().extension();
        write(e.name() + "." + encoding, OmrRecognizer.line(page.tokens()).getBytes(StandardCharsets.UTF_8), files);
        String engraving = null;
        try {
            Tune tune = recognizer.tune(page);
            write(e.name() + ".musicxml", encode("MusicXML", () -> Formats.writer(Format.MUSICXML).write(tune), problems), files);
            write(e.name() + ".mid", encode("MIDI", () -> Formats.writer(Format.MIDI).write(tune), problems), files);
            write(e.name() + ".wav", encode("WAV", () -> wav(tune), problems), files);
            engraving = engraver.engrave(tune, page.staves().size() > 1, dir.resolve(e.name() + ".recognised.png"), problems)
                    ? prefix + e.name() + ".recognised.png" : null;
        } catch (InvalidInputException x) {
            problems.add("the recognised tokens do not form a tune (" + x.reason() + "), so no MusicXML, MIDI, WAV or engraving");
        }
        SymbolErrorRate ser = SymbolErrorRate.EMPTY.plus(e.truth(), page.tokens());
        return new Recognized(e, page.staves().size(), page.tokens(), first, again, ser, files, engraving, problems);
    }

    /** The recognizer's work once more, timed stage by stage (same calls as {@link OmrRecognizer#recognize(Path)}). */
    private static Recognized.Stages staged(OmrModel m, Path image) throws InvalidInputException {
        long t0 = System.nanoTime();
        BufferedImage pixels = ImageInput.DEFAULT.read(image);
        long t1 = System.nanoTime();
        List<StaffImage> staves = m.config().normalizer().staves(pixels);
        long t2 = System.nanoTime();
        OmrRecognizer.join(m.predict(staves, 1), m.config().encoding());
        long t3 = System.nanoTime();
        return new Recognized.Stages((t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    }

    /** Writes an output; nothing when it could not be encoded (null). */
    private void write(String name, byte[] bytes, List<String> files) throws IOException {
        if (bytes != null) {
            AtomicFiles.writeBytes(dir.resolve(name), bytes);
            files.add(prefix + name);
        }
    }

    /** Makes one output's bytes. */
    private interface Encoder {
        byte[] encode() throws IOException;
    }

    /**
     * The bytes, or null with the reason in {@code problems}: recognised tokens can form a tune
     * that a format cannot hold (a meter of 3/6 has no MIDI time signature), which is a fact about
     * the recognition to show, not a reason to stop.
     */
    private static byte[] encode(String format, Encoder encoder, List<String> problems) {
        try {
            return encoder.encode();
        } catch (IOException | RuntimeException x) {
            problems.add("no " + format + " of the recognised music: " + x.getMessage());
            return null;
        }
    }

    private static byte[] wav(Tune tune) throws IOException {
        try (MidiRenderer renderer = MidiRenderer.open(org.scorelab.audio.synth.RenderOptions.DEFAULT)) {
            AudioClip clip = renderer.render(MidiWriter.toSequence(tune, MIDI), MAX_AUDIO_SECONDS);
            return WavWriter.encode(clip);
        } catch (InvalidInputException | MidiUnavailableException e) {
            throw new IOException("cannot open the synthesizer: " + e.getMessage(), e);
        }
    }

    /** Engraves recognised tunes with one Verovio worker, or says why it cannot. */
    private record Engraver(VerovioWorker worker, String unavailable) implements AutoCloseable {
        static Engraver open(WorkerSetup setup) {
            if (!setup.isInstalled()) {
                return new Engraver(null, "the Verovio worker is not installed (" + setup.problem() + ")");
            }
            try {
                return new Engraver(new VerovioWorker(setup), null);
            } catch (RenderException e) {
                return new Engraver(null, "the Verovio worker did not start: " + e.getMessage());
            }
        }

        /** Writes the engraving; false (with the reason in problems) when there is none. */
        boolean engrave(Tune tune, boolean page, Path png, List<String> problems) throws IOException {
            if (worker == null) {
                problems.add("no engraving of the result: " + unavailable);
                return false;
            }
            try {
                String mei = new MeiWriter().toXml(tune);
                byte[] bytes = page ? worker.renderPage(mei, ENGRAVED_PAGE_OPTIONS, ENGRAVED_PAGE, 1).image().png()
                        : worker.render(mei, RenderOptions.DEFAULT).png();
                AtomicFiles.writeBytes(png, bytes);
                return true;
            } catch (RenderException | RuntimeException e) {
                problems.add("Verovio could not engrave the result: " + e.getMessage());
                return false;
            }
        }

        @Override
        public void close() {
            if (worker != null) {
                worker.close();
            }
        }
    }
}
