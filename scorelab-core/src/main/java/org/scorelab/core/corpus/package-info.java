/**
 * The labelled tune collections: the index that names each tune's style and dance, and the
 * title-based split that keeps every tune title on one side of train/validation/test.
 */
package org.scorelab.core.corpus;
