package org.scorelab.render.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.scorelab.core.engrave.KeySignatureLayout;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Tune;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class KeySignatureWindowsTest {

    private static final Clef BARITONE = new Clef(Clef.Sign.F, 3, 0);
    private static final KeySignature E_FLAT = KeySignature.ofFifths(-3);

    /** A random excerpt on the baritone F clef in E-flat. */
    private static Tune baritoneInEFlat() {
        Tune t = RandomTunes.tune(new SplittableRandom(3), "t");
        return new Tune(t.info().withClef(BARITONE).withKey(E_FLAT), t.measures());
    }

    @Test
    void aWindowPutsEveryAccidentalAtItsOnlyPositionThere() {
        // Verovio's window on the baritone clef starts at 1 (B-flat above the middle line); LilyPond's
        // at -1, which puts the A-flat in the space below the staff (bottom line B2 = position 0)
        assertThat(KeySignatureLayout.positions(BARITONE, E_FLAT)).containsExactly(7, 3, 6);
        assertThat(KeySignatureLayout.positions(BARITONE, E_FLAT, -1)).containsExactly(0, 3, -1);
        assertThat(KeySignatureLayout.positions(Clef.TREBLE, KeySignature.ofFifths(2), 3)).containsExactly(8, 5);
    }

    @Test
    void meiCarriesTheSignatureAsKeyAccidentalsOfTheStaffDefinition() throws Exception {
        Tune tune = baritoneInEFlat();
        String before = SampleEncoder.primus().mei(tune);
        assertThat(before).contains("key.sig=\"3f\"");
        String after = KeySignatureWindows.mei(before, BARITONE, E_FLAT, -1);

        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().parse(new ByteArrayInputStream(after.getBytes(StandardCharsets.UTF_8)));
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
        // the music after the staff definition is untouched
        String music = before.substring(before.indexOf("<section"));
        assertThat(after).endsWith(music);
        // C major has nothing to move
        assertThat(KeySignatureWindows.mei(before.replace("key.sig=\"3f\"", "key.sig=\"0\""), BARITONE,
                KeySignature.C_MAJOR, 0)).contains("key.sig=\"0\"");
    }

    @Test
    void agnosticTokensFollowTheMovedAccidentalsAndNothingElse() {
        Tune tune = baritoneInEFlat();
        String before = SampleEncoder.primus().agnostic(tune);
        assertThat(before).startsWith("clef.F-L3\taccidental.flat-S4\taccidental.flat-S2\taccidental.flat-L4\t");
        String after = KeySignatureWindows.agnostic(before, BARITONE, E_FLAT, -1);
        assertThat(after).startsWith("clef.F-L3\taccidental.flat-L1\taccidental.flat-S2\taccidental.flat-S0\t");
        assertThat(after.substring(after.indexOf("accidental.flat-S0") + "accidental.flat-S0".length()))
                .isEqualTo(before.substring(before.indexOf("accidental.flat-L4") + "accidental.flat-L4".length()));
    }

    @Test
    void refusesWindowsNoEngraverUsesAndTokensThatAreNotTheSignature() {
        assertThatThrownBy(() -> KeySignatureWindows.agnostic("clef.F-L3", BARITONE, E_FLAT, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a flat window starts at -1..2, was 3");
        assertThatThrownBy(() -> KeySignatureWindows.agnostic("clef.F-L3\tdigit.2-L4", BARITONE, E_FLAT, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 3 'accidental.flat-' tokens after the clef, found 'digit.2-L4'");
        assertThatThrownBy(() -> KeySignatureWindows.mei("<mei><scoreDef meter.count=\"2\">", BARITONE, E_FLAT, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not carry key.sig=\"3f\"");
    }

    @Test
    void encoderMovesAboutTheAskedShareAndKeepsMeiAndAgnosticInStep() {
        SampleEncoder plain = SampleEncoder.primus();
        SampleEncoder moved = plain.withKeyWindows(0.5);
        SplittableRandom rng = new SplittableRandom(8);
        int signed = 0;
        int changed = 0;
        for (int i = 0; i < 300; i++) {
            Tune t = RandomTunes.tune(rng, "t" + i);
            assertThat(moved.semantic(t)).isEqualTo(plain.semantic(t));
            if (t.info().key().fifths() == 0) {
                assertThat(moved.mei(t)).isEqualTo(plain.mei(t));
                continue;
            }
            signed++;
            boolean agnosticMoved = !moved.agnostic(t).equals(plain.agnostic(t));
            boolean meiMoved = moved.mei(t).contains("<keyAccid");
            // a window may coincide with Verovio's own, then only the MEI's form changes
            assertThat(!agnosticMoved || meiMoved).isTrue();
            if (meiMoved) {
                changed++;
            }
        }
        assertThat(signed).isGreaterThan(150);
        assertThat((double) changed / signed).isBetween(0.4, 0.6);
        assertThat(plain.withKeyWindows(0)).isSameAs(plain);
        assertThatThrownBy(() -> plain.withKeyWindows(-0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-0.1");
    }
}
