package org.scorelab.render.augment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Chord;
import org.scorelab.core.model.Decoration;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.KeyChange;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.MultiRest;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.NoteValue;
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.Tune;
import org.scorelab.core.primus.PrimusVocabulary;

/**
 * Edits that give the symbols of folk tunes the variety of PrIMuS incipits: rests, fermatas,
 * grace notes, multirests, denser and sparser rhythms. Every edit keeps each measure's length,
 * so the result is still correct music; ties that an edit breaks are dropped.
 */
public final class VarietyEdits {
    /** The common multirest counts, drawn most of the time; all are in the PrIMuS vocabulary. */
    private static final int[] MULTIREST_COUNTS = {1, 2, 2, 3, 3, 4, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 20, 24, 32};

    /**
     * Every multirest count the PrIMuS vocabulary knows (98, up to 1111), drawn now and then so a
     * model sees each one: real incipits rest for long stretches before the voice enters.
     */
    private static final int[] VOCABULARY_MULTIREST_COUNTS = PrimusVocabulary.semantic().tokens().stream()
            .filter(t -> t.startsWith("multirest-")).mapToInt(t -> Integer.parseInt(t.substring("multirest-".length())))
            .sorted().toArray();

    /** Share of multirests whose count comes from the whole vocabulary rather than the common list. */
    private static final double RARE_MULTIREST_SHARE = 0.3;

    private VarietyEdits() {
    }

    /** Every chord replaced by its top note, the melody a monophonic encoding keeps. */
    public static Tune chordsToTopNote(Tune tune) {
        return Tunes.mapEvents(tune, events -> {
            List<Event> out = new ArrayList<>(events.size());
            for (Event e : events) {
                out.add(e instanceof Chord c ? c.top() : e);
            }
            return out;
        });
    }

    /** Each sounding note becomes a rest of its duration with probability {@code p}; a fermata stays. */
    public static Tune notesToRests(Tune tune, double p, RandomGenerator rng) {
        return fixTies(Tunes.mapEvents(tune, events -> {
            List<Event> out = new ArrayList<>(events.size());
            for (Event e : events) {
                if (e instanceof Note n && !n.grace() && rng.nextDouble() < p) {
                    out.add(new Rest(n.duration(), n.hasFermata()));
                } else {
                    out.add(e);
                }
            }
            return out;
        }));
    }

