/**
 * Fixed-length feature vectors computed from a tune's notes alone, never from the header fields
 * or chord symbols that name its label, so that a classifier learns the music and not the
 * catalogue.
 */
package org.scorelab.genre.features;
