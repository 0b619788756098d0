/**
 * Style and dance type from audio. The main route transcribes the melody
 * ({@link org.scorelab.audio.pitch.Transcriber}) and classifies the notes with
 * {@link org.scorelab.genre.audio.NoteFeatures}; the baseline classifies summary spectral features
 * ({@link org.scorelab.genre.audio.AudioSummaryFeatures}). {@link org.scorelab.genre.audio.AudioGenreExperiment}
 * trains on clips rendered with one sound set and tests on clips of held-out titles rendered with
 * another, because a classifier of audio is only useful when it does not hinge on the sounds it was
 * trained with.
 *
 * <p>A second route turns the transcription into a score: {@link org.scorelab.genre.audio.TranscriptionQuantizer}
 * quantises it into a {@link org.scorelab.core.model.Tune} so the symbolic features (less their meter
 * and notation groups) can judge it; {@link org.scorelab.genre.audio.TranscriptionVectors} names the
 * vectors a transcription can be judged by, and {@link org.scorelab.genre.audio.QuantizedGenreExperiment}
 * measures the ceiling on perfect notes per clip length and the route on audio.
 */
package org.scorelab.genre.audio;
