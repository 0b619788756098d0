// Writes out/NAME.mei and out/NAME.agnostic for hand-made change cases and 300 random tunes.
import org.scorelab.core.mei.*;
import org.scorelab.core.primus.*;
import org.scorelab.core.model.*;
import java.nio.file.*;
import java.util.*;
import static org.scorelab.core.primus.Tunes.*;
var w = new MeiWriter();
var aw = new AgnosticWriter();
void out(String name, Tune t) throws Exception {
    Files.write(Path.of("out/" + name + ".mei"), w.write(t));
    Files.writeString(Path.of("out/" + name + ".agnostic"), aw.toText(t));
}
int[][] changes = {{2, 0}, {2, 1}, {-2, 2}, {0, -1}, {3, -3}, {-4, -1}, {5, 0}, {-6, 0}, {2, 2}, {0, 0}};
int k = 0;
for (int[] c : changes) {
    out("k" + k, tune(Clef.TREBLE, c[0], TimeSignature.of(2, 4), bar(rest("half")),
            bar(new KeyChange(KeySignature.ofFifths(c[1])), rest("half"))));
    out("m" + k, tune(Clef.TREBLE, c[0], TimeSignature.of(2, 4),
            bar(rest("quarter"), new KeyChange(KeySignature.ofFifths(c[1])), rest("quarter"))));
    out("c" + k, tune(Clef.ALTO, c[0], TimeSignature.of(2, 4), bar(rest("half")), bar(new ClefChange(Clef.BASS),
            new KeyChange(KeySignature.ofFifths(c[1])), new MeterChange(TimeSignature.of(3, 4)), rest("half."))));
    k++;
}
out("same", tune(Clef.TREBLE, 1, TimeSignature.of(2, 4), bar(rest("half")),
        bar(new ClefChange(Clef.TREBLE), new MeterChange(TimeSignature.of(2, 4)), rest("half"))));
var r = new Random(11);
for (int i = 0; i < 300; i++) {
    out("r" + i, RandomTunes.tune(r));
}
/exit
