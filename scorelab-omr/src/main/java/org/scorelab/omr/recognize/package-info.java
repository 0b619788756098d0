/**
 * Reading score images: staves found on each page, normalised, recognised in batches, decoded
 * to tokens and joined into one tune per image in any output format.
 */
package org.scorelab.omr.recognize;
