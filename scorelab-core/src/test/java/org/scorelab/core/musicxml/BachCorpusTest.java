package org.scorelab.core.musicxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.Tune;

/**
 * Reads every Bach chorale in the shared data folder (skipped when it is absent): each must parse,
 * yield notes, and survive a write-read round trip. Prints counts and times.
 */
@Tag("slow")
class BachCorpusTest {

    private static final Path BACH = sharedTunes().resolve("bach");

    /** The shared tune collections: {@code shared/data/tunes} beside the repository or above it. */
    private static Path sharedTunes() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/tunes");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("shared/data/tunes");
    }


    @Test
    void everyChoraleParsesYieldsNotesAndRoundTrips() throws Exception {
        assumeTrue(Files.isDirectory(BACH), "no chorales at " + BACH);
        List<Path> files;
        try (Stream<Path> s = Files.list(BACH)) {
            files = s.filter(p -> p.toString().endsWith(".mxl")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        MusicXmlReader reader = new MusicXmlReader();
        List<String> failures = new ArrayList<>();
        List<Tune> tunes = new ArrayList<>();
        long start = System.nanoTime();
        for (Path f : files) {
            ReadResult r = reader.read(f);
            r.failures().forEach(e -> failures.add(e.getMessage()));
            tunes.addAll(r.tunes());
        }
        double readSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(failures).isEmpty();
        assertThat(tunes).hasSameSizeAs(files);
        long notes = 0;
        long measures = 0;
        int fullMeasures = 0;
        for (Tune t : tunes) {
            assertThat(t.melody()).as(t.info().source()).isNotEmpty();
            notes += t.melody().size();
            measures += t.measures().size();
            for (Measure m : t.measures()) {
                if (m.length().equals(t.info().meter().measureLength())) {
                    fullMeasures++;
                }
            }
        }
        // Pickups, phrase-split measures (8 + 8a) and final bars are short; most are full.
        assertThat(fullMeasures).isGreaterThan((int) (0.8 * measures));

        MusicXmlWriter writer = new MusicXmlWriter();
        start = System.nanoTime();
        for (Tune t : tunes) {
            Tune back = reader.parse(writer.write(t), t.info().source());
            assertThat(back.measures()).as(t.info().source()).isEqualTo(t.measures());
        }
        double roundTripSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Bach chorales: %d files, %d measures (%d full), %d melody notes; read in %.2f s,"
                + " write+read again in %.2f s%n", files.size(), measures, fullMeasures, notes, readSeconds,
                roundTripSeconds);
    }
}
