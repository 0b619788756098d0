package org.scorelab.core.musicxml;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.audiveris.proxymusic.AccidentalValue;
import org.audiveris.proxymusic.Articulations;
import org.audiveris.proxymusic.Attributes;
import org.audiveris.proxymusic.BackwardForward;
import org.audiveris.proxymusic.BarStyle;
import org.audiveris.proxymusic.BarStyleColor;
import org.audiveris.proxymusic.Barline;
import org.audiveris.proxymusic.ClefSign;
import org.audiveris.proxymusic.Direction;
import org.audiveris.proxymusic.DirectionType;
import org.audiveris.proxymusic.Empty;
import org.audiveris.proxymusic.EmptyPlacement;
import org.audiveris.proxymusic.Ending;
import org.audiveris.proxymusic.Fermata;
import org.audiveris.proxymusic.Grace;
import org.audiveris.proxymusic.Identification;
import org.audiveris.proxymusic.Metronome;
import org.audiveris.proxymusic.Miscellaneous;
import org.audiveris.proxymusic.MiscellaneousField;
import org.audiveris.proxymusic.Notations;
import org.audiveris.proxymusic.NoteType;
import org.audiveris.proxymusic.ObjectFactory;
import org.audiveris.proxymusic.Ornaments;
import org.audiveris.proxymusic.OtherPlacementText;
import org.audiveris.proxymusic.PartList;
import org.audiveris.proxymusic.PartName;
import org.audiveris.proxymusic.PerMinute;
import org.audiveris.proxymusic.Repeat;
import org.audiveris.proxymusic.RightLeftMiddle;
import org.audiveris.proxymusic.ScorePart;
import org.audiveris.proxymusic.ScorePartwise;
import org.audiveris.proxymusic.Sound;
import org.audiveris.proxymusic.StartStop;
import org.audiveris.proxymusic.StartStopDiscontinue;
import org.audiveris.proxymusic.Technical;
import org.audiveris.proxymusic.Tie;
import org.audiveris.proxymusic.Tied;
import org.audiveris.proxymusic.TiedType;
import org.audiveris.proxymusic.TimeModification;
import org.audiveris.proxymusic.TimeSymbol;
import org.audiveris.proxymusic.TypedText;
import org.audiveris.proxymusic.Work;
import org.audiveris.proxymusic.YesNo;
import org.audiveris.proxymusic.util.Marshalling;
import org.scorelab.core.codec.TuneWriter;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Chord;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.ClefChange;
import org.scorelab.core.model.Decoration;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.Fraction;
import org.scorelab.core.model.KeyChange;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.MeterChange;
import org.scorelab.core.model.MultiRest;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.model.Tuplet;

/**
 * Writes a tune as one uncompressed score-partwise MusicXML document with one part and one
 * voice, built with ProxyMusic so that the element order always follows the schema.
 *
 * <p>Choices that a reader of the output should know:
 * <ul>
 *   <li>divisions is the least common multiple of the denominators of every duration counted in
 *       quarters, so every note, tuplet and whole-measure rest is an exact number of divisions;</li>
 *   <li>a first measure shorter than the meter is a pickup: number 0, {@code implicit="yes"};</li>
 *   <li>accidentals are printed where the pitch differs from what the key signature and the
 *       earlier notes of the measure imply;</li>
 *   <li>a {@link MultiRest} of n measures becomes n measures of whole-measure rests, the first
 *       carrying {@code <measure-style><multiple-rest>n};</li>
 *   <li>an ending runs from the measure that opens it to the first measure that closes a repeat,
 *       has a non-single bar line, or precedes the next ending;</li>
 *   <li>{@link org.scorelab.core.model.TuneInfo} fields other than the composer ({@code C}) go to
 *       {@code <miscellaneous-field>} so that nothing is dropped.</li>
 * </ul>
 */
public final class MusicXmlWriter implements TuneWriter {

    private static final ObjectFactory FACTORY = new ObjectFactory();
    private static final String VOICE = "1";

