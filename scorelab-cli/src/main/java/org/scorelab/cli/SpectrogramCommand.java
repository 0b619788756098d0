package org.scorelab.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import org.scorelab.audio.analysis.MelConfig;
import org.scorelab.audio.analysis.StftConfig;
import org.scorelab.audio.analysis.WindowType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scorelab.audio.AudioClip;
import org.scorelab.audio.analysis.AudioSource;
import org.scorelab.audio.analysis.FeatureConfig;
import org.scorelab.audio.analysis.MelFilterbank;
import org.scorelab.audio.analysis.Spectrogram;
import org.scorelab.audio.analysis.SpectrogramCsv;
import org.scorelab.audio.analysis.Stft;
import org.scorelab.audio.plot.PlotOptions;
import org.scorelab.audio.plot.SpectrogramPlot;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.core.io.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scorelab spectrogram}: a spectrogram picture or table of each input. */
@Command(name = "spectrogram", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the spectrogram (in dB) of an audio or score file as a PNG picture or a CSV table.",
            "Inputs: .wav (any PCM or float form, any rate; stereo is averaged), .mid/.midi, .abc (first tune)",
            "and .musicxml/.xml/.mxl, the last three rendered with the built-in synthesizer.",
            "CSV: one row per frame, its time in seconds, then one column per frequency bin or mel band.",
            "With several inputs, each gets OUT's name plus '-' and its own: spec.png -> spec-a.png, spec-b.png.",
            "An input that cannot be used is named on stderr with the reason; the others are still written (exit 1)."})
final class SpectrogramCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "IN", description = "Input files.")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "OUT.png|OUT.csv",
            description = "Output file; its extension picks a picture (.png) or a table (.csv).")
    Path out;

    @Mixin
    AnalysisOptions analysis;

    @Option(names = "--mel", paramLabel = "N",
            description = "Show N mel bands (Slaney scale, area-normalised) instead of the linear FFT bins (default: linear).")
    Integer mel;

    @Override
    public Integer call() {
        String ext = extension(out);
        if (!ext.equals("png") && !ext.equals("csv")) {
            throw new ParameterException(spec.commandLine(), "--out must end in .png or .csv, was '" + out + "'");
        }
        FeatureConfig config = analysis.config(spec, mel == null ? 128 : mel);
        Stft stft = new Stft(config.stft());
        MelFilterbank bank = mel == null ? null : new MelFilterbank(config.mel(), config.sampleRate(), config.stft().nFft());
        FailureReport failures = new FailureReport();
        var stdout = spec.commandLine().getOut();
        Set<Path> targets = new HashSet<>();
        for (Path in : inputs) {
            Path target = inputs.size() == 1 ? out : siblingFor(in);
            if (!targets.add(target.toAbsolutePath().normalize())) {
                failures.add(in + ": its output " + target + " is already taken by an earlier input with the same name",
                        "output name taken");
                continue;
            }
            try {
                AudioClip clip = AudioSource.load(in, config.sampleRate());
                AudioSource.requireAnalysable(in.toString(), clip, config.stft().nFft());
                Spectrogram power = stft.power(clip.samples(), clip.sampleRate());
                Spectrogram db = (bank == null ? power : bank.apply(power)).toDecibels(config.decibels());
                if (ext.equals("png")) {
                    String title = String.format(Locale.ROOT, "%s: %s spectrogram, %s window, n-fft %d, hop %d, %d Hz",
                            in.getFileName(), bank == null ? "linear" : bank.bands() + "-band mel", config.stft().window().cliName(),
                            config.stft().nFft(), config.stft().hop(), config.sampleRate());
                    SpectrogramPlot.writePng(SpectrogramPlot.plot(db, title, PlotOptions.SINGLE), target);
                } else {
                    AtomicFiles.write(target, stream -> {
                        Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                        SpectrogramCsv.write(db, w);
                        w.flush();
                    });
                }
                stdout.printf(Locale.ROOT, "%s: %.2f s, %d frames x %d %s -> %s%n", in, clip.seconds(), db.frames(), db.bins(),
                        bank == null ? "bins" : "mel bands", target);
            } catch (InvalidInputException e) {
                failures.add(e.getMessage(), e.reason());
            } catch (IOException | RuntimeException e) {
                failures.add(in + ": " + e.getMessage(), "cannot analyse or write");
            }
        }
        stdout.flush();
        return failures.print(spec.commandLine().getErr(), 50);
    }

    private Path siblingFor(Path in) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String inName = in.getFileName().toString();
        int inDot = inName.lastIndexOf('.');
        String stem = inDot > 0 ? inName.substring(0, inDot) : inName;
        return out.resolveSibling(name.substring(0, dot) + "-" + stem + name.substring(dot));
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /** The STFT options the analysis commands share, with their defaults in the help text. */
    static final class AnalysisOptions {

        @Option(names = "--n-fft", paramLabel = "N", defaultValue = "2048",
                description = "FFT and frame length in samples, a power of two (default: ${DEFAULT-VALUE}).")
        int nFft;

        @Option(names = "--hop", paramLabel = "N", defaultValue = "512",
                description = "Samples between frames (default: ${DEFAULT-VALUE}).")
        int hop;

        @Option(names = "--window", paramLabel = "NAME", defaultValue = "hann", converter = WindowConverter.class,
                completionCandidates = WindowConverter.Names.class,
                description = "Window: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        WindowType window;

        @Option(names = "--sample-rate", paramLabel = "HZ", defaultValue = "22050",
                description = "Every input is resampled (WAV) or rendered (MIDI, ABC, MusicXML) at this rate (default: ${DEFAULT-VALUE}).")
        int sampleRate;

        /** The feature configuration, or a usage error naming the bad option. */
        FeatureConfig config(CommandSpec spec, int melBands) {
            try {
                StftConfig stft = new StftConfig(nFft, hop, window, true);
                FeatureConfig base = FeatureConfig.DEFAULT.withSampleRate(sampleRate).withStft(stft);
                return base.withMel(MelConfig.DEFAULT.withBands(melBands));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "invalid analysis option: " + e.getMessage());
            }
        }

        /** Accepts hann, hamming, rect. */
        static final class WindowConverter implements ITypeConverter<WindowType> {
            @Override
            public WindowType convert(String value) {
                try {
                    return WindowType.parse(value);
                } catch (IllegalArgumentException e) {
                    throw new TypeConversionException(e.getMessage());
                }
            }

            static final class Names implements Iterable<String> {
                @Override
                public Iterator<String> iterator() {
                    return Arrays.stream(WindowType.values()).map(WindowType::cliName).iterator();
                }
            }
        }
    }
}
