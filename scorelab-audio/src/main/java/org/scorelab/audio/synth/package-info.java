/**
 * Offline MIDI synthesis with the JDK's software synthesizer (Gervill): its
 * {@code AudioSynthesizer.openStream} pulls audio as fast as the CPU makes it, with no sound card.
 * The class lives in {@code com.sun.media.sound}, so compiling, testing and running need
 * {@code --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED}.
 */
package org.scorelab.audio.synth;
