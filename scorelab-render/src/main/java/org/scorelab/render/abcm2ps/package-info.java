/**
 * A second engraver for OMR test sets: the excerpt is written as ABC by scorelab's own
 * {@link org.scorelab.core.abc.AbcWriter}, trimmed to what the Verovio images also show, drawn by
 * the abcm2ps program as SVG, rasterised by the render worker's resvg and cropped to the staff.
 * Its glyphs, spacing and stems are abcm2ps's own, so a model trained on Verovio images can be
 * scored on staves from an engraver it never saw. docs/other-engravers.md says what abcm2ps draws
 * differently and how each difference is handled.
 */
package org.scorelab.render.abcm2ps;
