package org.scorelab.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** The results.md that the evaluate commands write: how it was measured, the facts of the data, the table, the plots. */
final class ResultsPage {

    private ResultsPage() {
    }

    /** The time now, to the second, as an ISO date-time in UTC ("2026-11-26T12:00:00Z"). */
    static String now() {
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneOffset.UTC).format(Instant.now().truncatedTo(ChronoUnit.SECONDS)) + "Z";
    }

    /**
     * The page: the {@code measured} line, one bullet per fact, the table, then each PNG as an image.
     *
     * @param measured a sentence saying when, how long and on what (ends with a full stop)
     */
    static String markdown(String measured, Map<String, String> facts, String table, List<String> pngs) {
        StringBuilder md = new StringBuilder(measured).append("\n\n");
        facts.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append('\n').append(table).append('\n');
        for (String p : pngs) {
            md.append("![confusion](").append(p).append(")\n");
        }
        return md.toString();
    }
}
