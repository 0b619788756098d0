/**
 * Style and dance type from audio. The main route transcribes the melody
 * ({@link org.scorelab.audio.pitch.Transcriber}) and classifies the notes with
 * {@link org.scorelab.genre.audio.NoteFeatures}; the baseline classifies summary spectral features
 * ({@link org.scorelab.genre.audio.AudioSummaryFeatures}). {@link org.scorelab.genre.audio.AudioGenreExperiment}
 * trains on clips rendered with one sound set and tests on clips of held-out titles rendered with
 * another, because a classifier of audio is only useful when it does not hinge on the sounds it was
 * trained with.
 */
package org.scorelab.genre.audio;
