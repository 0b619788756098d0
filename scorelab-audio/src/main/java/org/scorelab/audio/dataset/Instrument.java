package org.scorelab.audio.dataset;

import java.util.List;

/**
 * A General MIDI melodic instrument.
 *
 * @param program GM program number, 0-127
 * @param name    short name written to the manifest
 */
public record Instrument(int program, String name) {

    /**
     * Instruments that carry a folk or classical melody well, chosen across families (keyboards,
     * plucked and bowed strings, reeds, flutes, brass, free reeds) so that a model trained on the
     * clips cannot lean on one timbre.
     */
    public static final List<Instrument> MELODIC = List.of(
            new Instrument(0, "piano"),
            new Instrument(2, "electric_grand"),
            new Instrument(4, "electric_piano"),
            new Instrument(6, "harpsichord"),
            new Instrument(11, "vibraphone"),
            new Instrument(16, "drawbar_organ"),
            new Instrument(19, "church_organ"),
            new Instrument(21, "accordion"),
            new Instrument(22, "harmonica"),
            new Instrument(24, "nylon_guitar"),
            new Instrument(25, "steel_guitar"),
            new Instrument(40, "violin"),
            new Instrument(41, "viola"),
            new Instrument(42, "cello"),
            new Instrument(46, "harp"),
            new Instrument(48, "strings"),
            new Instrument(56, "trumpet"),
            new Instrument(65, "alto_sax"),
            new Instrument(68, "oboe"),
            new Instrument(71, "clarinet"),
            new Instrument(73, "flute"),
            new Instrument(74, "recorder"),
            new Instrument(75, "pan_flute"),
            new Instrument(105, "banjo"),
            new Instrument(109, "bagpipe"),
            new Instrument(110, "fiddle"));

    public Instrument {
        if (program < 0 || program > 127) {
            throw new IllegalArgumentException("program must be in 0..127, was " + program);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }
}
