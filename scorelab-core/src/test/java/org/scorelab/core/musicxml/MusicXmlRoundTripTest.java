package org.scorelab.core.musicxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Chord;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.ClefChange;
import org.scorelab.core.model.Decoration;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.KeyChange;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.MeterChange;
import org.scorelab.core.model.MultiRest;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.NoteValue;
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.Step;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.model.TuneInfo;
import org.scorelab.core.model.Tuplet;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * Model to MusicXML to model must give back the same tune, and the MusicXML in between must be
 * valid against the MusicXML 4.0 schema shipped inside ProxyMusic.
 */
class MusicXmlRoundTripTest {

    private final MusicXmlWriter writer = new MusicXmlWriter();
    private final MusicXmlReader reader = new MusicXmlReader();

    private static Note n(Step s, int alter, int octave, NoteValue v) {
        return Note.of(new Pitch(s, alter, octave), Duration.of(v));
    }

    private static Note n(Step s, int octave, Duration d) {
        return Note.of(Pitch.of(s, octave), d);
    }

    private static Measure m(BarLine end, Event... events) {
        return new Measure(List.of(events), end);
    }

    private static Measure m(Event... events) {
        return new Measure(List.of(events), BarLine.SINGLE);
    }

    private static TuneInfo info(String title, Clef clef, KeySignature key, TimeSignature meter, int tempo,
                                 Map<String, String> fields) {
        return new TuneInfo("hand-built", 1, title, clef, key, meter, tempo, fields);
    }

    /** Every feature the writer supports, one tune. */
    static Tune everything() {
        Duration triplet8 = Duration.of(NoteValue.EIGHTH).withTuplet(Tuplet.TRIPLET);
        Duration quint16 = Duration.of(NoteValue.SIXTEENTH).withTuplet(new Tuplet(5, 4));
        Note tiedHalf = new Note(Pitch.of(Step.G, 4), Duration.of(NoteValue.HALF), true, false, Set.of());
        Note grace = new Note(new Pitch(Step.B, -1, 4), Duration.of(NoteValue.EIGHTH), false, true, Set.of());
        Note decorated = new Note(Pitch.of(Step.A, 4), Duration.of(NoteValue.QUARTER), false, false,
                Set.of(Decoration.FERMATA, Decoration.TRILL, Decoration.STACCATO, Decoration.ACCENT,
                        Decoration.TENUTO, Decoration.MORDENT, Decoration.TURN, Decoration.ROLL,
                        Decoration.UPBOW, Decoration.DOWNBOW, Decoration.OTHER));
        Chord chord = new Chord(List.of(
                new Note(Pitch.of(Step.C, 5), Duration.of(NoteValue.QUARTER), true, false, Set.of()),
                n(Step.E, 0, 5, NoteValue.QUARTER)));
        Chord chordTiedTo = new Chord(List.of(n(Step.C, 0, 5, NoteValue.QUARTER), n(Step.G, 0, 5, NoteValue.QUARTER)));
        Chord graceChord = new Chord(List.of(
                new Note(Pitch.of(Step.D, 5), Duration.of(NoteValue.SIXTEENTH), false, true, Set.of()),
                new Note(Pitch.of(Step.F, 5), Duration.of(NoteValue.SIXTEENTH), false, true, Set.of())));
        List<Measure> ms = new ArrayList<>();
        // Pickup of one quarter.
        ms.add(m(n(Step.D, 4, Duration.of(NoteValue.QUARTER))));
        ms.add(m(n(Step.C, 5, triplet8), n(Step.D, 5, triplet8), n(Step.E, 5, triplet8),
                n(Step.F, 1, 4, NoteValue.QUARTER), tiedHalf));
        ms.add(m(new BarLine(BarLine.Style.SINGLE, true, false),
                n(Step.G, 4, Duration.of(NoteValue.QUARTER)), grace, decorated, chord, chordTiedTo));
        ms.add(m(new BarLine(BarLine.Style.SINGLE, false, true),
                n(Step.A, 4, quint16), n(Step.B, 4, quint16), n(Step.C, 5, quint16), n(Step.D, 5, quint16),
                n(Step.E, 5, quint16), n(Step.F, 5, Duration.of(NoteValue.QUARTER, 1)),
                n(Step.G, 5, Duration.of(NoteValue.EIGHTH, 2)), n(Step.A, 5, Duration.of(NoteValue.THIRTY_SECOND)),
                new Rest(Duration.of(NoteValue.QUARTER), false)));
        ms.add(new Measure(List.of(n(Step.C, 5, Duration.of(NoteValue.WHOLE))), new BarLine(BarLine.Style.SINGLE,
                false, true), 1));
        ms.add(new Measure(List.of(n(Step.D, 5, Duration.of(NoteValue.HALF)), new Rest(Duration.of(NoteValue.HALF),
                true)), BarLine.DOUBLE, 2));
        ms.add(m(new KeyChange(new KeySignature(-3, KeySignature.Mode.MINOR)), graceChord,
                n(Step.E, -1, 5, NoteValue.HALF), new ClefChange(Clef.ALTO), new KeyChange(KeySignature.ofFifths(2)),
                n(Step.C, 1, 4, NoteValue.HALF)));
        ms.add(m(new MeterChange(TimeSignature.of(3, 4)), new ClefChange(new Clef(Clef.Sign.G, 2, -1)),
                n(Step.B, 3, Duration.of(NoteValue.HALF, 1))));
        ms.add(m(new MultiRest(4)));
        ms.add(m(new BarLine(BarLine.Style.HEAVY_LIGHT, false, false), new MeterChange(TimeSignature.CUT),
                new ClefChange(Clef.BASS), n(Step.G, 2, Duration.of(NoteValue.WHOLE))));
        ms.add(m(new MultiRest(2)));
        ms.add(m(BarLine.FINAL, new MeterChange(TimeSignature.of(6, 8)),
                n(Step.C, 3, Duration.of(NoteValue.QUARTER, 1)), n(Step.D, 3, Duration.of(NoteValue.QUARTER, 1))));
        return new Tune(info("Everything at once", Clef.TREBLE, new KeySignature(1, KeySignature.Mode.DORIAN),
                TimeSignature.COMMON, 96, Map.of("C", "Anon.", "R", "reel", "O", "Ireland")), ms);
    }

