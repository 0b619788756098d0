/**
 * Symbolic augmentation: pure functions from a tune (and an explicit
 * {@link java.util.random.RandomGenerator}) to a varied excerpt of it, so that a data set is the
 * same for the same seed however many threads build it. Cut an excerpt
 * ({@link org.scorelab.render.augment.ExcerptSampler}), move it to another key
 * ({@link org.scorelab.render.augment.Transposer}), put it under another clef
 * ({@link org.scorelab.render.augment.ClefAssigner}) and vary its symbols
 * ({@link org.scorelab.render.augment.VarietyEdits}); {@link org.scorelab.render.augment.SampleAugmenter}
 * chains them under an {@link org.scorelab.render.augment.AugmentationConfig}.
 */
package org.scorelab.render.augment;
