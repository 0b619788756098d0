/**
 * Audio data sets made from symbolic tunes: each labelled tune is played by a General MIDI
 * instrument at a tempo that suits its dance and meter, both drawn from a random stream seeded by
 * the data set seed and the tune's id, so rebuilding gives the same clips whatever the order or
 * the number of threads.
 */
package org.scorelab.audio.dataset;
