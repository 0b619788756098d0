/**
 * Audio for scorelab: {@link org.scorelab.audio.AudioClip} is the sample buffer every part
 * passes around; {@code wav} reads and writes it, {@code synth} renders MIDI into it and
 * {@code dataset} turns labelled tunes into a folder of clips with a manifest.
 */
package org.scorelab.audio;
