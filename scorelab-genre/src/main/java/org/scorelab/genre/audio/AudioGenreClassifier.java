package org.scorelab.genre.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.scorelab.audio.AudioClip;
import org.scorelab.audio.analysis.AudioSource;
import org.scorelab.audio.pitch.NoteEvent;
import org.scorelab.audio.pitch.Transcriber;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.genre.classify.GenreModel;
import org.scorelab.genre.classify.GenrePrediction;

/**
 * Classifies an audio file by the transcription route: load (any PCM or float WAV, down-mixed and
 * resampled), refuse what cannot be judged, keep the first seconds the model was trained on,
 * transcribe, and predict from {@link NoteFeatures} or, for a model of the quantised route, from
 * the symbolic features of the {@link TranscriptionQuantizer quantised} transcription
 * ({@link TranscriptionVectors} maps the model's feature-set name to the vector). Immutable and thread-safe.
 */
public final class AudioGenreClassifier {

    /** The rate clips are loaded at: the rate the training clips were rendered at. */
    public static final int SAMPLE_RATE = 22050;
    /** Shorter clips are refused: a few notes say nothing about a style. */
    public static final double MIN_SECONDS = 2.0;
    /** Fewer transcribed notes are refused for the same reason. */
    public static final int MIN_NOTES = 8;
    /** Provenance key holding the clip length the model was trained on. */
    public static final String SECONDS_KEY = "clip.seconds";

    private final GenreModel model;
    private final TranscriptionVectors features;
    private final double seconds;
    private final Transcriber transcriber = Transcriber.standard();

    /**
     * @throws IllegalArgumentException when the model was not trained on a {@link TranscriptionVectors} set
     */
    public AudioGenreClassifier(GenreModel model) {
        this.model = model;
        this.features = TranscriptionVectors.bySetName(model.featureSet());
        String s = model.provenance().get(SECONDS_KEY);
        this.seconds = s == null ? 15 : Double.parseDouble(s);
    }

    public GenreModel model() {
        return model;
    }

    /**
     * The style or dance type of the audio file.
     *
     * @throws InvalidInputException naming the file and the reason: not audio, truncated, an
     *                               unsupported encoding, silent, too short, or too few notes
     * @throws IOException           when the file cannot be read at all
     */
    public GenrePrediction classify(Path file) throws InvalidInputException, IOException {
        AudioClip clip = AudioSource.load(file, SAMPLE_RATE);
        String source = file.toString();
        AudioSource.requireAnalysable(source, clip, (int) (MIN_SECONDS * SAMPLE_RATE));
        return classify(source, clip);
    }

    /** The style or dance type of a clip; {@code source} names it in messages. */
    public GenrePrediction classify(String source, AudioClip clip) throws InvalidInputException {
        AudioClip mono = clip.toMono();
        int keep = (int) Math.min(mono.frames(), Math.round(seconds * mono.sampleRate()));
        float[] x = mono.samples();
        if (keep < x.length) {
            x = java.util.Arrays.copyOf(x, keep);
        }
        List<NoteEvent> notes = transcriber.transcribe(AudioClip.mono(x, mono.sampleRate()));
        if (notes.size() < MIN_NOTES) {
            throw new InvalidInputException(source, "", String.format(Locale.ROOT,
                    "only %d note(s) heard in the first %.0f s, expected at least %d: not a melody the model can judge",
                    notes.size(), seconds, MIN_NOTES));
        }
        return model.predict(features.extract(notes));
    }
}
