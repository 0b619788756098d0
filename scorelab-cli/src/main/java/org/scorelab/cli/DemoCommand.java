package org.scorelab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scorelab.audio.AudioClip;
import org.scorelab.audio.analysis.FeatureConfig;
import org.scorelab.audio.analysis.MelFilterbank;
import org.scorelab.audio.analysis.Spectrogram;
import org.scorelab.audio.analysis.Stft;
import org.scorelab.audio.plot.PlotOptions;
import org.scorelab.audio.plot.SpectrogramPlot;
import org.scorelab.audio.synth.MidiRenderer;
import org.scorelab.audio.synth.RenderOptions;
import org.scorelab.audio.wav.WavWriter;
import org.scorelab.core.abc.AbcReader;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.corpus.Split;
import org.scorelab.core.formats.Format;
import org.scorelab.core.formats.Formats;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.midi.MidiOptions;
import org.scorelab.core.midi.MidiWriter;
import org.scorelab.core.model.Tune;
import org.scorelab.genre.classify.GenreModel;
import org.scorelab.genre.classify.GenrePrediction;
import org.scorelab.render.dataset.BuildResult;
import org.scorelab.render.dataset.DatasetConfig;
import org.scorelab.render.dataset.DatasetItem;
import org.scorelab.render.dataset.ManifestRow;
import org.scorelab.render.dataset.OmrDatasetBuilder;
import org.scorelab.render.dataset.SampleEncoder;
import org.scorelab.render.dataset.Vocabulary;
import org.scorelab.render.verovio.WorkerSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scorelab demo}: the main job on bundled tunes, so a new user sees every part work
 * without any data of their own.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs scorelab on three bundled O'Neill's tunes and writes, under --out:",
            "  convert/  each tune in every format (semantic, agnostic, musicxml, mei, mid, abc)",
            "  omr/      PrIMuS-like OMR samples engraved by Verovio (clean/ and camera/), PNG + tokens",
            "  audio/    a WAV of each tune from the JDK's software synthesizer, and its mel spectrogram (PNG)",
            "  recognition/  two bundled score images (a staff, an A4 page) read by the OMR model: tokens,",
            "            MusicXML, MIDI, WAV and the result engraved again; recognition.html shows them side by side",
            "  index.html  the results side by side, with each tune's style as the shipped classifier judges it"})
final class DemoCommand implements Callable<Integer> {

