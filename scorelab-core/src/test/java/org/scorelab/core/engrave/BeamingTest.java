package org.scorelab.core.engrave;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scorelab.core.engrave.Beaming.Beam;
import org.scorelab.core.engrave.Beaming.Role;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.Fraction;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.NoteValue;
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.Step;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tuplet;

class BeamingTest {

    private static final Pitch C5 = Pitch.of(Step.C, 5);

    private static Note n(NoteValue v) {
        return Note.of(C5, Duration.of(v));
    }

    private static Note dotted(NoteValue v) {
        return Note.of(C5, Duration.of(v, 1));
    }

    private static Note t(NoteValue v) {
        return Note.of(C5, Duration.of(v).withTuplet(Tuplet.TRIPLET));
    }

    private static Note g(NoteValue v) {
        return new Note(C5, Duration.of(v), false, true, Set.of());
    }

    private static Role[] roles(List<Event> ev, TimeSignature ts) {
        Beam[] b = Beaming.BY_BEAT.beam(ev, ts);
        Role[] r = new Role[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[i].role();
        }
        return r;
    }

    @Test
    void spans() {
        assertThat(Beaming.beamSpan(TimeSignature.of(2, 4))).isEqualTo(Fraction.of(1, 4));
        assertThat(Beaming.beamSpan(TimeSignature.COMMON)).isEqualTo(Fraction.of(1, 4));
        assertThat(Beaming.beamSpan(TimeSignature.CUT)).isEqualTo(Fraction.of(1, 2));
        assertThat(Beaming.beamSpan(TimeSignature.of(6, 8))).isEqualTo(Fraction.of(3, 8));
        assertThat(Beaming.beamSpan(TimeSignature.of(12, 16))).isEqualTo(Fraction.of(3, 16));
        assertThat(Beaming.beamSpan(TimeSignature.of(3, 8))).isEqualTo(Fraction.of(3, 8));
        assertThat(Beaming.beamSpan(TimeSignature.of(5, 8))).isEqualTo(Fraction.of(1, 4));
    }

    @Test
    void fourEighthsIn24BeamInTwoPairs() {
        List<Event> ev = List.of(n(NoteValue.EIGHTH), n(NoteValue.EIGHTH), n(NoteValue.EIGHTH), n(NoteValue.EIGHTH));
        assertThat(roles(ev, TimeSignature.of(2, 4))).containsExactly(Role.START, Role.END, Role.START, Role.END);
        assertThat(roles(ev, TimeSignature.CUT)).containsExactly(Role.START, Role.CONTINUE, Role.CONTINUE, Role.END);
        assertThat(Beaming.FLAGS_ONLY.beam(ev, TimeSignature.of(2, 4))).containsOnly(Beam.NONE);
    }

    @Test
    void syncopatedEighthCrossingTheBeatKeepsItsFlag() {
        List<Event> ev = List.of(n(NoteValue.EIGHTH), n(NoteValue.QUARTER), n(NoteValue.EIGHTH));
        assertThat(roles(ev, TimeSignature.of(2, 4))).containsOnly(Role.NONE);
        List<Event> dottedCrossing = List.of(n(NoteValue.SIXTEENTH), dotted(NoteValue.EIGHTH), n(NoteValue.EIGHTH), n(NoteValue.EIGHTH));
        assertThat(roles(dottedCrossing, TimeSignature.of(2, 4))).containsExactly(Role.START, Role.END, Role.START, Role.END);
    }

    @Test
    void restsBreakBeamsAndCountsPerSide() {
        List<Event> ev = List.of(dotted(NoteValue.EIGHTH), n(NoteValue.SIXTEENTH), n(NoteValue.SIXTEENTH),
                Rest.of(Duration.of(NoteValue.SIXTEENTH)), n(NoteValue.EIGHTH));
        Beam[] b = Beaming.BY_BEAT.beam(ev, TimeSignature.of(2, 4));
        assertThat(b[0]).isEqualTo(new Beam(Role.START, 1, 0, 1));
        assertThat(b[1]).isEqualTo(new Beam(Role.END, 2, 1, 0));
        assertThat(b[2]).isEqualTo(Beam.NONE);
        assertThat(b[4]).isEqualTo(Beam.NONE);
    }

    @Test
    void compoundMeterBeamsThreeEighths() {
        List<Event> ev = List.of(n(NoteValue.EIGHTH), n(NoteValue.EIGHTH), n(NoteValue.EIGHTH),
                n(NoteValue.EIGHTH), n(NoteValue.EIGHTH), n(NoteValue.EIGHTH));
        assertThat(roles(ev, TimeSignature.of(6, 8)))
                .containsExactly(Role.START, Role.CONTINUE, Role.END, Role.START, Role.CONTINUE, Role.END);
    }

    @Test
    void graceNotesBeamAmongThemselvesAndBreakTheMainBeam() {
        List<Event> ev = List.of(n(NoteValue.EIGHTH), g(NoteValue.SIXTEENTH), g(NoteValue.SIXTEENTH), n(NoteValue.EIGHTH));
        assertThat(roles(ev, TimeSignature.of(2, 4))).containsExactly(Role.NONE, Role.START, Role.END, Role.NONE);
    }

    @Test
    void tripletsBeamWithinTheBeatAndBeamsNeverStraddleATupletEdge() {
        List<Event> ev = List.of(t(NoteValue.EIGHTH), t(NoteValue.EIGHTH), t(NoteValue.EIGHTH), n(NoteValue.QUARTER));
        assertThat(roles(ev, TimeSignature.of(2, 4))).containsExactly(Role.START, Role.CONTINUE, Role.END, Role.NONE);
        // a triplet starting off the beat: its first note would join the plain eighth, but the beam is split
        List<Event> off = List.of(n(NoteValue.EIGHTH), t(NoteValue.EIGHTH), t(NoteValue.EIGHTH), t(NoteValue.EIGHTH));
        assertThat(roles(off, TimeSignature.of(2, 4))).containsOnly(Role.NONE);
    }

    @Test
    void tupletGroupsCloseWhenComplete() {
        List<Event> ev = List.of(t(NoteValue.QUARTER), t(NoteValue.EIGHTH), t(NoteValue.EIGHTH), t(NoteValue.EIGHTH),
                t(NoteValue.EIGHTH), n(NoteValue.EIGHTH), g(NoteValue.EIGHTH));
        assertThat(TupletGrouping.groups(ev)).containsExactly(0, 0, 1, 1, 1, -1, -1);
    }
}
