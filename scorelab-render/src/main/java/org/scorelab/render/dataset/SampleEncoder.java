package org.scorelab.render.dataset;

import java.util.function.Function;
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
