package org.scorelab.core.mei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scorelab.core.primus.Tunes.grace;
import static org.scorelab.core.primus.Tunes.note;
import static org.scorelab.core.primus.Tunes.tune;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.scorelab.core.engrave.Beaming;
import org.scorelab.core.engrave.EngravingStyle;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.MultiRest;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.primus.AgnosticWriter;
import org.scorelab.core.primus.RandomTunes;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** MEI and agnostic tokens of a staff drawn in an {@link EngravingStyle}: the drawing changes, the music does not. */
class MeiWriterStyleTest {

    private static final Clef BARITONE = new Clef(Clef.Sign.F, 3, 0);
    private static final EngravingStyle PLAIN = EngravingStyle.of(Beaming.BY_BEAT);
    private final MeiWriter mei = new MeiWriter();
    private final AgnosticWriter agnostic = new AgnosticWriter();

    /** Two beamed sixteenths, a flagged sixteenth, a flagged eighth, a flagged 32nd grace note, a multirest. */
    private static Tune flagsAndMultirest() {
        return tune(Clef.TREBLE, 0, TimeSignature.of(2, 4),
                new Measure(List.of(note("A4", "sixteenth"), note("B4", "sixteenth"), note("C5", "eighth"),
                        grace("F#4", "thirty_second"), note("G4", "quarter")), BarLine.SINGLE),
                new Measure(List.of(new MultiRest(65)), BarLine.SINGLE),
                new Measure(List.of(note("A4", "eighth"), note("B4", "eighth"), note("C5", "sixteenth"), note("A4", "eighth"),
                        note("B4", "sixteenth")), BarLine.FINAL));
    }

    @Test
    void theEngraversOwnStyleWritesWhatTheWriterAloneWrites() {
        Random r = new Random(4);
        for (int i = 0; i < 50; i++) {
            Tune t = RandomTunes.tune(r);
            assertThat(mei.toXml(t, PLAIN)).isEqualTo(mei.toXml(t));
            assertThat(agnostic.toText(t, PLAIN)).isEqualTo(agnostic.toText(t));
        }
    }

    @Test
    void shortStemsGoOnlyToFlaggedSixteenthsAndShorter() {
        Tune t = tune(Clef.TREBLE, 0, TimeSignature.of(2, 4),
                new Measure(List.of(note("A4", "sixteenth"), note("B4", "sixteenth"), note("C5", "eighth"), grace("F#4", "thirty_second"),
                        note("G4", "sixteenth"), note("A4", "quarter")), BarLine.FINAL));
        String plain = mei.toXml(t);
        String drawn = mei.toXml(t, PLAIN.withFlaggedStemLength(5));
        // beamed by beat: the first two sixteenths share a beam; the eighth and the quarter have no stem to shorten
        assertThat(plain).contains("<beam");
        String flagged = drawn.lines().filter(l -> l.contains("stem.len=\"5.0\"")).map(String::strip)
                .reduce("", (a, b) -> a + b + "\n");
        assertThat(flagged.lines().count()).isEqualTo(2);
        assertThat(flagged).contains("dur=\"32\"").contains("grace=\"unacc\"").contains("dur=\"16\"");
        assertThat(drawn.replace(" stem.len=\"5.0\"", "")).isEqualTo(plain);
        // flagged throughout, every sixteenth and the grace note get it
        String allFlags = mei.toXml(t, EngravingStyle.of(Beaming.FLAGS_ONLY).withFlaggedStemLength(5));
        assertThat(allFlags.lines().filter(l -> l.contains("stem.len")).count()).isEqualTo(4);
        assertThat(agnostic.toText(t, PLAIN.withFlaggedStemLength(5))).isEqualTo(agnostic.toText(t));
    }

    @Test
    void multirestWidthGoesOnEveryMultirestAndNothingElse() {
        Tune t = flagsAndMultirest();
        String plain = mei.toXml(t);
        String drawn = mei.toXml(t, PLAIN.withMultirestWidth(13));
        assertThat(drawn).containsPattern("<multiRest xml:id=\"multirest-\\d+\" num=\"65\" width=\"13.0\" />");
        assertThat(drawn.replace(" width=\"13.0\"", "")).isEqualTo(plain);
        assertThat(agnostic.toText(t, PLAIN.withMultirestWidth(13))).isEqualTo(agnostic.toText(t));
    }

