package org.scorelab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.codec.TuneReader;
import org.scorelab.core.codec.TuneWriter;
import org.scorelab.core.formats.Format;
import org.scorelab.core.formats.Formats;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.model.Tune;
import org.scorelab.core.primus.OutOfVocabularyCounter;
import org.scorelab.core.primus.PrimusVocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scorelab convert}: symbolic files in, one file per tune out. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts tunes between symbolic formats: one output per tune.",
            "Reads .abc (every tune of the file), .musicxml/.xml/.mxl and .mid/.midi (one melodic line each).",
            "Outputs are named FILEBASE-X.EXT by the tune's X: number for ABC files, FILEBASE.EXT otherwise.",
            "A tune that cannot be read is named on stderr with the reason; all others are still written (exit 1)."})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "IN", description = "Input files.")
    List<Path> inputs;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES}.", converter = FormatConverter.class,
            completionCandidates = FormatConverter.Names.class)
    Format format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        FailureReport failures = new FailureReport();
        OutOfVocabularyCounter oov = switch (format) {
            case SEMANTIC -> new OutOfVocabularyCounter(PrimusVocabulary.semantic());
            case AGNOSTIC -> new OutOfVocabularyCounter(PrimusVocabulary.agnostic());
            default -> null;
        };
        TuneWriter base = Formats.writer(format);
        TuneWriter writer = oov == null ? base : tune -> {
            byte[] bytes = base.write(tune);
            synchronized (oov) {
                oov.addLine(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            }
            return bytes;
        };
        Files.createDirectories(out);
        int written = 0;
        int tunesSeen = 0;
        try (Progress progress = Progress.start("convert", inputs.size(), System.err)) {
            int done = 0;
            for (Path in : inputs) {
                for (Conversion c : convertFile(in, writer, failures)) {
                    tunesSeen++;
                    if (c.written()) {
                        written++;
                    }
                }
                progress.update(++done);
            }
        }
        spec.commandLine().getOut().printf("converted %d of %d tune(s) from %d file(s) to %s in %s%n",
                written, tunesSeen, inputs.size(), format.cliName(), out);
        if (oov != null) {
            printVocabularyReport(oov);
        }
        return failures.print(err, 50);
    }

    /** Tokens outside the PrIMuS vocabulary, by count, so a user sees what a model could not emit. */
    private void printVocabularyReport(OutOfVocabularyCounter oov) {
        var stdout = spec.commandLine().getOut();
        stdout.printf("PrIMuS %s vocabulary: %d of %d tokens outside it (%.3f%%)%n", format.cliName(),
                oov.outOfVocabulary(), oov.total(), 100 * oov.rate());
        oov.counts().entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(30)
                .forEach(e -> stdout.printf("  %7d  %s%n", e.getValue(), e.getKey()));
        if (oov.counts().size() > 30) {
            stdout.printf("  ... and %d more distinct tokens%n", oov.counts().size() - 30);
        }
    }

    private record Conversion(boolean written) {
    }

    private List<Conversion> convertFile(Path in, TuneWriter writer, FailureReport failures) {
        List<Conversion> results = new ArrayList<>();
        Optional<TuneReader> reader = Formats.reader(in);
        if (reader.isEmpty()) {
            failures.add(in + ": unknown file type, expected one of ." + String.join(" .", Formats.READABLE), "unknown file type");
            return results;
        }
        if (!Files.isReadable(in)) {
            failures.add(in + ": cannot read the file (missing or no permission)", "cannot read the file");
            return results;
        }
        ReadResult read = reader.get().read(in);
        for (InvalidInputException e : read.failures()) {
            failures.add(e.getMessage(), e.reason());
            results.add(new Conversion(false));
        }
        boolean numbered = in.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".abc");
        for (Tune tune : read.tunes()) {
            Path target = out.resolve(outputName(in, tune, numbered));
            try {
                if (Files.exists(target) && Files.isSameFile(target, in)) {
                    throw new IOException("output would overwrite the input " + in);
                }
                AtomicFiles.writeBytes(target, writer.write(tune));
                results.add(new Conversion(true));
            } catch (IOException | RuntimeException e) {
                String where = in + (numbered ? " (X:" + tune.info().number() + ")" : "");
                failures.add(where + ": cannot write " + format.cliName() + ": " + e.getMessage(), "cannot write " + format.cliName());
                results.add(new Conversion(false));
            }
        }
        return results;
    }

    private String outputName(Path in, Tune tune, boolean numbered) {
        String name = in.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return (numbered ? base + "-" + tune.info().number() : base) + "." + format.extension();
    }
}
