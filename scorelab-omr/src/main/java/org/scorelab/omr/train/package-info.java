/**
 * Training of the staff recognizer (Adam, CTC, checkpoints with resume, per-epoch history and
 * plot) and the trained model as it is saved, loaded and used.
 */
package org.scorelab.omr.train;
