/**
 * WAV files through {@code javax.sound.sampled}: 16-bit PCM out, 8/16/24/32-bit PCM and 32-bit
 * float in, stereo mixed down to mono on reading because every consumer here analyses one channel.
 */
package org.scorelab.audio.wav;
