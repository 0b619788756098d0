package org.scorelab.core.abc;

import java.util.EnumMap;
import java.util.Map;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Step;

/**
 * What one {@code K:} field says: the key signature (null when the field only sets the clef),
 * accidentals written out after the key ({@code K:D ^g}), which the model's signature cannot hold
 * but which still decide the sounding pitch, and the clef (null when not named).
 */
record AbcKey(KeySignature signature, Map<Step, Integer> explicit, Clef clef) {

    AbcKey {
        explicit = Map.copyOf(explicit);
    }

    static AbcKey of(KeySignature signature) {
        return new AbcKey(signature, Map.of(), null);
    }

    /** The alteration a note of this step gets when it has no accidental of its own. */
    int alterOf(Step step) {
        Integer e = explicit.get(step);
        if (e != null) {
            return e;
        }
        return signature == null ? 0 : signature.alterOf(step);
    }

    /** This key with the given explicit accidentals added (later ones win). */
    AbcKey withExplicit(Map<Step, Integer> more) {
        Map<Step, Integer> m = new EnumMap<>(Step.class);
        m.putAll(explicit);
        m.putAll(more);
        return new AbcKey(signature, m, clef);
    }
}
