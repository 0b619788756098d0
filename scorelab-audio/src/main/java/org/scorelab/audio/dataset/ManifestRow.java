package org.scorelab.audio.dataset;

import java.util.Locale;

/**
 * One written clip: a row of {@code manifest.csv}.
 *
 * @param file       the WAV file name, relative to the output folder
 * @param tempo      quarter notes per minute the tune was played at
 * @param seconds    length of the clip
 */
public record ManifestRow(String file, String id, String style, String dance, String split, String instrument,
                          int tempo, double seconds) {

    static final String HEADER = "file,id,style,dance,split,instrument,tempo,seconds";

    String toCsv() {
        return String.join(",", csv(file), csv(id), csv(style), csv(dance), csv(split), csv(instrument),
                Integer.toString(tempo), String.format(Locale.ROOT, "%.3f", seconds));
    }

    private static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
