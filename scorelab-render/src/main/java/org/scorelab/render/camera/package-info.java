/**
 * Makes a clean rendered staff look photographed, as Camera-PrIMuS does: blur, a small rotation
 * and perspective, uneven light, paper texture and noise, contrast change and a JPEG round trip,
 * all drawn from an explicit generator so that a seed gives the same image every time.
 */
package org.scorelab.render.camera;
