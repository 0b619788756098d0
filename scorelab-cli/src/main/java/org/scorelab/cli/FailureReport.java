package org.scorelab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the inputs that failed during one command, and prints them at the end: every failure
 * by name, then a count per reason, so a user sees both the details and the pattern.
 */
final class FailureReport {

    private final List<String> messages = new ArrayList<>();
    private final Map<String, Integer> byReason = new TreeMap<>();

    synchronized void add(String message, String reason) {
        messages.add(message);
        byReason.merge(shorten(reason), 1, Integer::sum);
    }

    synchronized boolean isEmpty() {
        return messages.isEmpty();
    }

    synchronized int size() {
        return messages.size();
    }

    /** Prints the failures (at most {@code limit} in full) and returns the exit code. */
    synchronized int print(PrintWriter err, int limit) {
        if (messages.isEmpty()) {
            return ExitCode.OK;
        }
        err.printf("%d input(s) failed:%n", messages.size());
        messages.stream().limit(limit).forEach(m -> err.println("  " + m));
        if (messages.size() > limit) {
            err.printf("  ... and %d more%n", messages.size() - limit);
        }
        if (byReason.size() > 1) {
            err.println("by reason:");
            byReason.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> err.printf("  %5d  %s%n", e.getValue(), e.getKey()));
        }
        err.flush();
        return ExitCode.FAILED;
    }

    /**
     * Reasons differ in the details they quote (the token found, the tune's number and title);
     * group by the shape of the message with those details blanked out.
     */
    static String shorten(String reason) {
        if (reason == null) {
            return "unknown";
        }
        String r = reason;
        int tune = r.indexOf(" (tune ");
        if (tune > 0) {
            r = r.substring(0, tune);
        }
        return r.replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "N").trim();
    }
}
