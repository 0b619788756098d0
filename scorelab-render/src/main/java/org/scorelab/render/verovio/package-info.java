/**
 * Drives Verovio (WebAssembly, in a long-lived Node.js process) to turn MEI into 8-bit grayscale
 * PNG: one {@link org.scorelab.render.verovio.VerovioWorker} per process, a
 * {@link org.scorelab.render.verovio.VerovioPool} of them for parallel rendering. One process
 * renders thousands of images, because starting Verovio costs far more than a rendering.
 */
package org.scorelab.render.verovio;
