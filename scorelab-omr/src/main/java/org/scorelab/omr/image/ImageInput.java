package org.scorelab.omr.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.omr.page.GrayPixels;

/**
 * Loads a score image (PNG, JPEG, or anything else the JDK's ImageIO reads) as an 8-bit grayscale
 * image, refusing with a message what cannot be a score: no bytes, not an image, a truncated or
 * corrupt file, a blank page, or an image so large that decoding it would exhaust memory. The
 * size is read from the header and checked before a single pixel is decoded.
 *
 * @param maxPixels the largest image accepted, width times height
 */
public record ImageInput(long maxPixels) {
    /** 100 megapixels: an A4 page at 1200 dpi is 140, at 600 dpi 35, at 300 dpi 8.7. */
    public static final long DEFAULT_MAX_PIXELS = 100_000_000L;
    /** Accepts up to {@link #DEFAULT_MAX_PIXELS}. */
    public static final ImageInput DEFAULT = new ImageInput(DEFAULT_MAX_PIXELS);
    /** A page whose gray levels span less than this is blank. */
    static final int MIN_CONTRAST = 32;

    public ImageInput {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("maxPixels must be positive, was " + maxPixels);
        }
    }

    /**
     * Reads an image file.
     *
     * @throws InvalidInputException naming the file and what is wrong with it
     */
    public BufferedImage read(Path file) throws InvalidInputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "file", "no such file", e);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "file", "cannot read: " + e.getMessage(), e);
        }
        return read(file.toString(), bytes);
    }

    /**
     * Reads an image held in memory.
     *
     * @param source the name used in messages
     * @throws InvalidInputException naming the source and what is wrong with it
     */
    public BufferedImage read(String source, byte[] bytes) throws InvalidInputException {
        if (bytes.length == 0) {
            throw new InvalidInputException(source, "byte 0", "the file is empty (0 bytes), expected a PNG or JPEG image");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidInputException(source, "byte 0", "not an image: the file starts with "
                        + hex(bytes) + ", expected a PNG or JPEG image");
            }
            ImageReader reader = readers.next();
            String format = reader.getFormatName().toUpperCase(Locale.ROOT);
            try {
                reader.setInput(in, true, true);
                int width;
                int height;
                try {
                    width = reader.getWidth(0);
                    height = reader.getHeight(0);
                } catch (IOException | RuntimeException e) {
                    throw new InvalidInputException(source, "header", "corrupt or truncated " + format
                            + " header: " + why(e), e);
                }
                if (width < 1 || height < 1) {
                    throw new InvalidInputException(source, "header", "the " + format + " image is empty ("
                            + width + "x" + height + " pixels)");
                }
                long pixels = (long) width * height;
                if (pixels > maxPixels) {
                    throw new InvalidInputException(source, "header", String.format(Locale.ROOT,
                            "the %s image is %dx%d = %.1f megapixels, above the limit of %.1f megapixels "
                                    + "(checked from the header, before decoding); scale it down first",
                            format, width, height, pixels / 1e6, maxPixels / 1e6));
                }
                StringBuilder warnings = new StringBuilder();
                reader.addIIOReadWarningListener(new Warnings(warnings));
                BufferedImage image;
                try {
                    image = reader.read(0);
                } catch (IOException | RuntimeException e) {
                    throw new InvalidInputException(source, "pixel data", "corrupt or truncated " + format
                            + " data: " + why(e), e);
                }
                if (warnings.length() > 0) {
                    throw new InvalidInputException(source, "pixel data", "corrupt or truncated " + format
                            + " data: " + warnings);
                }
                return blankChecked(source, gray(image));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new InvalidInputException(source, "byte 0", "cannot read the image: " + why(e), e);
        }
    }

    private static BufferedImage gray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        byte[] px = GrayPixels.of(image);
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        System.arraycopy(px, 0, ((DataBufferByte) out.getRaster().getDataBuffer()).getData(), 0, px.length);
        return out;
    }

    private static BufferedImage blankChecked(String source, BufferedImage gray) throws InvalidInputException {
        byte[] px = GrayPixels.of(gray);
        int min = 255;
        int max = 0;
        for (byte b : px) {
            int v = b & 0xff;
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
            if (max - min >= MIN_CONTRAST) {
                return gray;
            }
        }
        throw new InvalidInputException(source, "pixel data", "the image is blank: every pixel is a gray level in "
                + min + ".." + max + ", expected dark notation on light paper");
    }

    private static String why(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (sb.indexOf(m) < 0) {
                sb.append(sb.length() == 0 ? "" : ": ").append(m);
            }
        }
        return sb.toString();
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(8, bytes.length); i++) {
            sb.append(i == 0 ? "" : " ").append(String.format("%02x", bytes[i] & 0xff));
        }
        return sb.toString();
    }

    /** Collects the decoder's warnings: the JPEG decoder reports a cut-off file only as one. */
    private record Warnings(StringBuilder sink) implements IIOReadWarningListener {
        @Override
        public void warningOccurred(ImageReader source, String warning) {
            sink.append(sink.length() == 0 ? "" : "; ").append(warning);
        }
    }
}
