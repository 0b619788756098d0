package org.scorelab.render.dataset;

import java.util.function.Function;
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
     * The PrIMuS encodings by scorelab's own writers, beamed by beat; MEI and agnostic tokens share
     * one beaming, so every beam Verovio draws is a beam the agnostic labels name.
     */
    static PrimusEncoder primus() {
        return PrimusEncoder.beamedByBeat();
    }

    /**
     * The PrIMuS encodings with beaming varied between excerpts: about {@code flaggedShare} of them
     * have every note flagged (as many real incipits are engraved), the rest beamed by beat.
     *
     * @param flaggedShare share of flag-only excerpts, in [0, 1]
     */
    static PrimusEncoder primusMixedBeaming(double flaggedShare) {
        return PrimusEncoder.beamedByBeat().withFlagsOnly(flaggedShare);
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
