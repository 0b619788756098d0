package org.scorelab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scorelab.core.formats.Format;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.omr.recognize.OmrRecognizer;
import org.scorelab.nn.Engines;
import org.scorelab.omr.train.OmrModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scorelab recognize}: score images in, one file per image out. */
@Command(name = "recognize", mixinStandardHelpOptions = true,
        description = {"Reads score images (a staff, or a page of staves) into music: OUT/NAME.EXT per image,",
            "NAME the image file name without extension, the page's staves joined top to bottom into one part.",
            "An image that cannot be read (not an image, corrupt, blank, no staff, too large) is named on stderr",
            "with the reason; all others are still written (exit 1)."})
final class RecognizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "Score images (PNG, JPEG, ...).")
    List<Path> images;

    @Option(names = "--model", paramLabel = "DIR", description = "Model folder (default: models/omr of the repository).")
    Path model;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "semantic",
            description = "semantic, agnostic, musicxml, mei, midi or abc (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "Output folder (default: the current one).")
    Path out;

    @Option(names = "--beam", paramLabel = "K", defaultValue = "1",
            description = "1: greedy decoding; K > 1: prefix beam search of width K (default: ${DEFAULT-VALUE}).")
    int beam;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "PyTorch threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
        Format f = parseFormat(format);
        if (beam < 1 || beam > 256) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--beam must be in 1..256, was " + beam);
        }
        Path folder = model == null ? OmrModels.defaultFolder() : model;
        var err = spec.commandLine().getErr();
        if (!OmrModel.exists(folder)) {
            err.println("scorelab recognize: " + OmrModels.missing(folder));
            err.flush();
            return ExitCode.FAILED;
        }
        Engines.threads(threads);
        FailureReport failures = new FailureReport();
        int[] written = {0};
        try (OmrModel m = OmrModel.load(folder); Progress progress = Progress.start("images", images.size(), System.err)) {
            OmrRecognizer recognizer = new OmrRecognizer(m, beam);
            // one worker decodes and crops the next image while this thread runs the network
            recognizer.recognizeAll(images, images.size() > 1 ? 1 : 0, outcome -> {
                Path image = outcome.image();
                try {
                    if (outcome.failure() != null) {
                        throw outcome.failure();
                    }
                    byte[] bytes = recognizer.write(outcome.page(), f);
                    AtomicFiles.writeBytes(out.resolve(baseName(image) + "." + f.extension()), bytes);
                    written[0]++;
                } catch (InvalidInputException e) {
                    failures.add(e.getMessage(), e.getMessage());
                } catch (java.io.IOException e) {
                    failures.add(image + ": cannot write the output: " + e.getMessage(), "cannot write the output");
                }
                progress.update(written[0] + failures.size());
            });
        }
        spec.commandLine().getOut().printf("wrote %d of %d image(s) to %s%n", written[0], images.size(), out);
        return failures.print(err, 50);
    }

    private Format parseFormat(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Format f : Format.values()) {
            if (f.cliName().equals(n) || f.extension().equals(n)) {
                return f;
            }
        }
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "--format must be semantic, agnostic, musicxml, mei, midi or abc, was '" + name + "'");
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
