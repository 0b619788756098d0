package org.scorelab.render.verovio;

/** One rendering failed: Verovio refused the MEI, the worker timed out or crashed. */
public class RenderException extends Exception {
    private static final long serialVersionUID = 1L;

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
