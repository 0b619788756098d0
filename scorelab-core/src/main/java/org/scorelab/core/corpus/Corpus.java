package org.scorelab.core.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.codec.TuneReader;
import org.scorelab.core.formats.Formats;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.model.Tune;

/**
 * A folder of tunes read whole: every readable file under it (ABC, MusicXML, MIDI), labelled from
 * its {@code index.csv} when there is one, each tune placed in a split by its title.
 *
 * @param tunes    the tunes that parsed
 * @param failures the tunes or files that did not, with the reason
 */
public record Corpus(List<CorpusTune> tunes, List<InvalidInputException> failures) {

    public Corpus {
        tunes = List.copyOf(tunes);
        failures = List.copyOf(failures);
    }

    /** Reads every tune under {@code folder}; never throws for a bad tune, only for a bad folder. */
    public static Corpus load(Path folder, TitleSplit split) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + ": not a folder of tunes");
        }
        TuneIndex index = null;
        List<InvalidInputException> failures = new ArrayList<>();
        Path csv = folder.resolve("index.csv");
        if (Files.isRegularFile(csv)) {
            try {
                index = TuneIndex.read(csv);
            } catch (InvalidInputException e) {
                failures.add(e);
            }
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(p -> Formats.reader(p).isPresent()).sorted().toList();
        }
        List<CorpusTune> tunes = new ArrayList<>();
        for (Path file : files) {
            String relative = folder.relativize(file).toString().replace('\\', '/');
            TuneReader reader = Formats.reader(file).orElseThrow();
            ReadResult read = reader.read(file);
            failures.addAll(read.failures());
            boolean numbered = relative.toLowerCase(Locale.ROOT).endsWith(".abc");
            for (Tune t : read.tunes()) {
                int number = numbered ? t.info().number() : 0;
                Optional<TuneLabel> label = index == null ? Optional.empty() : index.find(relative, number);
                TuneLabel l = label.orElseGet(() -> new TuneLabel(relative, number, t.info().title(), "", "", "", ""));
                String title = l.title().isEmpty() ? l.id() : l.title();
                tunes.add(new CorpusTune(t, l, split.of(title)));
            }
        }
        return new Corpus(tunes, failures);
    }

    /** The tunes of one split. */
    public List<CorpusTune> in(Split s) {
        return tunes.stream().filter(t -> t.split() == s).toList();
    }
}
