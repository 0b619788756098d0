package org.scorelab.omr.eval.page;

import java.util.List;
import org.scorelab.render.page.ScanDegradation;

/**
 * One page to read, with what is on it: the image file as a user would hand it over, the whole
 * tune's tokens and each drawn system's tokens.
 *
 * @param name      the page's name, e.g. {@code page-007}; the file is {@code name.format}
 * @param format    {@code png} or {@code jpg}
 * @param image     the encoded image file (not copied: treat as read-only)
 * @param tune      where the tune comes from (file and number, for the report)
 * @param title     the tune's title, engraved at the top of the page
 * @param scan      the scan-like degradation applied, JPEG quality included for a JPEG file
 * @param reference the whole tune's semantic tokens
 * @param systems   the semantic tokens of each system drawn, top to bottom, each restating the
 *                  clef, key and time signature in force as a staff recogniser reads them
 */
public record PageCase(String name, String format, byte[] image, String tune, String title, ScanDegradation scan,
                       List<String> reference, List<List<String>> systems) {

    public PageCase {
        if (name == null || name.isBlank() || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("page name must be letters, digits, '.', '_' or '-', was '" + name + "'");
        }
        if (!"png".equals(format) && !"jpg".equals(format)) {
            throw new IllegalArgumentException("format must be png or jpg, was '" + format + "'");
        }
        if (image == null || scan == null) {
            throw new IllegalArgumentException("image and scan are required");
        }
        tune = tune == null ? "" : tune;
        title = title == null ? "" : title;
        reference = List.copyOf(reference);
        systems = systems.stream().map(List::copyOf).toList();
    }

    /** The image file's name. */
    public String fileName() {
        return name + "." + format;
    }

    /** How many staves are drawn on the page: one per system, the tunes being monophonic. */
    public int stavesDrawn() {
        return systems.size();
    }
}
