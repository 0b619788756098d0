/**
 * Convolutional front end of the recognition models: convolution + batch normalisation + leaky
 * ReLU units, residual blocks, the fusion of a shallow and a deep feature map, and the collapse of
 * a feature map into a left-to-right sequence of column vectors.
 */
package org.scorelab.nn.cnn;
