package org.scorelab.core.model;

import java.util.Map;

/**
 * Where a tune came from and how it starts.
 *
 * @param source   file the tune was read from (for messages and output names)
 * @param number   its ABC {@code X:} number, or its position in the file (1-based)
 * @param title    title, possibly empty
 * @param clef     initial clef
 * @param key      initial key signature
 * @param meter    initial time signature
 * @param tempoBpm quarter notes per minute, or 0 when unknown
 * @param fields   every other header field by its ABC letter (R, O, N, ...). Label-bearing fields
 *                 live here so that feature code can drop them in one place.
 */
public record TuneInfo(String source, int number, String title, Clef clef, KeySignature key, TimeSignature meter,
                       int tempoBpm, Map<String, String> fields) {

    public TuneInfo {
        source = source == null ? "" : source;
        title = title == null ? "" : title;
        clef = clef == null ? Clef.TREBLE : clef;
        key = key == null ? KeySignature.C_MAJOR : key;
        meter = meter == null ? TimeSignature.COMMON : meter;
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    public TuneInfo withClef(Clef c) {
        return new TuneInfo(source, number, title, c, key, meter, tempoBpm, fields);
    }

    public TuneInfo withKey(KeySignature k) {
        return new TuneInfo(source, number, title, clef, k, meter, tempoBpm, fields);
    }
}
