package org.scorelab.omr.eval.page;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.scorelab.core.abc.AbcReader;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.model.Tune;

/**
 * A four-measure tune small enough to count its tokens by hand: G major, 2/4, a change to D major
 * at measure 3. Laid out on three systems, measures 1-2, 3 and 4:
 *
 * <pre>
 * whole:    clef-G2 keySignature-GM timeSignature-2/4 G4 A4 | B4 C5 | keySignature-DM D5 E5 | F#5 G5 |   (16 tokens)
 * system 1: clef-G2 keySignature-GM timeSignature-2/4 G4 A4 | B4 C5 |                                    (9)
 * system 2: clef-G2 keySignature-GM timeSignature-2/4 keySignature-DM D5 E5 |                           (7)
 * system 3: clef-G2 keySignature-DM timeSignature-2/4 F#5 G5 |                                          (6)
 * </pre>
 */
final class TinyTune {
    static final String ABC = """
            X:1
            T:Tiny
            M:2/4
            L:1/4
            K:G
            G A | B c | [K:D] d e | f g |]
            """;
    static final List<List<Integer>> SYSTEMS = List.of(List.of(1, 2), List.of(3), List.of(4));

    private TinyTune() {
    }

    static Tune tune() {
        ReadResult r = new AbcReader().readBytes("tiny.abc", ABC.getBytes(StandardCharsets.UTF_8));
        if (!r.failures().isEmpty() || r.tunes().size() != 1) {
            throw new IllegalStateException("tiny tune did not read: " + r.failures());
        }
        return r.tunes().get(0);
    }

    static List<String> whole() {
        return List.of("clef-G2", "keySignature-GM", "timeSignature-2/4", "note-G4_quarter", "note-A4_quarter", "barline",
                "note-B4_quarter", "note-C5_quarter", "barline", "keySignature-DM", "note-D5_quarter", "note-E5_quarter",
                "barline", "note-F#5_quarter", "note-G5_quarter", "barline");
    }

    static List<List<String>> systems() {
        return List.of(
                List.of("clef-G2", "keySignature-GM", "timeSignature-2/4", "note-G4_quarter", "note-A4_quarter", "barline",
                        "note-B4_quarter", "note-C5_quarter", "barline"),
                List.of("clef-G2", "keySignature-GM", "timeSignature-2/4", "keySignature-DM", "note-D5_quarter",
                        "note-E5_quarter", "barline"),
                List.of("clef-G2", "keySignature-DM", "timeSignature-2/4", "note-F#5_quarter", "note-G5_quarter",
                        "barline"));
    }
}
