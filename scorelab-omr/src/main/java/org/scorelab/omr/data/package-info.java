/**
 * Training and evaluation data of the staff recognizer: the token vocabulary, staff images
 * normalised by their interline, the samples of a data set folder with its manifest split, and
 * padded batches.
 */
package org.scorelab.omr.data;
