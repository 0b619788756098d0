/**
 * Optimizers whose state can be saved and loaded, so that a training run stopped after a
 * checkpoint continues exactly where it was. DJL 0.36 keeps an optimizer's state (Adam's moment
 * estimates and update counts) in private fields, so a run resumed with a DJL optimizer restarts
 * it cold: the bias correction starts again at step 1 and the first steps jolt the loss.
 */
package org.scorelab.nn.optim;
