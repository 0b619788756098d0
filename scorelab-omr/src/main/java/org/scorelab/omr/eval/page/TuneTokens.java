package org.scorelab.omr.eval.page;

import java.util.ArrayList;
import java.util.List;
import org.scorelab.core.model.ClefChange;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.KeyChange;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.MeterChange;
import org.scorelab.core.model.Tune;
import org.scorelab.core.model.TuneInfo;
import org.scorelab.core.primus.SemanticWriter;

/**
 * The semantic tokens a page is scored against: the whole tune's, and each system's as a staff
 * recogniser should read it (the clef, key and time signature in force, then the system's
 * measures). Written by scorelab's own PrIMuS writer, so they use the tokens the model learned.
 */
public final class TuneTokens {
    private static final SemanticWriter WRITER = new SemanticWriter();

    private TuneTokens() {
    }

    /**
     * The whole tune's tokens.
     *
     * @throws IllegalArgumentException when the writer cannot encode the tune
     */
    public static List<String> whole(Tune tune) {
        return split(WRITER.toText(tune));
    }

    /**
     * The tokens of one system: the signs in force at its first measure, then its measures as in
     * the tune (a tie into the next system kept, since the tune has it).
     *
     * @param measures the system's measures, numbered from 1 in tune order and consecutive
     */
    public static List<String> system(Tune tune, List<Integer> measures) {
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("a system holds at least one measure");
        }
        int first = measures.get(0);
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i) != first + i) {
                throw new IllegalArgumentException("system measures must be consecutive, were " + measures);
            }
        }
        int last = measures.get(measures.size() - 1);
        if (first < 1 || last > tune.measures().size()) {
            throw new IllegalArgumentException("system measures " + measures + " outside the tune's 1.."
                    + tune.measures().size());
        }
        TuneInfo info = tune.info();
        var clef = info.clef();
        var key = info.key();
        var meter = info.meter();
        for (Measure m : tune.measures().subList(0, first - 1)) {
            for (Event e : m.events()) {
                if (e instanceof ClefChange c) {
                    clef = c.clef();
                } else if (e instanceof KeyChange k) {
                    key = k.key();
                } else if (e instanceof MeterChange mc) {
                    meter = mc.meter();
                }
            }
        }
        TuneInfo header = new TuneInfo(info.source(), info.number(), info.title(), clef, key, meter, info.tempoBpm(),
                info.fields());
        return split(WRITER.toText(new Tune(header, tune.measures().subList(first - 1, last))));
    }

    /** The tune's first {@code count} measures. */
    public static Tune firstMeasures(Tune tune, int count) {
        if (count < 1 || count > tune.measures().size()) {
            throw new IllegalArgumentException("count must be in 1.." + tune.measures().size() + ", was " + count);
        }
        return tune.withMeasures(tune.measures().subList(0, count));
    }

    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
