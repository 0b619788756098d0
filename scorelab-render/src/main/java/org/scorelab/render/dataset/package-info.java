/**
 * The OMR training-data builder: PrIMuS-like samples (an image of one staff with its MEI,
 * semantic and agnostic encodings) drawn from a corpus of tunes, with a manifest. The
 * encodings come from a {@link org.scorelab.render.dataset.SampleEncoder}, so this package does
 * not depend on which writers produce them; splits are decided upstream by title
 * ({@link org.scorelab.render.dataset.TitleSplit}) so that no tune leaks from training into test.
 */
package org.scorelab.render.dataset;
