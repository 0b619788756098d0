package org.scorelab.core.abc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.io.InvalidInputException;

/**
 * Reads every ABC file of the shared data and reports, per collection, how many tunes parse and
 * why the others do not. Skipped where the data is absent. Run with
 * {@code mvn -B -pl scorelab-core -am verify -Pslow -Dtest=AbcParseRateTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("slow")
class AbcParseRateTest {

    /** The tunes folder: -Dscorelab.data=DIR (holding tunes/), else shared/data beside the checkout. */
    static Path tunesFolder() {
        String prop = System.getProperty("scorelab.data");
        if (prop != null) {
            return Path.of(prop, "tunes");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/tunes");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("shared/data/tunes");
    }

    @Test
    void atLeast995PerMilleOfAllTunesParse() throws IOException {
        Path folder = tunesFolder();
        Assumptions.assumeTrue(Files.isDirectory(folder), "no shared data at " + folder);
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".abc")).sorted().toList();
        }
        Assumptions.assumeFalse(files.isEmpty(), "no .abc files in " + folder);
        AbcReader reader = new AbcReader();
        int total = 0;
        int parsed = 0;
        long start = System.nanoTime();
        StringBuilder report = new StringBuilder();
        for (Path f : files) {
            ReadResult res = reader.read(f);
            int ok = res.tunes().size();
            int tunes = ok + res.failures().size();
            total += tunes;
            parsed += ok;
            report.append(String.format("%-16s tunes %5d  parsed %5d  %.2f%%%n", f.getFileName(), tunes, ok,
                    100.0 * ok / Math.max(1, tunes)));
            Map<String, Integer> reasons = new TreeMap<>();
            for (InvalidInputException e : res.failures()) {
                reasons.merge(e.reason().replaceAll(" \\(tune X:.*\\)$", ""), 1, Integer::sum);
            }
            reasons.forEach((reason, n) -> report.append(String.format("    %3d  %s%n", n, reason)));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double share = 100.0 * parsed / Math.max(1, total);
        report.append(String.format("all              tunes %5d  parsed %5d  %.2f%%  in %.1f s%n", total, parsed,
                share, seconds));
        System.out.print(report);
        assertThat(total).isPositive();
        assertThat(share).as(report.toString()).isGreaterThanOrEqualTo(99.5);
    }
}