    static Tune freeMeterNoTitle() {
        return new Tune(info("", Clef.TENOR, KeySignature.ofFifths(-7), TimeSignature.FREE, 0, Map.of()),
                List.of(m(BarLine.NONE, n(Step.C, -1, 4, NoteValue.DOUBLE_WHOLE), n(Step.D, 2, 4,
                        NoteValue.SIXTY_FOURTH), n(Step.E, -2, 4, NoteValue.HUNDRED_TWENTY_EIGHTH))));
    }

    private Tune roundTrip(Tune tune, Path dir, String name) throws IOException {
        byte[] xml = writer.write(tune);
        validate(xml);
        Path f = dir.resolve(name);
        AtomicFiles.writeBytes(f, xml);
        ReadResult r = reader.read(f);
        assertThat(r.failures()).isEmpty();
        return r.tunes().get(0);
    }

    private static TuneInfo withSource(TuneInfo i, String source) {
        return new TuneInfo(source, i.number(), i.title(), i.clef(), i.key(), i.meter(), i.tempoBpm(), i.fields());
    }

    @Test
    void everyFeatureSurvivesTheRoundTrip(@TempDir Path dir) throws IOException {
        Tune tune = everything();
        Tune back = roundTrip(tune, dir, "everything.musicxml");
        for (int i = 0; i < tune.measures().size(); i++) {
            assertThat(back.measures().get(i)).as("measure %d", i).isEqualTo(tune.measures().get(i));
        }
        assertThat(back.measures()).hasSameSizeAs(tune.measures());
        assertThat(back.info()).isEqualTo(withSource(tune.info(), dir.resolve("everything.musicxml").toString()));
    }

    @Test
    void freeMeterExtremeValuesAndNoTitleSurvive(@TempDir Path dir) throws IOException {
        Tune tune = freeMeterNoTitle();
        Tune back = roundTrip(tune, dir, "free.xml");
        assertThat(back.measures()).isEqualTo(tune.measures());
        assertThat(back.info()).isEqualTo(withSource(tune.info(), dir.resolve("free.xml").toString()));
    }

    @Test
    void choralesSurviveTheRoundTrip(@TempDir Path dir) throws IOException {
        for (String name : List.of("bwv347.mxl", "bwv299.mxl", "bwv8.6.mxl", "bwv113.8.mxl", "bwv1.6.mxl")) {
            Tune tune = reader.read(MusicXmlReaderTest.resource(name)).tunes().get(0);
            Tune back = roundTrip(tune, dir, name + ".musicxml");
            assertThat(back.measures()).as(name).isEqualTo(tune.measures());
            assertThat(back.info().key()).isEqualTo(tune.info().key());
            assertThat(back.info().meter()).isEqualTo(tune.info().meter());
            assertThat(back.info().tempoBpm()).isEqualTo(tune.info().tempoBpm());
        }
    }

