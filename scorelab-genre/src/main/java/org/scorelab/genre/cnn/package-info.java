/**
 * Genre from a convolutional network on log-mel spectrograms: {@link org.scorelab.genre.cnn.MelInput}
 * turns a clip into a level-normalised log-mel image, {@link org.scorelab.genre.cnn.MelClips} renders
 * and caches those images per sound set, {@link org.scorelab.genre.cnn.MelCnn} is the network,
 * {@link org.scorelab.genre.cnn.MelCnnTrainer} trains it on random crops, {@link
 * org.scorelab.genre.cnn.MelCnnModel} classifies whole clips by averaging its windows, and {@link
 * org.scorelab.genre.cnn.MelCnnExperiment} scores it across sound sets beside the other audio routes.
 */
package org.scorelab.genre.cnn;
