/**
 * Turns symbolic music into images: the OMR training-data builder. Sub-packages render MEI with
 * Verovio ({@code verovio}), vary the music before rendering ({@code augment}), make a clean
 * image look photographed ({@code camera}) and tie them into a PrIMuS-like data set
 * ({@code dataset}).
 */
package org.scorelab.render;