    @Test
    void headerDivisionsPickupAndMultirestAreWrittenAsMusicXmlExpects() throws IOException {
        String xml = new String(writer.write(everything()), StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE score-partwise PUBLIC"
                + " \"-//Recordare//DTD MusicXML 4.0 Partwise//EN\" \"http://www.musicxml.org/dtds/partwise.dtd\">");
        assertThat(xml).contains("<score-partwise version=\"4.0\">");
        // In quarters: triplet eighths 1/3, quintuplet sixteenths 1/5, a 32nd 1/8 and a double-dotted
        // eighth 7/8, so divisions = lcm(3, 5, 8) = 120.
        assertThat(xml).contains("<divisions>120</divisions>");
        assertThat(MusicXmlWriter.divisionsFor(everything())).isEqualTo(120);
        assertThat(xml).contains("<measure number=\"0\" implicit=\"yes\">");
        assertThat(xml).contains("<multiple-rest>4</multiple-rest>");
        assertThat(xml).contains("<work-title>Everything at once</work-title>",
                "<movement-title>Everything at once</movement-title>", "<creator type=\"composer\">Anon.</creator>",
                "<mode>dorian</mode>", "<time symbol=\"common\">", "<time symbol=\"cut\">",
                "<clef-octave-change>-1</clef-octave-change>", "<ending number=\"1\" type=\"start\">1.</ending>",
                "<ending number=\"1\" type=\"stop\"", "<ending number=\"2\" type=\"discontinue\"",
                "<repeat direction=\"forward\"", "<repeat direction=\"backward\"",
                "<per-minute>96</per-minute>", "<tuplet type=\"start\" bracket=\"yes\"");
        // 12 model measures, the two multirests adding 3 + 1 more: numbers 0 (pickup) to 15.
        assertThat(xml).contains("<measure number=\"15\">").doesNotContain("<measure number=\"16\">");
        assertThat(count(xml, "<rest measure=\"yes\"")).isEqualTo(6);
    }

    @Test
    void accidentalsArePrintedOnlyWhereTheStaffDoesNotImplyThem() throws IOException {
        Tune t = new Tune(info("acc", Clef.TREBLE, KeySignature.ofFifths(1), TimeSignature.COMMON, 0, Map.of()),
                List.of(m(n(Step.F, 1, 4, NoteValue.QUARTER), n(Step.F, 0, 4, NoteValue.QUARTER),
                        n(Step.F, 0, 4, NoteValue.QUARTER), n(Step.F, 1, 4, NoteValue.QUARTER)),
                        m(n(Step.F, 1, 5, NoteValue.WHOLE))));
        String xml = new String(writer.write(t), StandardCharsets.UTF_8);
        assertThat(count(xml, "<accidental>natural</accidental>")).isEqualTo(1);
        assertThat(count(xml, "<accidental>sharp</accidental>")).isEqualTo(1);
        assertThat(count(xml, "<accidental>")).isEqualTo(2);
    }

    @Test
    void emptyTuneStillGivesAValidDocument() throws IOException {
        Tune empty = new Tune(info("empty", null, null, null, 0, Map.of()), List.of());
        byte[] xml = writer.write(empty);
        validate(xml);
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<measure number=\"1\">");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    /** Validates against ProxyMusic's musicxml.xsd, with local stand-ins for xml.xsd and xlink.xsd. */
    static void validate(byte[] xml) throws IOException {
        try {
            Validator v = SchemaHolder.SCHEMA.newValidator();
            // The DOCTYPE names a DTD on the web; the schema check does not need it.
            String text = new String(xml, StandardCharsets.UTF_8).replaceFirst("<!DOCTYPE[^>]*>", "");
            v.validate(new StreamSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        } catch (org.xml.sax.SAXException e) {
            throw new AssertionError("MusicXML output is not schema-valid: " + e.getMessage(), e);
        }
    }

    /** The schema is immutable and costly to compile: compile it once, on first use. */
    private static final class SchemaHolder {
        static final Schema SCHEMA = compile();

        private static Schema compile() {
            try (InputStream xsd = MusicXmlWriter.class.getResourceAsStream("/META-INF/jaxb/xsd/musicxml.xsd")) {
                if (xsd == null) {
                    throw new IllegalStateException("musicxml.xsd is not inside the ProxyMusic jar");
                }
                SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                sf.setResourceResolver(new StubResolver());
                return sf.newSchema(new StreamSource(xsd, "musicxml.xsd"));
            } catch (IOException | org.xml.sax.SAXException e) {
                throw new IllegalStateException("cannot compile musicxml.xsd", e);
            }
        }
    }

    private static final class StubResolver implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String ns, String publicId, String systemId, String baseUri) {
            String name = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
            InputStream in = MusicXmlRoundTripTest.class.getResourceAsStream("/musicxml/xsd/" + name);
            if (in == null) {
                return null;
            }
            return new StubInput(systemId, in);
        }
    }

    private record StubInput(String systemId, InputStream stream) implements LSInput {
        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader r) { }
        @Override public InputStream getByteStream() { return stream; }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
