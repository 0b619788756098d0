/**
 * From a page image to its staves: deskewing, the interline and line thickness measured from
 * vertical run lengths, staff lines found in the projection of thin horizontal runs and grouped
 * into five-line staves with tolerances relative to the interline. Text, margins and a blank page
 * give no staff rather than an error.
 */
package org.scorelab.omr.page;
