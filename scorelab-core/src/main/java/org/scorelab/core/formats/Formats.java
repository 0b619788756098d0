package org.scorelab.core.formats;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scorelab.core.abc.AbcReader;
import org.scorelab.core.abc.AbcWriter;
import org.scorelab.core.codec.TuneReader;
import org.scorelab.core.codec.TuneWriter;
import org.scorelab.core.mei.MeiWriter;
import org.scorelab.core.midi.MidiReader;
import org.scorelab.core.midi.MidiWriter;
import org.scorelab.core.musicxml.MusicXmlReader;
import org.scorelab.core.musicxml.MusicXmlWriter;
import org.scorelab.core.primus.AgnosticReader;
import org.scorelab.core.primus.AgnosticWriter;
import org.scorelab.core.primus.SemanticReader;
import org.scorelab.core.primus.SemanticWriter;

/** Picks the reader for an input file and the writer for an output format. */
public final class Formats {

    /** Extensions a file may have to be read, in the order the help text lists them. */
    public static final List<String> READABLE = List.of("abc", "musicxml", "xml", "mxl", "mid", "midi", "semantic", "agnostic");

    private Formats() {
    }

    public static TuneWriter writer(Format format) {
        return switch (format) {
            case SEMANTIC -> new SemanticWriter();
            case AGNOSTIC -> new AgnosticWriter();
            case MUSICXML -> new MusicXmlWriter();
            case MEI -> new MeiWriter();
            case MIDI -> new MidiWriter();
            case ABC -> new AbcWriter();
        };
    }

    /** The reader for a file by its extension, or empty when scorelab cannot read that kind. */
    public static Optional<TuneReader> reader(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        TuneReader r = switch (ext) {
            case "abc" -> new AbcReader();
            // For four-part chorales the melody is the soprano; other scores fall back to the first part.
            case "musicxml", "xml", "mxl" -> MusicXmlReader.preferringPart("Soprano");
            case "mid", "midi" -> new MidiReader();
            case "semantic" -> new SemanticReader();
            case "agnostic" -> new AgnosticReader();
            default -> null;
        };
        return Optional.ofNullable(r);
    }
}
