/**
 * DJL building blocks shared by the scorelab models: the convolutional front end ({@code cnn}), the
 * recurrences ({@code rnn}) and connectionist temporal classification ({@code ctc}). The blocks
 * follow the house style: builders with required {@code setX} and optional {@code optX}, parameters
 * declared in the constructor, shapes in {@code initializeChildBlocks}/{@code getOutputShapes} and
 * computation only in {@code forwardInternal}.
 */
package org.scorelab.nn;