    @Override
    public byte[] write(Tune tune) throws IOException {
        ScorePartwise score = new Builder(tune).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Marshalling.marshal(score, out, false, 2);
        } catch (Marshalling.MarshallingException e) {
            throw new IOException("cannot write MusicXML for '" + tune.info().title() + "': " + e.getMessage(), e);
        }
        return withStandardProlog(out.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * ProxyMusic stamps its own release (4.0.3) as the MusicXML version and in the DOCTYPE public
     * id; the standard names the schema version 4.0, which is what other programs look for.
     */
    private static String withStandardProlog(String xml) {
        int root = xml.indexOf("<score-partwise");
        int rootEnd = xml.indexOf('>', root);
        String head = xml.substring(0, rootEnd + 1)
                .replace("DTD MusicXML 4.0.3 Partwise", "DTD MusicXML 4.0 Partwise")
                .replace("version=\"4.0.3\"", "version=\"4.0\"");
        return head + xml.substring(rootEnd + 1);
    }

    /** The divisions per quarter note that make every length of the tune a whole number. */
    static long divisionsFor(Tune tune) {
        long lcm = 1;
        TimeSignature meter = tune.info().meter();
        for (Measure m : tune.measures()) {
            for (Event e : m.events()) {
                Fraction len = e.length();
                if (e instanceof MeterChange mc) {
                    meter = mc.meter();
                } else if (e instanceof MultiRest) {
                    len = meter.measureLength();
                }
                lcm = lcm(lcm, len.times(4).denominator());
            }
        }
        return lcm;
    }

    private static long lcm(long a, long b) {
        long x = a;
        long y = b;
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return Math.multiplyExact(a / x, b);
    }

    /** One write: the state that runs through the measures (meter, accidentals, ties, tuplets). */
    private static final class Builder {

        private final Tune tune;
        private final long divisions;
        private TimeSignature meter;
        private KeySignature key;
        private Set<Pitch> tiedFromPrevious = Set.of();
        private final Map<Integer, Integer> accidentalsInMeasure = new HashMap<>();
        private org.audiveris.proxymusic.Note tupletFirst;
        private org.audiveris.proxymusic.Note tupletLast;
        private Tuplet tupletRatio;
        private Fraction tupletWritten;
        private Fraction tupletTarget;

        Builder(Tune tune) {
            this.tune = tune;
            this.divisions = divisionsFor(tune);
            this.meter = tune.info().meter();
            this.key = tune.info().key();
        }

        ScorePartwise build() {
            ScorePartwise score = FACTORY.createScorePartwise();
            score.setVersion("4.0");
            String title = tune.info().title();
            if (!title.isEmpty()) {
                Work work = FACTORY.createWork();
                work.setWorkTitle(title);
                score.setWork(work);
                score.setMovementTitle(title);
            }
            score.setIdentification(identification());
            PartList partList = FACTORY.createPartList();
            ScorePart scorePart = FACTORY.createScorePart();
            scorePart.setId("P1");
            PartName name = FACTORY.createPartName();
            name.setValue("Music");
            scorePart.setPartName(name);
            partList.getPartGroupOrScorePart().add(scorePart);
            score.setPartList(partList);
            ScorePartwise.Part part = FACTORY.createScorePartwisePart();
            part.setId(scorePart);
            score.getPart().add(part);
            writeMeasures(part.getMeasure());
            return score;
        }

        private Identification identification() {
            Identification id = FACTORY.createIdentification();
            Map<String, String> fields = new TreeMap<>(tune.info().fields());
            String composer = fields.remove("C");
            if (composer != null) {
                TypedText creator = FACTORY.createTypedText();
                creator.setType("composer");
                creator.setValue(composer);
                id.getCreator().add(creator);
            }
            org.audiveris.proxymusic.Encoding encoding = FACTORY.createEncoding();
            encoding.getEncodingDateOrEncoderOrSoftware().add(FACTORY.createEncodingSoftware("scorelab"));
            id.setEncoding(encoding);
            if (!fields.isEmpty()) {
                Miscellaneous misc = FACTORY.createMiscellaneous();
                for (Map.Entry<String, String> f : fields.entrySet()) {
                    MiscellaneousField field = FACTORY.createMiscellaneousField();
                    field.setName(f.getKey());
                    field.setValue(f.getValue());
                    misc.getMiscellaneousField().add(field);
                }
                id.setMiscellaneous(misc);
            }
            return id;
        }

        private void writeMeasures(List<ScorePartwise.Part.Measure> out) {
            List<Measure> measures = tune.measures();
            if (measures.isEmpty()) {
                ScorePartwise.Part.Measure only = newMeasure(1, false);
                only.getNoteOrBackupOrForward().add(initialAttributes());
                out.add(only);
                return;
            }
            Measure first = measures.get(0);
            boolean pickup = first.events().stream().noneMatch(e -> e instanceof MultiRest)
                    && first.length().compareTo(Fraction.ZERO) > 0
                    && first.length().compareTo(meter.measureLength()) < 0;
            int number = pickup ? 0 : 1;
            int[] endingEnds = endingEnds(measures);
            for (int i = 0; i < measures.size(); i++) {
                Measure m = measures.get(i);
                boolean repeatStart = i > 0 && measures.get(i - 1).end().repeatStart();
                number += writeMeasure(m, i, number, pickup && i == 0, repeatStart, endingEnds, out);
            }
        }

        /** For each measure opening an ending, the index of the measure where it closes; else -1. */
        private static int[] endingEnds(List<Measure> measures) {
            int[] ends = new int[measures.size()];
            for (int i = 0; i < ends.length; i++) {
                ends[i] = -1;
                if (measures.get(i).ending() == 0) {
                    continue;
                }
                int j = i;
                while (j + 1 < ends.length) {
                    BarLine b = measures.get(j).end();
                    if (b.repeatEnd() || b.style() != BarLine.Style.SINGLE || measures.get(j + 1).ending() != 0) {
                        break;
                    }
                    j++;
                }
                ends[i] = j;
            }
            return ends;
        }

        /** Writes one model measure (several for a multirest); returns how many it wrote. */
        private int writeMeasure(Measure m, int index, int number, boolean pickup, boolean repeatStart,
                                 int[] endingEnds, List<ScorePartwise.Part.Measure> out) {
            accidentalsInMeasure.clear();
            ScorePartwise.Part.Measure xm = newMeasure(number, pickup);
            List<Object> content = xm.getNoteOrBackupOrForward();
            if (index == 0) {
                content.add(initialAttributes());
                if (tune.info().tempoBpm() > 0) {
                    content.add(tempoDirection(tune.info().tempoBpm()));
                }
            }
            Barline left = leftBarline(m, repeatStart);
            if (left != null) {
                content.add(left);
            }
            int written = 1;
            ScorePartwise.Part.Measure last = xm;
            Attributes pending = null;
            int pendingRank = -1;
            for (Event e : m.events()) {
                if (e instanceof ClefChange || e instanceof KeyChange || e instanceof MeterChange) {
                    int rank = e instanceof KeyChange ? 0 : e instanceof MeterChange ? 1 : 2;
                    if (pending == null || rank <= pendingRank) {
                        pending = FACTORY.createAttributes();
                        content.add(pending);
                    }
                    pendingRank = rank;
                    addChange(pending, e);
                    continue;
                }
                pending = null;
                pendingRank = -1;
                if (e instanceof MultiRest mr) {
                    closeTuplet();
                    last = writeMultiRest(mr, xm, number, out);
                    content = last.getNoteOrBackupOrForward();
                    written = mr.measures();
                    continue;
                }
                writeEvent(e, content);
            }
            closeTuplet();
            Barline right = rightBarline(m, index, endingEnds);
            if (right != null) {
                content.add(right);
            }
            if (last == xm) {
                out.add(xm);
            }
            return written;
        }

        private ScorePartwise.Part.Measure writeMultiRest(MultiRest mr, ScorePartwise.Part.Measure first, int number,
                                                          List<ScorePartwise.Part.Measure> out) {
            Attributes style = FACTORY.createAttributes();
            org.audiveris.proxymusic.MeasureStyle ms = FACTORY.createMeasureStyle();
            org.audiveris.proxymusic.MultipleRest multiple = FACTORY.createMultipleRest();
            multiple.setValue(BigInteger.valueOf(mr.measures()));
            ms.setMultipleRest(multiple);
            style.getMeasureStyle().add(ms);
            first.getNoteOrBackupOrForward().add(style);
            first.getNoteOrBackupOrForward().add(measureRest());
            out.add(first);
            ScorePartwise.Part.Measure current = first;
            for (int k = 1; k < mr.measures(); k++) {
                current = newMeasure(number + k, false);
                current.getNoteOrBackupOrForward().add(measureRest());
                out.add(current);
            }
            return current;
        }

        private org.audiveris.proxymusic.Note measureRest() {
            org.audiveris.proxymusic.Note n = FACTORY.createNote();
            org.audiveris.proxymusic.Rest rest = FACTORY.createRest();
            rest.setMeasure(YesNo.YES);
            n.setRest(rest);
            n.setDuration(divisionsOf(meter.measureLength()));
            n.setVoice(VOICE);
            return n;
        }

        private ScorePartwise.Part.Measure newMeasure(int number, boolean implicit) {
            ScorePartwise.Part.Measure xm = FACTORY.createScorePartwisePartMeasure();
            xm.setNumber(Integer.toString(number));
            if (implicit) {
                xm.setImplicit(YesNo.YES);
            }
            return xm;
        }

        private Attributes initialAttributes() {
            Attributes a = FACTORY.createAttributes();
            a.setDivisions(BigDecimal.valueOf(divisions));
            a.getKey().add(key(tune.info().key()));
            a.getTime().add(time(tune.info().meter()));
            a.getClef().add(clef(tune.info().clef()));
            return a;
        }

        private void addChange(Attributes a, Event e) {
            if (e instanceof ClefChange c) {
                a.getClef().add(clef(c.clef()));
            } else if (e instanceof KeyChange k) {
                key = k.key();
                a.getKey().add(key(k.key()));
            } else if (e instanceof MeterChange mc) {
                meter = mc.meter();
                a.getTime().add(time(mc.meter()));
            }
        }

        private static org.audiveris.proxymusic.Key key(KeySignature k) {
            org.audiveris.proxymusic.Key key = FACTORY.createKey();
            key.setFifths(BigInteger.valueOf(k.fifths()));
            key.setMode(k.mode().name().toLowerCase(java.util.Locale.ROOT));
            return key;
        }

        private static org.audiveris.proxymusic.Time time(TimeSignature t) {
            org.audiveris.proxymusic.Time time = FACTORY.createTime();
            if (t.symbol() == TimeSignature.Symbol.NONE) {
                time.setSenzaMisura("");
                return time;
            }
            time.getTimeSignature().add(FACTORY.createTimeBeats(Integer.toString(t.beats())));
            time.getTimeSignature().add(FACTORY.createTimeBeatType(Integer.toString(t.beatType())));
            if (t.symbol() == TimeSignature.Symbol.COMMON) {
                time.setSymbol(TimeSymbol.COMMON);
            } else if (t.symbol() == TimeSignature.Symbol.CUT) {
                time.setSymbol(TimeSymbol.CUT);
            }
            return time;
        }

        private static org.audiveris.proxymusic.Clef clef(Clef c) {
            org.audiveris.proxymusic.Clef clef = FACTORY.createClef();
            clef.setSign(ClefSign.valueOf(c.sign().name()));
            clef.setLine(BigInteger.valueOf(c.line()));
            if (c.octaveShift() != 0) {
                clef.setClefOctaveChange(BigInteger.valueOf(c.octaveShift()));
            }
            return clef;
        }

        private static Direction tempoDirection(int bpm) {
            Direction d = FACTORY.createDirection();
            d.setPlacement(org.audiveris.proxymusic.AboveBelow.ABOVE);
            DirectionType type = FACTORY.createDirectionType();
            Metronome metronome = FACTORY.createMetronome();
            metronome.setBeatUnit("quarter");
            PerMinute perMinute = FACTORY.createPerMinute();
            perMinute.setValue(Integer.toString(bpm));
            metronome.setPerMinute(perMinute);
            type.setMetronome(metronome);
            d.getDirectionType().add(type);
            Sound sound = FACTORY.createSound();
            sound.setTempo(BigDecimal.valueOf(bpm));
            d.setSound(sound);
            return d;
        }

        private Barline leftBarline(Measure m, boolean repeatStart) {
            if (!repeatStart && m.ending() == 0) {
                return null;
            }
            Barline b = FACTORY.createBarline();
            b.setLocation(RightLeftMiddle.LEFT);
            if (repeatStart) {
                b.setBarStyle(barStyle(BarStyle.HEAVY_LIGHT));
            }
            if (m.ending() > 0) {
                Ending ending = FACTORY.createEnding();
                ending.setNumber(Integer.toString(m.ending()));
                ending.setType(StartStopDiscontinue.START);
                ending.setValue(m.ending() + ".");
                b.setEnding(ending);
            }
            if (repeatStart) {
                Repeat r = FACTORY.createRepeat();
                r.setDirection(BackwardForward.FORWARD);
                b.setRepeat(r);
            }
            return b;
        }

        private Barline rightBarline(Measure m, int index, int[] endingEnds) {
            int openedAt = -1;
            for (int i = index; i >= 0; i--) {
                if (endingEnds[i] == index) {
                    openedAt = i;
                    break;
                }
                if (endingEnds[i] >= 0 && endingEnds[i] < index) {
                    break;
                }
            }
            BarLine end = m.end();
            if (end.style() == BarLine.Style.SINGLE && !end.repeatEnd() && openedAt < 0) {
                return null;
            }
            Barline b = FACTORY.createBarline();
            b.setLocation(RightLeftMiddle.RIGHT);
            BarStyle style = switch (end.style()) {
                case SINGLE -> end.repeatEnd() ? BarStyle.LIGHT_HEAVY : BarStyle.REGULAR;
                case DOUBLE -> BarStyle.LIGHT_LIGHT;
                case FINAL -> BarStyle.LIGHT_HEAVY;
                case HEAVY_LIGHT -> BarStyle.HEAVY_LIGHT;
                case INVISIBLE -> BarStyle.NONE;
            };
            b.setBarStyle(barStyle(style));
            if (openedAt >= 0) {
                Ending ending = FACTORY.createEnding();
                int n = tune.measures().get(openedAt).ending();
                ending.setNumber(Integer.toString(n));
                ending.setType(end.repeatEnd() ? StartStopDiscontinue.STOP : StartStopDiscontinue.DISCONTINUE);
                b.setEnding(ending);
            }
            if (end.repeatEnd()) {
                Repeat r = FACTORY.createRepeat();
                r.setDirection(BackwardForward.BACKWARD);
                b.setRepeat(r);
            }
            return b;
        }

        private static BarStyleColor barStyle(BarStyle s) {
            BarStyleColor c = FACTORY.createBarStyleColor();
            c.setValue(s);
            return c;
        }

        private void writeEvent(Event e, List<Object> content) {
            if (e instanceof Note n) {
                org.audiveris.proxymusic.Note xn = note(n, false);
                content.add(xn);
                if (!n.grace()) {
                    tuplet(n.duration(), xn);
                    tiedFromPrevious = n.tieToNext() ? Set.of(n.pitch()) : Set.of();
                }
            } else if (e instanceof Chord c) {
                org.audiveris.proxymusic.Note head = null;
                Set<Pitch> tied = new HashSet<>();
                for (Note n : c.notes()) {
                    org.audiveris.proxymusic.Note xn = note(n, head != null);
                    content.add(xn);
                    if (head == null) {
                        head = xn;
                    }
                    if (n.tieToNext()) {
                        tied.add(n.pitch());
                    }
                }
                if (!c.notes().get(0).grace()) {
                    tuplet(c.notes().get(0).duration(), head);
                    tiedFromPrevious = tied;
                }
            } else if (e instanceof Rest r) {
                org.audiveris.proxymusic.Note xn = rest(r);
                content.add(xn);
                tuplet(r.duration(), xn);
                tiedFromPrevious = Set.of();
            }
        }

        private org.audiveris.proxymusic.Note note(Note n, boolean inChord) {
            org.audiveris.proxymusic.Note xn = FACTORY.createNote();
            if (n.grace()) {
                xn.setGrace(new Grace());
            }
            if (inChord) {
                xn.setChord(new Empty());
            }
            org.audiveris.proxymusic.Pitch p = FACTORY.createPitch();
            p.setStep(org.audiveris.proxymusic.Step.valueOf(n.pitch().step().name()));
            if (n.pitch().alter() != 0) {
                p.setAlter(BigDecimal.valueOf(n.pitch().alter()));
            }
            p.setOctave(n.pitch().octave());
            xn.setPitch(p);
            boolean tieStop = !n.grace() && tiedFromPrevious.contains(n.pitch());
            if (!n.grace()) {
                xn.setDuration(divisionsOf(n.duration().length()));
            }
            if (tieStop) {
                xn.getTie().add(tie(StartStop.STOP));
            }
            if (n.tieToNext()) {
                xn.getTie().add(tie(StartStop.START));
            }
            xn.setVoice(VOICE);
            duration(xn, n.duration());
            accidental(xn, n.pitch(), tieStop);
            Notations notations = FACTORY.createNotations();
            if (tieStop) {
                notations.getTiedOrSlurOrTuplet().add(tied(TiedType.STOP));
            }
            if (n.tieToNext()) {
                notations.getTiedOrSlurOrTuplet().add(tied(TiedType.START));
            }
            decorations(notations, n.decorations());
            if (!notations.getTiedOrSlurOrTuplet().isEmpty()) {
                xn.getNotations().add(notations);
            }
            return xn;
        }

        private org.audiveris.proxymusic.Note rest(Rest r) {
            org.audiveris.proxymusic.Note xn = FACTORY.createNote();
            xn.setRest(FACTORY.createRest());
            xn.setDuration(divisionsOf(r.duration().length()));
            xn.setVoice(VOICE);
            duration(xn, r.duration());
            if (r.fermata()) {
                Notations notations = FACTORY.createNotations();
                decorations(notations, Set.of(Decoration.FERMATA));
                xn.getNotations().add(notations);
            }
            return xn;
        }

        private static void duration(org.audiveris.proxymusic.Note xn, Duration d) {
            NoteType type = FACTORY.createNoteType();
            type.setValue(NoteTypes.name(d.value()));
            xn.setType(type);
            for (int i = 0; i < d.dots(); i++) {
                xn.getDot().add(FACTORY.createEmptyPlacement());
            }
            if (!d.tuplet().isNone()) {
                TimeModification tm = FACTORY.createTimeModification();
                tm.setActualNotes(BigInteger.valueOf(d.tuplet().actual()));
                tm.setNormalNotes(BigInteger.valueOf(d.tuplet().normal()));
                xn.setTimeModification(tm);
            }
        }

        /** Prints an accidental when the pitch differs from what the staff already implies. */
        private void accidental(org.audiveris.proxymusic.Note xn, Pitch p, boolean tieStop) {
            int slot = p.diatonicIndex();
            int implied = accidentalsInMeasure.getOrDefault(slot, key.alterOf(p.step()));
            accidentalsInMeasure.put(slot, p.alter());
            if (implied == p.alter() || tieStop) {
                return;
            }
            AccidentalValue v = switch (p.alter()) {
                case -2 -> AccidentalValue.FLAT_FLAT;
                case -1 -> AccidentalValue.FLAT;
                case 1 -> AccidentalValue.SHARP;
                case 2 -> AccidentalValue.DOUBLE_SHARP;
                default -> AccidentalValue.NATURAL;
            };
            org.audiveris.proxymusic.Accidental acc = FACTORY.createAccidental();
            acc.setValue(v);
            xn.setAccidental(acc);
        }

        private static Tie tie(StartStop type) {
            Tie t = FACTORY.createTie();
            t.setType(type);
            return t;
        }

        private static Tied tied(TiedType type) {
            Tied t = FACTORY.createTied();
            t.setType(type);
            return t;
        }

        private static void decorations(Notations notations, Set<Decoration> decorations) {
            if (decorations.isEmpty()) {
                return;
            }
            EnumSet<Decoration> set = EnumSet.copyOf(decorations);
            List<Object> items = notations.getTiedOrSlurOrTuplet();
            Articulations articulations = FACTORY.createArticulations();
            Ornaments ornaments = FACTORY.createOrnaments();
            Technical technical = FACTORY.createTechnical();
            for (Decoration d : set) {
                switch (d) {
                    case FERMATA -> {
                        Fermata f = FACTORY.createFermata();
                        f.setType(org.audiveris.proxymusic.UprightInverted.UPRIGHT);
                        items.add(f);
                    }
                    case STACCATO -> articulations.getAccentOrStrongAccentOrStaccato()
                            .add(FACTORY.createArticulationsStaccato(new EmptyPlacement()));
                    case ACCENT -> articulations.getAccentOrStrongAccentOrStaccato()
                            .add(FACTORY.createArticulationsAccent(new EmptyPlacement()));
                    case TENUTO -> articulations.getAccentOrStrongAccentOrStaccato()
                            .add(FACTORY.createArticulationsTenuto(new EmptyPlacement()));
                    case TRILL -> ornaments.getTrillMarkOrTurnOrDelayedTurn()
                            .add(FACTORY.createOrnamentsTrillMark(FACTORY.createEmptyTrillSound()));
                    case MORDENT -> ornaments.getTrillMarkOrTurnOrDelayedTurn()
                            .add(FACTORY.createOrnamentsMordent(FACTORY.createMordent()));
                    case TURN -> ornaments.getTrillMarkOrTurnOrDelayedTurn()
                            .add(FACTORY.createOrnamentsTurn(FACTORY.createHorizontalTurn()));
                    case ROLL -> ornaments.getTrillMarkOrTurnOrDelayedTurn().add(otherOrnament("roll"));
                    case OTHER -> ornaments.getTrillMarkOrTurnOrDelayedTurn().add(otherOrnament(""));
                    case UPBOW -> technical.getUpBowOrDownBowOrHarmonic()
                            .add(FACTORY.createTechnicalUpBow(new EmptyPlacement()));
                    case DOWNBOW -> technical.getUpBowOrDownBowOrHarmonic()
                            .add(FACTORY.createTechnicalDownBow(new EmptyPlacement()));
                }
            }
            if (!ornaments.getTrillMarkOrTurnOrDelayedTurn().isEmpty()) {
                items.add(ornaments);
            }
            if (!technical.getUpBowOrDownBowOrHarmonic().isEmpty()) {
                items.add(technical);
            }
            if (!articulations.getAccentOrStrongAccentOrStaccato().isEmpty()) {
                items.add(articulations);
            }
        }

        private static JAXBElement<OtherPlacementText> otherOrnament(String text) {
            OtherPlacementText t = FACTORY.createOtherPlacementText();
            t.setValue(text);
            return FACTORY.createOrnamentsOtherOrnament(t);
        }

        /**
         * Draws tuplet brackets: a bracket opens on the first note of a run with one ratio and
         * closes when the run has filled {@code actual} notes of its first note's value, when the
         * ratio changes, or at the bar line.
         */
        private void tuplet(Duration d, org.audiveris.proxymusic.Note xn) {
            Tuplet t = d.tuplet();
            if (t.isNone()) {
                closeTuplet();
                return;
            }
            if (tupletRatio != null && !tupletRatio.equals(t)) {
                closeTuplet();
            }
            if (tupletRatio == null) {
                tupletRatio = t;
                tupletFirst = xn;
                tupletWritten = Fraction.ZERO;
                tupletTarget = d.writtenLength().times(t.actual());
            }
            tupletLast = xn;
            tupletWritten = tupletWritten.plus(d.writtenLength());
            if (tupletWritten.compareTo(tupletTarget) >= 0) {
                closeTuplet();
            }
        }

        private void closeTuplet() {
            if (tupletRatio == null) {
                return;
            }
            tupletMark(tupletFirst, StartStop.START);
            tupletMark(tupletLast, StartStop.STOP);
            tupletRatio = null;
            tupletFirst = null;
            tupletLast = null;
        }

        private static void tupletMark(org.audiveris.proxymusic.Note xn, StartStop type) {
            org.audiveris.proxymusic.Tuplet mark = FACTORY.createTuplet();
            mark.setType(type);
            if (type == StartStop.START) {
                mark.setBracket(YesNo.YES);
            }
            Notations notations;
            if (xn.getNotations().isEmpty()) {
                notations = FACTORY.createNotations();
                xn.getNotations().add(notations);
            } else {
                notations = xn.getNotations().get(0);
            }
            notations.getTiedOrSlurOrTuplet().add(mark);
        }

        private BigDecimal divisionsOf(Fraction wholeNotes) {
            Fraction d = wholeNotes.times(4).times(divisions);
            if (d.denominator() != 1) {
                throw new IllegalStateException("length " + wholeNotes + " is not a whole number of " + divisions
                        + " divisions");
            }
            return BigDecimal.valueOf(d.numerator());
        }
    }
}
