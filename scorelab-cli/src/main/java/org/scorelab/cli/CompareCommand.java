package org.scorelab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scorelab.audio.AudioClip;
import org.scorelab.audio.analysis.AudioSource;
import org.scorelab.audio.analysis.FeatureConfig;
import org.scorelab.audio.analysis.FeatureExtractor;
import org.scorelab.audio.analysis.Features;
import org.scorelab.audio.analysis.SpectralDistance;
import org.scorelab.audio.plot.PlotOptions;
import org.scorelab.audio.plot.SpectrogramPlot;
import org.scorelab.core.io.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scorelab compare}: how far apart two recordings or renderings sound. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints three spectral distances between two audio or score files, B measured against A:",
            "  log-spectral distance (dB): mean over frames of the RMS difference of the power spectra in dB;",
            "  spectral convergence: || |A| - |B| || / || |A| || over the magnitude spectrograms;",
            "  mel-cepstral distance (dB): mean over frames of sqrt(2 * sum of squared MFCC differences), c0 left out.",
            "Frames are paired by time from the start and the longer input is cut to the shorter (--align truncate),",
            "or along the dynamic-time-warping path over the MFCCs (--align dtw) for inputs that drift apart in time.",
            "Inputs as for 'spectrogram': .wav, .mid/.midi, .abc, .musicxml/.xml/.mxl (scores are rendered by the synthesizer).",
            "An input that cannot be used is named on stderr with the reason (exit 1)."})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The reference.")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "The file compared with it.")
    Path b;

    @Option(names = "--plot", paramLabel = "OUT.png",
            description = "Also draw both mel spectrograms side by side with their difference.")
    Path plot;

    @Option(names = "--align", paramLabel = "HOW", defaultValue = "truncate", converter = AlignConverter.class,
            description = "How frames are paired: truncate or dtw (default: ${DEFAULT-VALUE}).")
    SpectralDistance.Alignment align;

    @Mixin
    SpectrogramCommand.AnalysisOptions analysis;

    @Option(names = "--mel", paramLabel = "N", defaultValue = "128",
            description = "Mel bands for the cepstra and the plot (default: ${DEFAULT-VALUE}).")
    int mel;

    @Override
    public Integer call() {
        FeatureConfig config = analysis.config(spec, mel);
        FailureReport failures = new FailureReport();
        AudioClip clipA = load(a, config, failures);
        AudioClip clipB = load(b, config, failures);
        if (clipA == null || clipB == null) {
            return failures.print(spec.commandLine().getErr(), 50);
        }
        FeatureExtractor fx = new FeatureExtractor(config);
        Features fa = fx.extract(clipA.samples());
        Features fb = fx.extract(clipB.samples());
        SpectralDistance.Comparison c;
        try {
            c = SpectralDistance.compare(fa, fb, align);
        } catch (IllegalArgumentException e) {
            failures.add(a + " and " + b + ": " + e.getMessage(), "too long to align");
            return failures.print(spec.commandLine().getErr(), 50);
        }
        double lsd = c.logSpectralDb();
        double sc = c.spectralConvergence();
        double mcd = c.melCepstralDb();
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "A: %s (%.2f s, %d frames)%n", a, clipA.seconds(), fa.frames());
        out.printf(Locale.ROOT, "B: %s (%.2f s, %d frames)%n", b, clipB.seconds(), fb.frames());
        if (align == SpectralDistance.Alignment.DTW) {
            out.printf(Locale.ROOT, "aligned by DTW: %d frame pairs%n", c.pairs());
        } else if (fa.frames() != fb.frames()) {
            out.printf(Locale.ROOT, "lengths differ: compared the first %d frames%n", c.pairs());
        }
        out.printf(Locale.ROOT, "log-spectral distance:   %.3f dB%n", lsd);
        out.printf(Locale.ROOT, "spectral convergence:    %.4f%n", sc);
        out.printf(Locale.ROOT, "mel-cepstral distance:   %.3f dB%n", mcd);
        if (plot != null) {
            try {
                String title = String.format(Locale.ROOT, "%s vs %s: LSD %.2f dB, SC %.3f, MCD %.2f dB", a.getFileName(),
                        b.getFileName(), lsd, sc, mcd);
                SpectrogramPlot.writePng(SpectrogramPlot.compare(fa.logMel(), a.getFileName().toString(), fb.logMel(),
                        b.getFileName().toString(), title, PlotOptions.COMPARISON), plot);
                out.printf("plot -> %s%n", plot);
            } catch (IOException e) {
                failures.add(plot + ": cannot write the plot: " + e.getMessage(), "cannot write the plot");
            }
        }
        out.flush();
        return failures.print(spec.commandLine().getErr(), 50);
    }

    private static AudioClip load(Path in, FeatureConfig config, FailureReport failures) {
        try {
            AudioClip clip = AudioSource.load(in, config.sampleRate());
            AudioSource.requireAnalysable(in.toString(), clip, config.stft().nFft());
            return clip;
        } catch (InvalidInputException e) {
            failures.add(e.getMessage(), e.reason());
        } catch (IOException | RuntimeException e) {
            failures.add(in + ": " + e.getMessage(), "cannot read");
        }
        return null;
    }

    /** Accepts truncate or dtw, any case. */
    static final class AlignConverter implements picocli.CommandLine.ITypeConverter<SpectralDistance.Alignment> {
        @Override
        public SpectralDistance.Alignment convert(String value) {
            for (SpectralDistance.Alignment x : SpectralDistance.Alignment.values()) {
                if (x.name().equalsIgnoreCase(value)) {
                    return x;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("unknown alignment '" + value + "', expected truncate or dtw");
        }
    }
}
