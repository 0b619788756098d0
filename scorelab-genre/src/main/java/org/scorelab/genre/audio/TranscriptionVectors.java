package org.scorelab.genre.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scorelab.audio.pitch.NoteEvent;
import org.scorelab.genre.features.SymbolicFeatures;

/**
 * The feature sets a transcription can be judged by, under the names saved with a model, so that
 * the experiment that trains a model and the classifier that uses it compute the same vector:
 * {@link NoteFeatures} ({@code notes+meter}, {@code notes-meter}), the symbolic features of the
 * quantised transcription without meter and notation ({@code symbolic-no-meter-no-notation}), and
 * both side by side ({@code quantized+notes}: the symbolic ones first, then the note features with
 * meter).
 *
 * @param setName the name saved with a model
 * @param names   the names of the vector's entries
 */
public record TranscriptionVectors(String setName, List<String> names) {

    /** The symbolic set used on quantised tunes: neither the meter (not estimated) nor the notation (not heard). */
    public static final SymbolicFeatures QUANTIZED_FEATURES = new SymbolicFeatures(false, false);
    /** The name of the side-by-side set. */
    public static final String QUANTIZED_AND_NOTES = "quantized+notes";

    public TranscriptionVectors {
        names = List.copyOf(names);
    }

    /** The set saved as {@code name}, or throws naming the choices. */
    public static TranscriptionVectors bySetName(String name) {
        if (name.equals(NoteFeatures.WITH_METER.setName()) || name.equals(NoteFeatures.WITHOUT_METER.setName())) {
            return new TranscriptionVectors(name, NoteFeatures.bySetName(name).names());
        }
        if (name.equals(QUANTIZED_FEATURES.setName())) {
            return new TranscriptionVectors(name, QUANTIZED_FEATURES.names());
        }
        if (name.equals(QUANTIZED_AND_NOTES)) {
            List<String> n = new ArrayList<>();
            QUANTIZED_FEATURES.names().forEach(x -> n.add("q." + x));
            NoteFeatures.WITH_METER.names().forEach(x -> n.add("n." + x));
            return new TranscriptionVectors(name, n);
        }
        throw new IllegalArgumentException("unknown transcription feature set '" + name + "', expected one of "
                + List.of(NoteFeatures.WITH_METER.setName(), NoteFeatures.WITHOUT_METER.setName(), QUANTIZED_FEATURES.setName(),
                QUANTIZED_AND_NOTES));
    }

    /**
     * The vector of a transcription.
     *
     * @throws IllegalArgumentException with fewer than two notes of distinct onsets
     */
    public double[] extract(List<NoteEvent> notes) {
        if (setName.equals(QUANTIZED_FEATURES.setName())) {
            return QUANTIZED_FEATURES.extract(TranscriptionQuantizer.DEFAULT.quantize(notes, ""));
        }
        if (setName.equals(QUANTIZED_AND_NOTES)) {
            double[] q = QUANTIZED_FEATURES.extract(TranscriptionQuantizer.DEFAULT.quantize(notes, ""));
            double[] n = NoteFeatures.WITH_METER.extract(notes);
            double[] out = Arrays.copyOf(q, q.length + n.length);
            System.arraycopy(n, 0, out, q.length, n.length);
            return out;
        }
        if (TranscriptionQuantizer.monophonic(notes).size() < 2) {
            throw new IllegalArgumentException("need at least two notes with distinct onsets, got " + TranscriptionQuantizer.monophonic(notes).size());
        }
        return NoteFeatures.bySetName(setName).extract(notes);
    }
}
