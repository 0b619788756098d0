/** Input and output helpers shared by every codec: the bad-input exception and atomic writes. */
package org.scorelab.core.io;
