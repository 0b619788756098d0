/**
 * The {@code scorelab} command line. Commands only parse arguments, call the library and print:
 * no music logic lives here. Exit codes: 0 all done, 1 some inputs failed (each named on stderr),
 * 2 usage error.
 */
package org.scorelab.cli;
