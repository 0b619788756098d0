package org.scorelab.audio.pitch;

import java.util.List;
import org.scorelab.audio.AudioClip;

/**
 * Audio of one melody to its notes: {@link YinPitchTracker} then {@link NoteSegmenter}. Immutable
 * and thread-safe.
 */
public record Transcriber(YinPitchTracker tracker, NoteSegmenter segmenter) {

    /** The default tracker and segmenter. */
    public static Transcriber standard() {
        return new Transcriber(new YinPitchTracker(PitchConfig.DEFAULT), NoteSegmenter.DEFAULT);
    }

    public Transcriber {
        if (tracker == null || segmenter == null) {
            throw new IllegalArgumentException("tracker and segmenter must not be null");
        }
    }

    /** The notes of the clip, in time order. */
    public List<NoteEvent> transcribe(AudioClip clip) {
        return segmenter.segment(tracker.track(clip));
    }
}
