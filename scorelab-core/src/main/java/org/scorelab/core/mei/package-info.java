/**
 * MEI 4 output (Music Encoding Initiative) in the shape the PrIMuS files have and Verovio reads,
 * so that a tune can be engraved to an image whose symbols match its PrIMuS agnostic tokens.
 */
package org.scorelab.core.mei;
