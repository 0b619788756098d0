package org.scorelab.core.io;

/**
 * Input that cannot be read: names the source, where in it the problem is, and what was found
 * against what was expected, e.g. {@code tune.abc: line 12, col 5: unknown note length '/0'}.
 */
public class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String location;
    private final String reason;

    public InvalidInputException(String source, String location, String reason) {
        this(source, location, reason, null);
    }

    public InvalidInputException(String source, String location, String reason, Throwable cause) {
        super(format(source, location, reason), cause);
        this.source = source;
        this.location = location;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    public String location() {
        return location;
    }

    public String reason() {
        return reason;
    }

    private static String format(String source, String location, String reason) {
        StringBuilder sb = new StringBuilder(source == null ? "<input>" : source);
        if (location != null && !location.isEmpty()) {
            sb.append(": ").append(location);
        }
        return sb.append(": ").append(reason).toString();
    }
}
