/**
 * Judging a classifier on held-out samples: accuracy, macro-F1 (which, unlike accuracy, does not
 * let the large German class hide failures on the small ones), per-class precision and recall,
 * the confusion matrix, and a picture of it.
 */
package org.scorelab.genre.eval;
