/**
 * Classifiers over feature vectors, in Tribuo's split of roles: {@link
 * org.scorelab.genre.classify.GenreTrainer} holds a configuration and a seed, {@link
 * org.scorelab.genre.classify.GenreModel} is immutable and only predicts, and carries its
 * provenance into the file it is saved to. The learning itself is Tribuo's (CART, random forest,
 * k-nearest neighbours, softmax regression by SGD, LibLinear and LibSVM), all pure Java.
 */
package org.scorelab.genre.classify;
