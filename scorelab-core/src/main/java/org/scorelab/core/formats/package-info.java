/**
 * The registry of file formats: which reader opens a file by its extension, which writer makes
 * each output format. The only package that knows every codec.
 */
package org.scorelab.core.formats;
