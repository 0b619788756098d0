package org.scorelab.core.musicxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Chord;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.Decoration;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.Fraction;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;

/**
 * Known answers from real chorales (the expected notes were read off the scores by hand) and
 * from small hand-written documents that exercise one rule each.
 */
class MusicXmlReaderTest {

    private final MusicXmlReader reader = new MusicXmlReader();

    static Path resource(String name) {
        try {
            return Paths.get(MusicXmlReaderTest.class.getResource("/musicxml/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Tune readOk(Path file) {
        ReadResult r = reader.read(file);
        assertThat(r.failures()).isEmpty();
        assertThat(r.tunes()).hasSize(1);
        return r.tunes().get(0);
    }

    /** "name:value[.][F]" per event, e.g. "A4:quarter", "E4:quarter F", "rest:half". */
    static List<String> describe(Measure m) {
        return m.events().stream().map(MusicXmlReaderTest::describe).toList();
    }

    static String describe(Event e) {
        if (e instanceof Note n) {
            return (n.grace() ? "grace " : "") + n.pitch().name() + ":" + value(n.duration())
                    + (n.hasFermata() ? " F" : "") + (n.tieToNext() ? " ~" : "");
        }
        if (e instanceof Rest r) {
            return "rest:" + value(r.duration()) + (r.fermata() ? " F" : "");
        }
        if (e instanceof Chord c) {
            return "chord" + c.notes().stream().map(MusicXmlReaderTest::describe).toList();
        }
        return e.toString();
    }

    private static String value(Duration d) {
        String s = d.value().primusName() + ".".repeat(d.dots());
        return d.tuplet().isNone() ? s : s + "/" + d.tuplet().actual() + ":" + d.tuplet().normal();
    }

    @Test
    void bwv347SopranoOpening() {
        Tune t = readOk(resource("bwv347.mxl"));
        assertThat(t.info().key()).isEqualTo(new KeySignature(3, KeySignature.Mode.MAJOR));
        assertThat(t.info().meter()).isEqualTo(TimeSignature.COMMON);
        assertThat(t.info().clef()).isEqualTo(Clef.TREBLE);
        assertThat(t.info().title()).isEqualTo("bwv347.mxl");
        assertThat(t.info().fields()).containsEntry("C", "J.S. Bach");
        // Pickup: one quarter before the first full bar.
        assertThat(describe(t.measures().get(0))).containsExactly("A4:quarter");
        assertThat(t.measures().get(0).length()).isEqualTo(Fraction.of(1, 4));
        assertThat(describe(t.measures().get(1)))
                .containsExactly("A4:quarter", "A4:quarter", "A4:quarter", "B4:quarter");
        // G natural against the key's G sharp, then the first fermata.
        assertThat(describe(t.measures().get(2)))
                .containsExactly("G4:quarter", "F#4:quarter", "E4:quarter F", "B4:quarter");
        assertThat(describe(t.measures().get(3)))
                .containsExactly("C#5:quarter", "B4:quarter", "A4:quarter", "G#4:eighth", "F#4:eighth");
        // The first section is repeated: a backward repeat closes measure "4".
        assertThat(t.measures().get(4).end().repeatEnd()).isTrue();
        assertThat(t.measures()).hasSize(16);
        assertThat(t.measures().subList(1, 4)).allSatisfy(m -> assertThat(m.length()).isEqualTo(Fraction.ONE));
    }

    @Test
    void bwv113MinorKeyFromMusicxmlRootFileAndTempo() {
        Tune t = readOk(resource("bwv113.8.mxl"));
        assertThat(t.info().key()).isEqualTo(new KeySignature(2, KeySignature.Mode.MINOR));
        assertThat(t.info().tempoBpm()).isEqualTo(120);
        assertThat(describe(t.measures().get(0))).containsExactly("B4:quarter");
        assertThat(describe(t.measures().get(1)))
                .containsExactly("B4:quarter", "A#4:quarter", "B4:quarter", "C#5:quarter");
        assertThat(describe(t.measures().get(2)))
                .containsExactly("D5:quarter", "C#5:quarter", "B4:quarter F", "B4:quarter");
        assertThat(t.measures()).hasSize(14);
    }

    @Test
    void bwv8EndingsRestsAndTies() {
        Tune t = readOk(resource("bwv8.6.mxl"));
        assertThat(t.info().key().fifths()).isEqualTo(4);
        assertThat(describe(t.measures().get(0)))
                .containsExactly("rest:quarter", "B4:eighth", "B4:eighth", "E5:quarter", "B4:quarter");
        assertThat(describe(t.measures().get(3)))
                .containsExactly("G#4:quarter", "C#5:eighth", "B4:eighth", "A#4:eighth", "F#4:eighth", "B4:quarter ~");
        Measure first = t.measures().get(4);
        Measure second = t.measures().get(5);
        assertThat(first.ending()).isEqualTo(1);
        assertThat(first.end().repeatEnd()).isTrue();
        assertThat(describe(first)).containsExactly("B4:quarter", "A#4:quarter", "B4:half");
        assertThat(second.ending()).isEqualTo(2);
        assertThat(second.end().style()).isEqualTo(BarLine.Style.DOUBLE);
        assertThat(t.measures().get(15).end()).isEqualTo(BarLine.FINAL);
    }

    @Test
    void bwv299GraceNotesTakeNoTime() {
        Tune t = readOk(resource("bwv299.mxl"));
        assertThat(t.info().key()).isEqualTo(new KeySignature(-2, KeySignature.Mode.MAJOR));
        assertThat(t.info().meter()).isEqualTo(TimeSignature.of(3, 4));
        assertThat(describe(t.measures().get(0))).containsExactly("F4:quarter");
        assertThat(describe(t.measures().get(1)))
                .containsExactly("Bb4:quarter", "D5:eighth", "C5:eighth", "D5:eighth", "Bb4:eighth");
        // Measures 8 and 12 are split at phrase ends (8, 8a, 12, 12a): measure "13" is the 16th.
        Measure m13 = t.measures().get(15);
        assertThat(describe(m13).subList(0, 3)).containsExactly("grace Bb4:eighth", "A4:quarter", "Bb4:eighth");
        assertThat(m13.length()).isEqualTo(Fraction.of(3, 4));
    }

    @Test
    void firstPartByDefaultNamedPartOnRequest() {
        Tune horn = readOk(resource("bwv1.6.mxl"));
        assertThat(describe(horn.measures().get(1)).get(0)).isEqualTo("G4:eighth");
        Tune soprano = MusicXmlReader.preferringPart("Soprano").read(resource("bwv1.6.mxl")).tunes().get(0);
        assertThat(describe(soprano.measures().get(1)))
                .containsExactly("C5:quarter", "A4:quarter", "F4:quarter", "C5:quarter");
        assertThat(MusicXmlReader.preferringPart("Soprano").read(resource("bwv347.mxl")).tunes().get(0))
                .isEqualTo(readOk(resource("bwv347.mxl")));
    }

    static String doc(String attributes, String measures) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE score-partwise PUBLIC "-//Recordare//DTD MusicXML 4.0 Partwise//EN" \
                "http://www.musicxml.org/dtds/partwise.dtd">
                <score-partwise version="4.0">
                  <part-list><score-part id="P1"><part-name>One</part-name></score-part></part-list>
                  <part id="P1">
                    <measure number="1">
                      <attributes>%s</attributes>
                      %s
                  </part>
                </score-partwise>
                """.formatted(attributes, measures);
    }

    static String note(String step, int octave, int duration, String type, String extra) {
        return "<note><pitch><step>" + step + "</step><octave>" + octave + "</octave></pitch><duration>" + duration
                + "</duration>" + extra.replace("TYPE", "<type>" + type + "</type>") + "</note>";
    }

    private Tune readString(Path dir, String name, String xml) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, xml);
        return readOk(f);
    }

    @Test
    void otherVoicesAreSkippedWithBackupAndForwardAndChordsKept(@TempDir Path dir) throws IOException {
        String m = note("E", 5, 2, "half", "<voice>1</voice>TYPE")
                + note("C", 5, 2, "half", "<chord/><voice>1</voice>TYPE")
                + "<forward><duration>1</duration><voice>1</voice></forward>"
                + note("D", 5, 1, "quarter", "<voice>1</voice>TYPE")
                + "<backup><duration>4</duration></backup>"
                + note("G", 3, 4, "whole", "<voice>2</voice>TYPE")
                + "</measure>";
        Tune t = readString(dir, "voices.musicxml",
                doc("<divisions>1</divisions><time><beats>4</beats><beat-type>4</beat-type></time>", m));
        assertThat(describe(t.measures().get(0)))
                .containsExactly("chord[E5:half, C5:half]", "rest:quarter", "D5:quarter");
        assertThat(t.melody()).extracting(n -> n.pitch().name()).containsExactly("E5", "D5");
        assertThat(t.info().meter()).isEqualTo(TimeSignature.of(4, 4));
    }

    @Test
    void tupletsDotsAndMidMeasureChangesAndTimewise(@TempDir Path dir) throws IOException {
        String m = note("C", 5, 2, "eighth", "TYPE<time-modification><actual-notes>3</actual-notes>"
                + "<normal-notes>2</normal-notes></time-modification>").repeat(3)
                + "<attributes><clef><sign>F</sign><line>4</line></clef></attributes>"
                + note("D", 3, 18, "half", "TYPE<dot/>")
                + "</measure>";
        Tune t = readString(dir, "tuplets.xml",
                doc("<divisions>6</divisions><time symbol=\"cut\"><beats>2</beats><beat-type>2</beat-type></time>"
                        + "<clef><sign>G</sign><line>2</line><clef-octave-change>-1</clef-octave-change></clef>", m));
        assertThat(t.info().meter()).isEqualTo(TimeSignature.CUT);
        assertThat(t.info().clef()).isEqualTo(new Clef(Clef.Sign.G, 2, -1));
        assertThat(describe(t.measures().get(0))).containsExactly("C5:eighth/3:2", "C5:eighth/3:2",
                "C5:eighth/3:2", "ClefChange[clef=Clef[sign=F, line=4, octaveShift=0]]", "D3:half.");
        assertThat(t.measures().get(0).length()).isEqualTo(Fraction.ONE);
    }

    @Test
    void timewiseScoresAreReadByTakingThePartOutOfEachMeasure(@TempDir Path dir) throws IOException {
        String xml = """
                <?xml version="1.0"?>
                <score-timewise version="4.0">
                  <part-list><score-part id="P1"><part-name>A</part-name></score-part></part-list>
                  <measure number="1"><part id="P1">
                    <attributes><divisions>1</divisions><key><fifths>-3</fifths><mode>minor</mode></key>
                      <time><beats>2</beats><beat-type>4</beat-type></time></attributes>
                    <note><pitch><step>C</step><octave>5</octave></pitch><duration>2</duration><type>half</type></note>
                  </part></measure>
                  <measure number="2"><part id="P1">
                    <note><rest measure="yes"/><duration>2</duration></note>
                  </part></measure>
                </score-timewise>
                """;
        Tune t = readString(dir, "timewise.musicxml", xml);
        assertThat(t.info().key()).isEqualTo(new KeySignature(-3, KeySignature.Mode.MINOR));
        assertThat(describe(t.measures().get(0))).containsExactly("C5:half");
        assertThat(describe(t.measures().get(1))).containsExactly("rest:half");
    }

    @Test
    void metronomeGivesQuarterTempoAndMultipleRestFoldsMeasures(@TempDir Path dir) throws IOException {
        String m = "<direction><direction-type><metronome><beat-unit>half</beat-unit>"
                + "<per-minute>40</per-minute></metronome></direction-type></direction>"
                + note("A", 4, 3, "half", "TYPE<dot/><notations><fermata/><ornaments><trill-mark/></ornaments>"
                + "<articulations><staccato/></articulations></notations>")
                + "</measure><measure number=\"2\"><attributes><measure-style><multiple-rest>3</multiple-rest>"
                + "</measure-style></attributes><note><rest measure=\"yes\"/><duration>3</duration></note></measure>"
                + "<measure number=\"3\"><note><rest measure=\"yes\"/><duration>3</duration></note></measure>"
                + "<measure number=\"4\"><note><rest measure=\"yes\"/><duration>3</duration></note>"
                + "<barline><bar-style>light-heavy</bar-style></barline></measure>";
        Tune t = readString(dir, "multirest.xml",
                doc("<divisions>1</divisions><time><beats>3</beats><beat-type>4</beat-type></time>", m));
        assertThat(t.info().tempoBpm()).isEqualTo(80);
        Note n = (Note) t.measures().get(0).events().get(0);
        assertThat(n.decorations()).isEqualTo(Set.of(Decoration.FERMATA, Decoration.TRILL, Decoration.STACCATO));
        assertThat(t.measures()).hasSize(2);
        assertThat(describe(t.measures().get(1))).containsExactly("MultiRest[measures=3]");
        assertThat(t.measures().get(1).end()).isEqualTo(BarLine.FINAL);
    }

    @Test
    void measureRestWithoutTypeGetsTheMeterLength(@TempDir Path dir) throws IOException {
        String m = note("A", 4, 3, "half", "TYPE<dot/>") + note("B", 4, 2, "half", "TYPE")
                + "</measure><measure number=\"2\"><note><rest measure=\"yes\"/><duration>5</duration></note>"
                + "</measure>";
        Tune t = readString(dir, "fivefour.xml",
                doc("<divisions>1</divisions><time><beats>5</beats><beat-type>4</beat-type></time>", m));
        assertThat(t.measures().get(0).length()).isEqualTo(Fraction.of(5, 4));
        // 5/4 is no single (dotted) value: the rest is split, longest first.
        assertThat(describe(t.measures().get(1))).containsExactly("rest:whole", "rest:quarter");
    }

    @Test
    void wholeRestTypeForAFullMeasureTakesTheMeasureLength(@TempDir Path dir) throws IOException {
        String m = note("A", 4, 3, "half", "TYPE<dot/>")
                + "</measure><measure number=\"2\"><note><rest/><duration>3</duration><type>whole</type></note>"
                + "</measure>";
        Tune t = readString(dir, "threefour.xml",
                doc("<divisions>1</divisions><time><beats>3</beats><beat-type>4</beat-type></time>", m));
        assertThat(describe(t.measures().get(1))).containsExactly("rest:half.");
    }

    @Test
    void readsFromAStreamOfBytes() throws Exception {
        String xml = doc("<divisions>1</divisions>", note("B", 4, 1, "quarter", "TYPE") + "</measure>");
        Tune t = reader.parse(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), "mem.xml");
        assertThat(t.info().source()).isEqualTo("mem.xml");
        assertThat(t.info().meter()).isEqualTo(TimeSignature.FREE);
        assertThat(t.melody()).hasSize(1);
    }
}
