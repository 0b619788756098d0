/**
 * The contracts every format implements: a {@link org.scorelab.core.codec.TuneReader} turns a
 * file into tunes (keeping the good ones when some fail) and a
 * {@link org.scorelab.core.codec.TuneWriter} turns one tune into the bytes of one file.
 */
package org.scorelab.core.codec;