    /** A fermata on the last note or rest (three times in four) or on a random one. */
    public static Tune addFermata(Tune tune, RandomGenerator rng) {
        List<int[]> places = new ArrayList<>();
        for (int m = 0; m < tune.measures().size(); m++) {
            List<Event> events = tune.measures().get(m).events();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (e instanceof Note n && !n.grace() || e instanceof Rest) {
                    places.add(new int[] {m, i});
                }
            }
        }
        if (places.isEmpty()) {
            return tune;
        }
        int[] at = rng.nextInt(4) < 3 ? places.get(places.size() - 1) : places.get(rng.nextInt(places.size()));
        return replace(tune, at[0], at[1], withFermata(tune.measures().get(at[0]).events().get(at[1])));
    }

    /**
     * Before each sounding note, with probability {@code p}, a grace note a step above or below,
     * spelt by the key in force, as an eighth or a sixteenth (the values PrIMuS grace notes use).
     * Not between tied notes.
     */
    public static Tune addGraceNotes(Tune tune, double p, RandomGenerator rng) {
        KeySignature key = tune.info().key();
        List<Measure> out = new ArrayList<>();
        boolean tiedIn = false;
        for (Measure m : tune.measures()) {
            List<Event> events = new ArrayList<>();
            for (Event e : m.events()) {
                if (e instanceof KeyChange k) {
                    key = k.key();
                }
                if (e instanceof Note n && !n.grace() && !tiedIn && rng.nextDouble() < p) {
                    int index = n.pitch().diatonicIndex() + (rng.nextBoolean() ? 1 : -1);
                    Pitch natural = Pitch.fromDiatonicIndex(index, 0);
                    Pitch gp = Pitch.fromDiatonicIndex(index, key.alterOf(natural.step()));
                    NoteValue v = rng.nextBoolean() ? NoteValue.EIGHTH : NoteValue.SIXTEENTH;
                    events.add(new Note(gp, Duration.of(v), false, true, Set.of()));
                }
                if (e instanceof Note n && !n.grace()) {
                    tiedIn = n.tieToNext();
                } else if (!e.length().isZero()) {
                    tiedIn = false;
                }
                events.add(e);
            }
            out.add(new Measure(events, m.end(), m.ending()));
        }
        return tune.withMeasures(out);
    }

    /**
     * A measure holding one multirest inserted at a random bar line (not before a pickup),
     * counting a random number of measures from a PrIMuS-like spread.
     */
    public static Tune insertMultirest(Tune tune, RandomGenerator rng) {
        List<Measure> ms = new ArrayList<>(tune.measures());
        boolean pickup = !ms.isEmpty() && ms.get(0).length().compareTo(tune.info().meter().measureLength()) < 0;
        int first = pickup ? 1 : 0;
        int at = first + rng.nextInt(ms.size() - first + 1);
        int[] counts = rng.nextDouble() < RARE_MULTIREST_SHARE ? VOCABULARY_MULTIREST_COUNTS : MULTIREST_COUNTS;
        int count = counts[rng.nextInt(counts.length)];
        ms.add(at, new Measure(List.of(new MultiRest(count)), BarLine.SINGLE, 0));
        return tune.withMeasures(ms);
    }

    /**
     * Denser rhythm: each plain (undotted, no tuplet) note from a whole down to an eighth splits,
     * with probability {@code p}, into two repeated notes of half its value.
     */
    public static Tune splitNotes(Tune tune, double p, RandomGenerator rng) {
        return fixTies(Tunes.mapEvents(tune, events -> {
            List<Event> out = new ArrayList<>(events.size());
            for (Event e : events) {
                if (e instanceof Note n && isPlain(n) && n.duration().value().compareTo(NoteValue.WHOLE) >= 0
                        && n.duration().value().compareTo(NoteValue.EIGHTH) <= 0 && rng.nextDouble() < p) {
                    Duration half = Duration.of(NoteValue.values()[n.duration().value().ordinal() + 1]);
                    out.add(new Note(n.pitch(), half, false, false, Set.of()));
                    out.add(new Note(n.pitch(), half, n.tieToNext(), false, n.decorations()));
                } else {
                    out.add(e);
                }
            }
            return out;
        }));
    }

    /**
     * Sparser rhythm: two neighbouring plain notes of the same value from a half down to a
     * sixteenth merge, with probability {@code p}, into one note of twice the value at the
     * first pitch.
     */
    public static Tune mergeNotes(Tune tune, double p, RandomGenerator rng) {
        return fixTies(Tunes.mapEvents(tune, events -> {
            List<Event> out = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (i + 1 < events.size() && e instanceof Note a && events.get(i + 1) instanceof Note b
                        && isPlain(a) && isPlain(b) && a.duration().value() == b.duration().value()
                        && a.duration().value().compareTo(NoteValue.HALF) >= 0
                        && a.duration().value().compareTo(NoteValue.SIXTEENTH) <= 0 && rng.nextDouble() < p) {
                    Duration twice = Duration.of(NoteValue.values()[a.duration().value().ordinal() - 1]);
                    Set<Decoration> decorations = EnumSet.noneOf(Decoration.class);
                    decorations.addAll(a.decorations());
                    decorations.addAll(b.decorations());
                    out.add(new Note(a.pitch(), twice, b.tieToNext(), false, decorations));
                    i++;
                } else {
                    out.add(e);
                }
            }
            return out;
        }));
    }

    /**
     * Drops every tie whose next sounding event is not a note of the same pitch (an edit turned
     * it into a rest or another note), and a tie on the very last note.
     */
    public static Tune fixTies(Tune tune) {
        List<Measure> ms = tune.measures();
        List<List<Event>> events = new ArrayList<>();
        for (Measure m : ms) {
            events.add(new ArrayList<>(m.events()));
        }
        int[] pending = null;
        for (int m = 0; m < events.size(); m++) {
            List<Event> list = events.get(m);
            for (int i = 0; i < list.size(); i++) {
                Event e = list.get(i);
                boolean sounding = e instanceof Note n ? !n.grace() : !e.length().isZero() || e instanceof MultiRest;
                boolean graceNote = e instanceof Note n && n.grace();
                if (!sounding && !graceNote) {
                    continue;
                }
                if (pending != null) {
                    Note tied = (Note) events.get(pending[0]).get(pending[1]);
                    boolean ok = sounding && e instanceof Note n && n.pitch().equals(tied.pitch());
                    if (!ok) {
                        events.get(pending[0]).set(pending[1], tied.withTieToNext(false));
                    }
                    pending = null;
                }
                if (e instanceof Note n && !n.grace() && n.tieToNext()) {
                    pending = new int[] {m, i};
                }
            }
        }
        if (pending != null) {
            Note tied = (Note) events.get(pending[0]).get(pending[1]);
            events.get(pending[0]).set(pending[1], tied.withTieToNext(false));
        }
        List<Measure> out = new ArrayList<>(ms.size());
        for (int m = 0; m < ms.size(); m++) {
            out.add(new Measure(events.get(m), ms.get(m).end(), ms.get(m).ending()));
        }
        return tune.withMeasures(out);
    }

    private static boolean isPlain(Note n) {
        return !n.grace() && n.duration().dots() == 0 && n.duration().tuplet().isNone();
    }

    private static Event withFermata(Event e) {
        if (e instanceof Note n) {
            Set<Decoration> d = EnumSet.of(Decoration.FERMATA);
            d.addAll(n.decorations());
            return new Note(n.pitch(), n.duration(), n.tieToNext(), n.grace(), d);
        }
        Rest r = (Rest) e;
        return new Rest(r.duration(), true);
    }

    private static Tune replace(Tune tune, int measure, int index, Event e) {
        List<Measure> ms = new ArrayList<>(tune.measures());
        Measure m = ms.get(measure);
        List<Event> events = new ArrayList<>(m.events());
        events.set(index, e);
        ms.set(measure, new Measure(events, m.end(), m.ending()));
        return tune.withMeasures(ms);
    }
}
