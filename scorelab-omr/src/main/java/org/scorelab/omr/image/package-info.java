/**
 * Images in and out of the page recognizer: {@link org.scorelab.omr.image.ImageInput} loads a PNG
 * or JPEG as 8-bit grayscale with clear refusals of bad files, and
 * {@link org.scorelab.omr.image.StaffCropper} cuts each found staff out of the page, deskewed and
 * scaled to the interline the staff recognizer was trained on.
 */
package org.scorelab.omr.image;
