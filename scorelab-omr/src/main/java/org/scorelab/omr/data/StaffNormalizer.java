package org.scorelab.omr.data;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.omr.image.StaffCropper;
import org.scorelab.omr.page.Staff;
import org.scorelab.omr.page.StaffFinder;

/**
 * Turns any image of staves (a tight PrIMuS crop, a synthesised training staff, a scanned page)
 * into network inputs of one scale: the staves are found ({@link StaffFinder}), deskewed and cut
 * with a fixed context above and below ({@link StaffCropper}), and resampled so that the interline
 * is {@code interline} pixels. Scaling by the interline rather than by the image height is what
 * makes training images and real crops look alike: a PrIMuS image's height depends on how far its
 * notes reach above and below the staff, the interline does not. Training and recognition both go
 * through this one class, so their inputs cannot drift apart.
 *
 * @param interline the interline of the network input in pixels
 * @param above     context above the top line, in interlines
 * @param below     context below the bottom line, in interlines
 */
public record StaffNormalizer(double interline, double above, double below) {

    /** Context left and right of the staff lines, in interlines: the clef starts right at the lines. */
    static final double SIDES = 0.5;

    public StaffNormalizer {
        new StaffCropper(interline, above, below, SIDES);
    }

    /** The input height in pixels, the same for every staff. */
    public int height() {
        return cropper().cropHeight();
    }

    private StaffCropper cropper() {
        return new StaffCropper(interline, above, below, SIDES);
    }

    /** Every staff of a page, in reading order (top to bottom); empty when none is found. */
    public List<StaffImage> staves(BufferedImage page) {
        List<Staff> found = new StaffFinder().find(page);
        List<StaffImage> out = new ArrayList<>(found.size());
        for (BufferedImage crop : cropper().cropAll(page, found)) {
            out.add(ink(crop));
        }
        return out;
    }

    /**
     * The one staff of a single-staff image (a training sample, a PrIMuS crop): the longest found.
     *
     * @throws InvalidInputException when no staff is found
     */
    public StaffImage single(BufferedImage image, String source) throws InvalidInputException {
        List<Staff> found = new StaffFinder().find(image);
        Staff best = found.stream().max(Comparator.comparingDouble(s -> s.right() - s.left()))
                .orElseThrow(() -> new InvalidInputException(source, "image",
                        "found no five-line staff, expected an image of one staff"));
        return ink(cropper().crop(image, best));
    }

    private static StaffImage ink(BufferedImage gray) {
        byte[] g = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        byte[] ink = new byte[g.length];
        for (int i = 0; i < g.length; i++) {
            ink[i] = (byte) (255 - (g[i] & 0xff));
        }
        return new StaffImage(gray.getHeight(), gray.getWidth(), ink);
    }
}
