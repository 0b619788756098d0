package org.scorelab.render.dataset;

import java.util.ArrayList;
import java.util.List;
import org.scorelab.core.engrave.Beaming;
import org.scorelab.core.engrave.EngravingStyle;
import org.scorelab.core.mei.MeiWriter;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.primus.AgnosticWriter;
import org.scorelab.core.primus.SemanticWriter;

/**
 * The PrIMuS encodings by scorelab's own writers, each excerpt drawn in an {@link EngravingStyle}
 * chosen for it. The style goes to both the MEI writer (what Verovio draws) and the agnostic
 * writer (the glyphs it names), so image and labels always agree; the semantic tokens never depend
 * on it. Every choice hangs on the excerpt's semantic text with its own salt: the same excerpt is
 * always drawn the same way, on every JVM and run, and the choices are independent of each other.
 * Immutable; each {@code with...} returns a new encoder.
 */
public final class PrimusEncoder implements SampleEncoder {

    /**
     * Key-signature windows other engravers use: LilyPond's flat windows start on staff positions
     * -1 to 2 by clef, its sharp windows on 0 to 3 (Verovio's lie within them).
     */
    static final int FLAT_LOW_MIN = -1;
    static final int SHARP_LOW_MIN = 0;
    static final int WINDOW_STARTS = 4;

    private static final MeiWriter MEI = new MeiWriter();
    private static final SemanticWriter SEMANTIC = new SemanticWriter();
    private static final AgnosticWriter AGNOSTIC = new AgnosticWriter();

    /** A change of style, given the excerpt and its bucket in [0, 10000) to vary the change by. */
    private interface Restyle {
        EngravingStyle apply(EngravingStyle style, Tune tune, int bucket);
    }

    /** A change of style made to about {@code share} of the excerpts, those whose bucket for this salt is low. */
    private record Choice(double share, int salt, Restyle restyle) {
        EngravingStyle apply(EngravingStyle style, Tune tune, String semanticText) {
            int bucket = bucket(semanticText, salt);
            return bucket < share * 10_000 ? restyle.apply(style, tune, bucket) : style;
        }
    }

    private final List<Choice> choices;

    private PrimusEncoder(List<Choice> choices) {
        this.choices = List.copyOf(choices);
    }

    /** Every excerpt beamed by the beat and drawn in Verovio's own style. */
    public static PrimusEncoder beamedByBeat() {
        return new PrimusEncoder(List.of());
    }

    /**
     * This encoder with about {@code share} of the excerpts flagged throughout instead of beamed
     * (as many real incipits are engraved).
     *
     * @param share share of flag-only excerpts, in [0, 1]
     */
    public PrimusEncoder withFlagsOnly(double share) {
        return with("flagged", share, 0x9E3779B1, (style, tune, bucket) -> style.withBeaming(Beaming.FLAGS_ONLY));
    }

    /**
     * This encoder with the flags of about {@code share} of the excerpts drawn on short stems, 4.5
     * to 6 virtual units: LilyPond's unbeamed sixteenths have short stems with two compact flags,
     * which a model trained on Verovio's long-stemmed flags reads with one flag too few.
     *
     * @param share share of excerpts with short flagged stems, in [0, 1]
     */
    public PrimusEncoder withShortStems(double share) {
        return with("short-stem", share, 0x85EBCA6B,
                (style, tune, bucket) -> style.withFlaggedStemLength(4.5 + (bucket % 4) * 0.5));
    }

    /**
     * This encoder with the multirest bars of about {@code share} of the excerpts drawn short, 8 to
     * 15 virtual units (4 to 7.5 interlines, where Verovio draws about ten): real PrIMuS incipits
     * draw the bar short and close to what precedes it (about 6.5 interlines on the shared example),
     * and a model trained only on Verovio's long bars missed it there.
     *
     * @param share share of excerpts with short multirests, in [0, 1]
     */
    public PrimusEncoder withNarrowMultirests(double share) {
        return with("narrow-multirest", share, 0x27D4EB2F, (style, tune, bucket) -> style.withMultirestWidth(8 + bucket % 8));
    }

    /**
     * This encoder with the opening key signature of about {@code share} of the excerpts drawn in
     * one of the four windows other engravers use for its kind of accidental. Engravers agree on
     * the order of a signature's accidentals but not on their octaves outside the treble clef
     * (LilyPond draws an E-flat signature on a baritone F clef with its A-flat below the staff,
     * Verovio above the middle line); a model that has seen one engraver's windows counts another's
     * wrongly.
     *
     * @param share share of excerpts whose signature is moved, in [0, 1]
     */
    public PrimusEncoder withKeyWindows(double share) {
        return with("key-window", share, 0xC2B2AE35, (style, tune, bucket) -> {
            KeySignature key = tune.info().key();
            return key.fifths() == 0 ? style
                    : style.withKeyWindowLow(lowestWindowStart(key) + bucket % WINDOW_STARTS);
        });
    }

    /**
     * This encoder with the grace notes of about {@code share} of the excerpts drawn without the
     * slash through their stem: Verovio slashes every grace note MEI calls unaccented, as abcm2ps
     * does, while LilyPond's grace notes and the appoggiaturas of real incipits have none; the
     * tokens do not tell them apart.
     *
     * @param share share of excerpts with unslashed grace notes, in [0, 1]
     */
    public PrimusEncoder withUnslashedGraceNotes(double share) {
        return with("unslashed-grace", share, 0x165667B1, (style, tune, bucket) -> style.withSlashedGraceNotes(false));
    }

    /** The lowest window start of the signature's kind of accidental. */
    static int lowestWindowStart(KeySignature key) {
        return key.fifths() > 0 ? SHARP_LOW_MIN : FLAT_LOW_MIN;
    }

    private PrimusEncoder with(String what, double share, int salt, Restyle restyle) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(what + " share must be in [0, 1], was " + share);
        }
        if (share == 0) {
            return this;
        }
        List<Choice> more = new ArrayList<>(choices);
        more.add(new Choice(share, salt, restyle));
        return new PrimusEncoder(more);
    }

    /** The style this excerpt is drawn in. */
    public EngravingStyle style(Tune tune) {
        EngravingStyle style = EngravingStyle.of(Beaming.BY_BEAT);
        if (choices.isEmpty()) {
            return style;
        }
        String text = SEMANTIC.toText(tune);
        for (Choice c : choices) {
            style = c.apply(style, tune, text);
        }
        return style;
    }

    @Override
    public String mei(Tune tune) {
        return MEI.toXml(tune, style(tune));
    }

    @Override
    public String semantic(Tune tune) {
        return SEMANTIC.toText(tune);
    }

    @Override
    public String agnostic(Tune tune) {
        return AGNOSTIC.toText(tune, style(tune));
    }

    /**
     * The excerpt's bucket in [0, 10000) for one kind of choice: each kind multiplies by its own
     * odd constant, so the choices are independent. String.hashCode is specified, so the choice is
     * the same on every JVM and run.
     */
    private static int bucket(String semanticText, int salt) {
        return Math.floorMod(semanticText.hashCode() * salt, 10_000);
    }
}