    @Test
    void aKeyWindowWritesTheSignatureAsKeyAccidentalsAndTheAgnosticTokensFollow() throws Exception {
        Tune t = tune(BARITONE, -3, TimeSignature.of(2, 4),
                new Measure(List.of(note("E3", "half")), BarLine.FINAL));
        String plain = mei.toXml(t);
        assertThat(plain).contains("key.sig=\"3f\"");
        // Verovio's window on the baritone clef starts at 1; LilyPond's at -1 puts the A-flat below the staff
        String drawn = mei.toXml(t, PLAIN.withKeyWindowLow(-1));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(drawn.getBytes(StandardCharsets.UTF_8)));
        assertThat(((Element) doc.getElementsByTagName("scoreDef").item(0)).hasAttribute("key.sig")).isFalse();
        Element staffDef = (Element) doc.getElementsByTagName("staffDef").item(0);
        assertThat(staffDef.getAttribute("clef.shape") + staffDef.getAttribute("clef.line")).isEqualTo("F3");
        NodeList accids = staffDef.getElementsByTagName("keyAccid");
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < accids.getLength(); i++) {
            Element a = (Element) accids.item(i);
            seen.append(a.getAttribute("pname")).append(a.getAttribute("accid")).append(a.getAttribute("loc")).append(' ');
        }
        assertThat(seen.toString()).isEqualTo("bf0 ef3 af-1 ");
        // the music is untouched, its ids included
        assertThat(drawn.substring(drawn.indexOf("<section"))).isEqualTo(plain.substring(plain.indexOf("<section")));

        assertThat(agnostic.toText(t)).startsWith("clef.F-L3\taccidental.flat-S4\taccidental.flat-S2\taccidental.flat-L4\t");
        String moved = agnostic.toText(t, PLAIN.withKeyWindowLow(-1));
        assertThat(moved).startsWith("clef.F-L3\taccidental.flat-L1\taccidental.flat-S2\taccidental.flat-S0\t");
        assertThat(moved.substring(moved.indexOf("digit"))).isEqualTo(agnostic.toText(t).substring(agnostic.toText(t).indexOf("digit")));
        // C major has nothing to move
        Tune c = tune(BARITONE, 0, TimeSignature.of(2, 4), new Measure(List.of(note("E3", "half")), BarLine.FINAL));
        assertThat(mei.toXml(c, PLAIN.withKeyWindowLow(0))).isEqualTo(mei.toXml(c));
        assertThat(agnostic.toText(c, PLAIN.withKeyWindowLow(0))).isEqualTo(agnostic.toText(c));
    }

    @Test
    void unslashedGraceNotesAreMeisAccentedOnesAndOnlyTheyChange() {
        Tune t = flagsAndMultirest();
        String plain = mei.toXml(t);
        assertThat(plain).contains("grace=\"unacc\"").doesNotContain("grace=\"acc\"");
        String drawn = mei.toXml(t, PLAIN.withSlashedGraceNotes(false));
        assertThat(drawn.replace("grace=\"acc\"", "grace=\"unacc\"")).isEqualTo(plain);
        assertThat(drawn).contains("grace=\"acc\"");
        assertThat(agnostic.toText(t, PLAIN.withSlashedGraceNotes(false))).isEqualTo(agnostic.toText(t));
    }

    @Test
    void refusesLengthsAndWidthsVerovioCannotMean() {
        assertThatThrownBy(() -> PLAIN.withFlaggedStemLength(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stem length must be in 2..12 virtual units, was 1.0");
        assertThatThrownBy(() -> PLAIN.withMultirestWidth(30)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multirest width must be in 4..24 virtual units, was 30.0");
        assertThatThrownBy(() -> mei.toXml(flagsAndMultirest(), null)).isInstanceOf(IllegalArgumentException.class);
    }
}