    private static final String TUNES = "demo/oneills-demo.abc";

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "scorelab-demo", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "6", description = "OMR samples of each kind (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--model", paramLabel = "DIR",
            description = "OMR model folder (default: models/omr of the repository); without one the recognition step is skipped.")
    Path model;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        FailureReport failures = new FailureReport();
        List<Tune> tunes = bundledTunes(failures);
        long start = System.nanoTime();

        stdout.printf("1/5 converting %d bundled tunes to every format ...%n", tunes.size());
        stdout.flush();
        List<String> converted = convert(tunes, failures);

        stdout.println("2/5 engraving OMR samples with Verovio (clean and camera-like) ...");
        stdout.flush();
        List<DatasetItem> items = new ArrayList<>();
        for (Tune t : tunes) {
            items.add(new DatasetItem(t, "oneills-demo.abc#" + t.info().number(), t.info().title(), Split.TRAIN));
        }
        BuildResult clean = engrave(items, false, out.resolve("omr/clean"));
        BuildResult camera = engrave(items, true, out.resolve("omr/camera"));
        clean.failures().forEach(f -> failures.add(f.name() + ": " + f.reason(), f.reason()));
        camera.failures().forEach(f -> failures.add(f.name() + ": " + f.reason(), f.reason()));

        stdout.println("3/5 synthesising audio and drawing mel spectrograms ...");
        stdout.flush();
        List<String> wavs = synthesise(tunes, failures);

        stdout.println("4/5 classifying each tune's style from its notes ...");
        stdout.flush();
        List<String> styles = styles(tunes, failures);

        OmrStep omr = new OmrStep(model == null ? OmrModels.defaultFolder() : model, out);
        String recognition = omr.run(stdout, failures);

        Path index = out.resolve("index.html");
        AtomicFiles.writeString(index, DemoPage.html(tunes, styles, converted, out, clean, camera, wavs, recognition,
                Files.isRegularFile(out.resolve(OmrStep.PAGE))));
        stdout.printf("done in %.1f s: %d files converted, %d+%d OMR samples, %d WAV(s) with spectrograms; open %s%n",
                (System.nanoTime() - start) / 1e9, converted.size(), clean.rows().size(), camera.rows().size(),
                wavs.size(), index.toAbsolutePath());
        return failures.print(spec.commandLine().getErr(), 50);
    }

    private List<Tune> bundledTunes(FailureReport failures) throws IOException {
        byte[] bytes;
        try (InputStream in = DemoCommand.class.getResourceAsStream(TUNES)) {
            if (in == null) {
                throw new IOException("the bundled demo tunes are missing from the jar (" + TUNES + ")");
            }
            bytes = in.readAllBytes();
        }
        ReadResult read = new AbcReader().readBytes("oneills-demo.abc", bytes);
        for (InvalidInputException e : read.failures()) {
            failures.add(e.getMessage(), e.reason());
        }
        return read.tunes();
    }

    private List<String> convert(List<Tune> tunes, FailureReport failures) throws IOException {
        List<String> written = new ArrayList<>();
        Path dir = out.resolve("convert");
        Files.createDirectories(dir);
        for (Tune t : tunes) {
            for (Format f : Format.values()) {
                String name = "oneills-demo-" + t.info().number() + "." + f.extension();
                try {
                    AtomicFiles.writeBytes(dir.resolve(name), Formats.writer(f).write(t));
                    written.add("convert/" + name);
                } catch (IOException | RuntimeException e) {
                    failures.add(name + ": cannot write " + f.cliName() + ": " + e.getMessage(), "cannot write " + f.cliName());
                }
            }
        }
        return written;
    }

    private BuildResult engrave(List<DatasetItem> items, boolean cameraLike, Path dir) throws Exception {
        DatasetConfig config = DatasetConfig.of(samples, cameraLike ? 2 : 1, cameraLike, 2);
        return new OmrDatasetBuilder(items, SampleEncoder.primus(), Vocabulary.primus(), config, WorkerSetup.locate())
                .build(dir, (done, total) -> { });
    }

    private List<String> synthesise(List<Tune> tunes, FailureReport failures) throws Exception {
        List<String> written = new ArrayList<>();
        Path dir = out.resolve("audio");
        Files.createDirectories(dir);
        int[] programs = {73, 40, 21};  // flute, violin, accordion
        try (MidiRenderer renderer = MidiRenderer.open(RenderOptions.DEFAULT)) {
            for (int i = 0; i < tunes.size(); i++) {
                Tune t = tunes.get(i);
                String name = "oneills-demo-" + t.info().number() + ".wav";
                try {
                    MidiOptions options = new MidiOptions(programs[i % programs.length], 90, 0, 0, 1.0);
                    AudioClip clip = renderer.render(MidiWriter.toSequence(t, options), 30);
                    AtomicFiles.writeBytes(dir.resolve(name), WavWriter.encode(clip));
                    written.add("audio/" + name);
                    melSpectrogram(clip, t, dir.resolve(name.replace(".wav", ".png")));
                } catch (IOException | RuntimeException e) {
                    failures.add(name + ": cannot synthesise: " + e.getMessage(), "cannot synthesise");
                }
            }
        }
        return written;
    }

    private static void melSpectrogram(AudioClip clip, Tune t, Path png) throws IOException {
        FeatureConfig config = FeatureConfig.DEFAULT.withSampleRate(clip.sampleRate());
        Spectrogram power = new Stft(config.stft()).power(clip.samples(), clip.sampleRate());
        MelFilterbank bank = new MelFilterbank(config.mel(), config.sampleRate(), config.stft().nFft());
        Spectrogram db = bank.apply(power).toDecibels(config.decibels());
        String title = t.info().title() + ": " + bank.bands() + "-band mel spectrogram";
        SpectrogramPlot.writePng(SpectrogramPlot.plot(db, title, PlotOptions.SINGLE), png);
    }

    /** The style of each tune by the shipped symbolic model, or a note when it is not installed. */
    private static List<String> styles(List<Tune> tunes, FailureReport failures) {
        Path model = Path.of(System.getProperty("scorelab.home", ".")).resolve(ClassifyCommand.MODEL_DIR).resolve("style.properties");
        List<String> out = new ArrayList<>();
        try {
            GenreModel style = GenreModel.load(model);
            for (Tune t : tunes) {
                GenrePrediction p = style.predict(t);
                out.add(String.format(java.util.Locale.ROOT, "%s (%.0f%%)", p.label(), 100 * p.confidence()));
            }
        } catch (IOException | InvalidInputException | RuntimeException e) {
            failures.add(model + ": cannot classify styles: " + e.getMessage(), "cannot classify styles");
            tunes.forEach(t -> out.add("?"));
        }
        return out;
    }

    /** The demo's index page. */
    static final class DemoPage {
        private DemoPage() {
        }

        static String html(List<Tune> tunes, List<String> styles, List<String> converted, Path out, BuildResult clean,
                           BuildResult camera, List<String> wavs, String recognition, boolean recognitionPage)
                throws IOException {
            StringBuilder h = new StringBuilder();
            h.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>scorelab demo</title>\n")
                    .append("<style>body{font-family:sans-serif;margin:2em;max-width:1200px}img{max-width:100%;border:1px solid #ccc}")
                    .append("code{font-size:12px;word-break:break-all}td{vertical-align:top;padding:6px}</style></head><body>\n")
                    .append("<h1>scorelab demo</h1>\n<h2>Tunes, in every format</h2>\n<ul>\n");
            for (int i = 0; i < tunes.size(); i++) {
                Tune t = tunes.get(i);
                h.append("<li>X:").append(t.info().number()).append(" ").append(esc(t.info().title()))
                        .append(" &mdash; style by its notes: <b>").append(esc(styles.get(i))).append("</b>: ");
                String prefix = "convert/oneills-demo-" + t.info().number() + ".";
                for (String c : converted) {
                    if (c.startsWith(prefix)) {
                        h.append("<a href=\"").append(c).append("\">").append(c.substring(prefix.length())).append("</a> ");
                    }
                }
                h.append("</li>\n");
            }
            h.append("</ul>\n<h2>Optical music recognition</h2>\n<p>").append(esc(recognition));
            if (recognitionPage) {
                h.append(" <a href=\"").append(OmrStep.PAGE).append("\">Images and results side by side</a>.");
            }
            h.append("</p>\n<h2>Audio</h2>\n");
            for (String w : wavs) {
                h.append("<p>").append(esc(w)).append("<br><audio controls src=\"").append(w).append("\"></audio><br><img src=\"")
                        .append(w.replace(".wav", ".png")).append("\" alt=\"mel spectrogram\"></p>\n");
            }
            samples(h, "OMR samples, clean", "omr/clean", out.resolve("omr/clean"), clean);
            samples(h, "OMR samples, camera-like", "omr/camera", out.resolve("omr/camera"), camera);
            return h.append("</body></html>\n").toString();
        }

        private static void samples(StringBuilder h, String heading, String href, Path dir, BuildResult result) throws IOException {
            h.append("<h2>").append(heading).append("</h2>\n<table>\n");
            for (ManifestRow r : result.rows()) {
                String semantic = Files.readString(dir.resolve(r.name() + ".semantic"), StandardCharsets.UTF_8).strip();
                h.append("<tr><td><img src=\"").append(href).append('/').append(r.name()).append(".png\" alt=\"")
                        .append(r.name()).append("\"><br><code>").append(esc(semantic.replace('\t', ' '))).append("</code></td></tr>\n");
            }
            h.append("</table>\n");
        }

        private static String esc(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}
