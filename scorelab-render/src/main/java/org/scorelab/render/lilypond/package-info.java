/**
 * A third engraver for OMR test sets: the excerpt is written as LilyPond input, engraved by
 * LilyPond 2.24 (one long-lived process per thread, since LilyPond starts in seconds) as SVG,
 * rasterised by the render worker's resvg at an interline of 18 px and cropped to the staff.
 * LilyPond's glyphs (Emmentaler), spacing, beaming and accidental rules are its own, so a model
 * trained on Verovio and abcm2ps images can be scored on staves from an engraver it never saw.
 * docs/other-engravers.md says what LilyPond draws differently and how each difference is handled.
 */
package org.scorelab.render.lilypond;
