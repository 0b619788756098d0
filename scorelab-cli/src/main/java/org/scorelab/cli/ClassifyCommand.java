package org.scorelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.codec.TuneReader;
import org.scorelab.core.formats.Formats;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.model.Tune;
import org.scorelab.genre.audio.AudioGenreClassifier;
import org.scorelab.genre.classify.GenreModel;
import org.scorelab.genre.classify.GenrePrediction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scorelab classify}: the style or dance type of every tune of symbolic files, by the shipped model. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Predicts the style (celtic, english, german, chinese, chorale) or the dance type of every tune.",
            "Reads .abc (every tune of the file), .musicxml/.xml/.mxl and .mid/.midi; prints CSV rows file,tune,label,confidence",
            "(tune: the X: number, or 1 for one-tune files). Audio (.wav) is transcribed (melody pitch tracking) and its notes",
            "classified by the audio model (tune: 1); the first 15 s are used.",
            "A file or tune that cannot be read is named on stderr with the reason; all others are still classified (exit 1)."})
final class ClassifyCommand implements Callable<Integer> {

    /** The shipped models, relative to the installation ({@code scorelab.home}). */
    static final String MODEL_DIR = "models/genre/symbolic";
    /** The shipped models for audio (the transcription route). */
    static final String AUDIO_MODEL_DIR = "models/genre/audio";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files.")
    List<Path> inputs;

    @Option(names = "--labels", paramLabel = "LABELS", defaultValue = "style",
            description = "What to predict: style or dance (default: ${DEFAULT-VALUE}).")
    String labels;

    @Option(names = "--model", paramLabel = "FILE.properties",
            description = "A model saved by the genre experiment (default: " + MODEL_DIR + "/LABELS.properties in the installation).")
    Path model;

    @Option(names = "--audio-model", paramLabel = "FILE.properties",
            description = "A model saved by 'evaluate genre-audio --save-models' for .wav files (default: " + AUDIO_MODEL_DIR
                    + "/LABELS.properties in the installation).")
    Path audioModel;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the predictions here instead of to stdout.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!labels.equals("style") && !labels.equals("dance")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown labels '" + labels + "', expected style or dance");
        }
        PrintWriter err = spec.commandLine().getErr();
        Path modelFile = model != null ? model : home().resolve(MODEL_DIR).resolve(labels + ".properties");
        GenreModel genre;
        try {
            if (!Files.isRegularFile(modelFile)) {
                throw new InvalidInputException(modelFile.toString(), "whole file", "no model here; train one with the genre "
                        + "experiment (docs/genre-symbolic.md) or name one with --model");
            }
            genre = GenreModel.load(modelFile);
        } catch (InvalidInputException e) {
            err.println("cannot load the " + labels + " model: " + e.getMessage());
            err.flush();
            return ExitCode.FAILED;
        }
        FailureReport failures = new FailureReport();
        AudioGenreClassifier audio = null;
        if (inputs.stream().anyMatch(ClassifyCommand::isAudio)) {
            Path audioFile = audioModel != null ? audioModel : home().resolve(AUDIO_MODEL_DIR).resolve(labels + ".properties");
            try {
                if (!Files.isRegularFile(audioFile)) {
                    throw new InvalidInputException(audioFile.toString(), "whole file", "no audio model here; train one with "
                            + "'scorelab evaluate genre-audio --save-models DIR' (docs/genre-audio.md) or name one with --audio-model");
                }
                audio = new AudioGenreClassifier(GenreModel.load(audioFile));
            } catch (InvalidInputException | IllegalArgumentException e) {
                err.println("cannot load the " + labels + " audio model: " + e.getMessage());
                err.flush();
                return ExitCode.FAILED;
            }
        }
        StringWriter csv = new StringWriter();
        csv.append("file,tune,label,confidence\n");
        int rows = 0;
        for (Path in : inputs) {
            rows += isAudio(in) ? classifyAudio(in, audio, csv, failures) : classifyFile(in, genre, csv, failures);
        }
        if (out != null) {
            AtomicFiles.writeString(out, csv.toString());
            spec.commandLine().getOut().printf("classified %d tune(s) from %d file(s) by %s (%s) into %s%n", rows, inputs.size(),
                    labels, genre.config().kind().title(), out);
        } else {
            spec.commandLine().getOut().print(csv);
        }
        spec.commandLine().getOut().flush();
        return failures.print(err, 50);
    }

    private static boolean isAudio(Path in) {
        String name = in.getFileName() == null ? in.toString() : in.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".wav") || name.endsWith(".wave");
    }

    /** One row for a WAV file, or its failure: not audio, truncated, unsupported encoding, silent, too short, no melody. */
    private int classifyAudio(Path in, AudioGenreClassifier audio, StringWriter csv, FailureReport failures) {
        GenrePrediction p;
        try {
            p = audio.classify(in);
        } catch (InvalidInputException e) {
            failures.add(e.getMessage(), e.reason());
            return 0;
        } catch (IOException e) {
            failures.add(in + ": cannot read the file: " + e.getMessage(), "cannot read the file");
            return 0;
        }
        csv.append(csvField(in.toString())).append(",1,").append(csvField(p.label())).append(',')
                .append(String.format(Locale.ROOT, "%.4f", p.confidence())).append('\n');
        return 1;
    }

    private int classifyFile(Path in, GenreModel genre, StringWriter csv, FailureReport failures) {
        Optional<TuneReader> reader = Formats.reader(in);
        if (reader.isEmpty()) {
            failures.add(in + ": unknown file type, expected one of ." + String.join(" .", Formats.READABLE), "unknown file type");
            return 0;
        }
        if (!Files.isReadable(in)) {
            failures.add(in + ": cannot read the file (missing or no permission)", "cannot read the file");
            return 0;
        }
        ReadResult read = reader.get().read(in);
        for (InvalidInputException e : read.failures()) {
            failures.add(e.getMessage(), e.reason());
        }
        int rows = 0;
        for (Tune tune : read.tunes()) {
            GenrePrediction p = genre.predict(tune);
            csv.append(csvField(in.toString())).append(',').append(Integer.toString(tune.info().number())).append(',')
                    .append(csvField(p.label())).append(',').append(String.format(Locale.ROOT, "%.4f", p.confidence())).append('\n');
            rows++;
        }
        return rows;
    }

    /** The installation folder the launcher names, or the current folder. */
    private static Path home() {
        String h = System.getProperty("scorelab.home");
        return Path.of(h == null || h.isBlank() ? "." : h);
    }

    private static String csvField(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
