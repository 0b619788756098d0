/**
 * Standard MIDI Files to and from the music model. {@link org.scorelab.core.midi.MidiWriter} turns
 * a tune into a type 1 file (conductor track plus one note track) or a
 * {@link javax.sound.midi.Sequence} for a synthesizer; {@link org.scorelab.core.midi.MidiReader}
 * reduces a performance or an exported score to one quantised monophonic tune.
 */
package org.scorelab.core.midi;
