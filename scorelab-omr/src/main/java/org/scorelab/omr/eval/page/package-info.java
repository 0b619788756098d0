/**
 * Whole-page evaluation of optical music recognition: held-out tunes engraved as scanned A4 pages
 * (title, several systems, skew, blur, noise, PNG or JPEG), read by a page reader, joined into one
 * part and scored against the whole tune, with a clef, key or time signature that merely restates
 * the one in force counted as no error ({@link org.scorelab.omr.eval.page.Restatements}). Reports
 * staves found against staves drawn, the SER of each page and the seconds each stage took.
 */
package org.scorelab.omr.eval.page;
