/**
 * The staff recognizer's network: its configuration and the factory that builds it from the
 * scorelab-nn blocks (multiscale residual CNN, bidirectional SRU, CTC output).
 */
package org.scorelab.omr.model;
