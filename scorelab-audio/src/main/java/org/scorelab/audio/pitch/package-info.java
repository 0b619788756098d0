/**
 * Melody transcription of monophonic audio: a YIN pitch tracker ({@link org.scorelab.audio.pitch.YinPitchTracker}),
 * note segmentation by pitch changes and spectral-flux onsets ({@link org.scorelab.audio.pitch.NoteSegmenter}),
 * both together in {@link org.scorelab.audio.pitch.Transcriber}, and the notes a MIDI sequence plays
 * ({@link org.scorelab.audio.pitch.SequenceNotes}) so that classifiers can be trained on what a perfect
 * transcription would give.
 *
 * <p>Why transcription: a classifier on timbre features learns the sound set it was trained on;
 * the notes are the same whichever sound set plays them.
 */
package org.scorelab.audio.pitch;
