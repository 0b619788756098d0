/**
 * Audio analysis: windows, framing, the short-time Fourier transform, mel filterbanks, log-mel,
 * MFCC, chroma and frame-wise summary features, spectral distances between two clips, a
 * band-limited resampler and {@link org.scorelab.audio.analysis.AudioSource}, which turns WAV,
 * MIDI, ABC and MusicXML files into one mono clip at the analysis rate.
 *
 * <p>Configuration lives in immutable records that check their fields when made; the results
 * ({@link org.scorelab.audio.analysis.Spectrogram}, {@link org.scorelab.audio.analysis.Features})
 * never change once made. The conventions (periodic Hann window, centred frames with zero
 * padding, Slaney mel scale with area normalisation, power to dB with an 80 dB range, orthonormal
 * DCT-II) are those of librosa's defaults, so numbers can be checked against it.
 */
package org.scorelab.audio.analysis;
