package org.scorelab.render.dataset;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.scorelab.core.engrave.Beaming;
import org.scorelab.core.mei.MeiWriter;
import org.scorelab.core.primus.AgnosticWriter;
import org.scorelab.core.primus.SemanticWriter;
import org.scorelab.core.model.Tune;

/**
 * Writes one excerpt in the three encodings a sample carries. The builder renders the MEI, so
 * the image and the labels always come from the same text. Implementations throw
 * {@link IllegalArgumentException} for music they cannot encode; the builder then draws another
 * excerpt.
 */
public interface SampleEncoder {
    /** A complete MEI document of one staff. */
    String mei(Tune tune);

    /** PrIMuS semantic tokens, tab or space separated. */
    String semantic(Tune tune);

    /** PrIMuS agnostic tokens, tab or space separated. */
    String agnostic(Tune tune);

    /**
     * The PrIMuS encodings by scorelab's own writers; MEI and agnostic tokens share one beaming,
     * so every beam Verovio draws is a beam the agnostic labels name.
     */
    static SampleEncoder primus() {
        MeiWriter mei = new MeiWriter(Beaming.BY_BEAT, false);
        SemanticWriter semantic = new SemanticWriter();
        AgnosticWriter agnostic = new AgnosticWriter(Beaming.BY_BEAT);
        return of(mei::toXml, semantic::toText, agnostic::toText);
    }

    /**
     * The PrIMuS encodings with beaming varied between excerpts: about {@code flaggedShare} of them
     * have every note flagged (as many real incipits are engraved), the rest beamed by beat. The
     * choice hangs on the excerpt's semantic text, so the same excerpt always gets the same beaming
     * and the MEI Verovio draws agrees with the agnostic labels.
     *
     * @param flaggedShare share of flag-only excerpts, in [0, 1]
     */
    static SampleEncoder primusMixedBeaming(double flaggedShare) {
        if (!(flaggedShare >= 0 && flaggedShare <= 1)) {
            throw new IllegalArgumentException("flagged share must be in [0, 1], was " + flaggedShare);
        }
        SemanticWriter semantic = new SemanticWriter();
        MeiWriter beamedMei = new MeiWriter(Beaming.BY_BEAT, false);
        MeiWriter flaggedMei = new MeiWriter(Beaming.FLAGS_ONLY, false);
        AgnosticWriter beamedAgnostic = new AgnosticWriter(Beaming.BY_BEAT);
        AgnosticWriter flaggedAgnostic = new AgnosticWriter(Beaming.FLAGS_ONLY);
        Predicate<Tune> flagged = tune -> {
            int bucket = bucket(semantic.toText(tune), 0x9E3779B1);
            return bucket < flaggedShare * 10_000;
        };
        return of(t -> (flagged.test(t) ? flaggedMei : beamedMei).toXml(t), semantic::toText,
                t -> (flagged.test(t) ? flaggedAgnostic : beamedAgnostic).toText(t));
    }

    /**
     * This encoder with the flags of about {@code share} of the excerpts drawn on short stems
     * ({@link ShortStems}, 4.5 to 6 virtual units), as LilyPond draws them; the tokens are those of
     * this encoder. The choice hangs on the excerpt's semantic text, independently of the beaming.
     *
     * @param share share of excerpts with short flagged stems, in [0, 1]
     */
    default SampleEncoder withShortStems(double share) {
        return withRedrawnMei("short-stem", share, 0x85EBCA6B, (mei, bucket) -> ShortStems.apply(mei,
                4.5 + (bucket % 4) * 0.5));
    }

    /**
     * This encoder with the multirest bars of about {@code share} of the excerpts drawn short
     * ({@link MultirestWidths}, 8 to 15 virtual units: 4 to 7.5 interlines, where Verovio draws
     * about ten), as real PrIMuS incipits draw them; the tokens are this encoder's. The choice
     * hangs on the excerpt's semantic text, independently of the others.
     *
     * @param share share of excerpts with short multirests, in [0, 1]
     */
    default SampleEncoder withNarrowMultirests(double share) {
        return withRedrawnMei("narrow-multirest", share, 0x27D4EB2F,
                (mei, bucket) -> MultirestWidths.apply(mei, 8 + bucket % 8));
    }

    /**
     * This encoder with the MEI of about {@code share} of the excerpts changed by {@code redraw}
     * (given the MEI and the excerpt's bucket, to vary the change by), the tokens left as they are:
     * a change of drawing only, chosen by the excerpt's semantic text with the choice's own salt.
     */
    private SampleEncoder withRedrawnMei(String what, double share, int salt, BiFunction<String, Integer, String> redraw) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(what + " share must be in [0, 1], was " + share);
        }
        if (share == 0) {
            return this;
        }
        return of(t -> {
            int bucket = bucket(semantic(t), salt);
            String mei = mei(t);
            return bucket < share * 10_000 ? redraw.apply(mei, bucket) : mei;
        }, this::semantic, this::agnostic);
    }

    /**
     * This encoder with the opening key signature of about {@code share} of the excerpts drawn in
     * another octave placement ({@link KeySignatureWindows}: one of the four windows of its kind,
     * chosen by the excerpt), the agnostic tokens moved to match; the semantic tokens are this
     * encoder's. The choice hangs on the excerpt's semantic text, independently of the others.
     *
     * @param share share of excerpts whose signature is moved, in [0, 1]
     */
    default SampleEncoder withKeyWindows(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("key-window share must be in [0, 1], was " + share);
        }
        if (share == 0) {
            return this;
        }
        // Integer.MIN_VALUE: keep the engraver's placement
        Function<Tune, Integer> window = t -> {
            int bucket = bucket(semantic(t), 0xC2B2AE35);
            return bucket < share * 10_000
                    ? KeySignatureWindows.lowestStart(t.info().key()) + bucket % KeySignatureWindows.STARTS
                    : Integer.MIN_VALUE;
        };
        return of(t -> {
            int low = window.apply(t);
            String mei = mei(t);
            return low == Integer.MIN_VALUE ? mei : KeySignatureWindows.mei(mei, t.info().clef(), t.info().key(), low);
        }, this::semantic, t -> {
            int low = window.apply(t);
            String agnostic = agnostic(t);
            return low == Integer.MIN_VALUE ? agnostic
                    : KeySignatureWindows.agnostic(agnostic, t.info().clef(), t.info().key(), low);
        });
    }

    /**
     * The excerpt's bucket in [0, 10000) for one kind of choice: each kind multiplies by its own
     * odd constant, so the choices are independent. String.hashCode is specified, so the choice is
     * the same on every JVM and run.
     */
    private static int bucket(String semanticText, int salt) {
        return Math.floorMod(semanticText.hashCode() * salt, 10_000);
    }

    /** An encoder from three functions, e.g. method references to the MEI, semantic and agnostic writers. */
    static SampleEncoder of(Function<Tune, String> mei, Function<Tune, String> semantic, Function<Tune, String> agnostic) {
        if (mei == null || semantic == null || agnostic == null) {
            throw new IllegalArgumentException("all three encodings are required");
        }
        return new SampleEncoder() {
            @Override
            public String mei(Tune tune) {
                return mei.apply(tune);
            }

            @Override
            public String semantic(Tune tune) {
                return semantic.apply(tune);
            }

            @Override
            public String agnostic(Tune tune) {
                return agnostic.apply(tune);
            }
        };
    }
}
