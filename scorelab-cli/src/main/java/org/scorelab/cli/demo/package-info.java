/**
 * The OMR part of {@code scorelab demo}: bundled score images (a single staff and an A4 page,
 * engraved from public-domain tunes with their ground truth) read by the shipped OMR model, the
 * results written in every output kind and shown beside the images on one HTML page. Kept out of
 * {@code org.scorelab.cli} so the demo command stays a short list of steps.
 */
package org.scorelab.cli.demo;
