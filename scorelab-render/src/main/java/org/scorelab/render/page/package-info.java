/**
 * Whole score pages for testing optical music recognition on pages rather than single staves:
 * a tune engraved by Verovio on a paper-sized page (several systems, the title, margins), an
 * optional scan-like degradation (skew, blur, noise, JPEG), and the ground truth of each system
 * (its measures and where its staff lines are).
 */
package org.scorelab.render.page;
