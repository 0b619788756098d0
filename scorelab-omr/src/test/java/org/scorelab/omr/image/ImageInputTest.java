package org.scorelab.omr.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.omr.page.TestPages;

class ImageInputTest {
    private final ImageInput input = ImageInput.DEFAULT;

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    private static String message(byte[] bytes, ImageInput in) {
        try {
            in.read("page.img", bytes);
        } catch (InvalidInputException e) {
            assertThat(e.source()).isEqualTo("page.img");
            return e.location() + ": " + e.reason();
        }
        throw new AssertionError("expected the image to be refused");
    }

    @Test
    void readsTheStoredPageAsEightBitGray(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("page.png");
        Files.write(file, TestPages.bytes(TestPages.CLEAN));
        BufferedImage page = input.read(file);
        assertThat(page.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(page.getWidth()).isEqualTo(2480);
        assertThat(page.getHeight()).isEqualTo(3508);
    }

    @Test
    void readsJpegAndConvertsColourToLuma() throws Exception {
        BufferedImage rgb = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                rgb.setRGB(x, y, x < 32 ? 0xff0000 : 0xffffff);
            }
        }
        BufferedImage fromPng = input.read("red.png", encode(rgb, "png"));
        assertThat(fromPng.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(fromPng.getRaster().getSample(3, 3, 0)).isEqualTo(77);
        assertThat(fromPng.getRaster().getSample(60, 3, 0)).isEqualTo(255);
        BufferedImage fromJpeg = input.read("red.jpg", encode(rgb, "jpeg"));
        assertThat(fromJpeg.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(fromJpeg.getRaster().getSample(3, 3, 0)).isBetween(70, 84);
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(message(new byte[0], input))
                .isEqualTo("byte 0: the file is empty (0 bytes), expected a PNG or JPEG image");
    }

    @Test
    void refusesWhatIsNotAnImage() {
        assertThat(message("<mei>not a picture</mei>".getBytes(), input))
                .isEqualTo("byte 0: not an image: the file starts with 3c 6d 65 69 3e 6e 6f 74, expected a PNG or JPEG image");
    }

    @Test
    void refusesATruncatedPng() {
        byte[] png = TestPages.bytes(TestPages.CLEAN);
        assertThat(message(Arrays.copyOf(png, png.length / 2), input))
                .startsWith("pixel data: corrupt or truncated PNG data: ");
        assertThat(message(Arrays.copyOf(png, 20), input))
                .startsWith("header: corrupt or truncated PNG header: ");
    }

    @Test
    void refusesACorruptPng() {
        byte[] png = TestPages.bytes(TestPages.CLEAN).clone();
        for (int i = 2000; i < 2400; i++) {
            png[i] = (byte) (png[i] ^ 0x5a);
        }
        assertThat(message(png, input)).startsWith("pixel data: corrupt or truncated PNG data: ");
    }

    @Test
    void refusesATruncatedJpeg() throws Exception {
        byte[] jpeg = encode(TestPages.staff(), "jpeg");
        assertThat(message(Arrays.copyOf(jpeg, jpeg.length * 2 / 3), input))
                .startsWith("pixel data: corrupt or truncated JPEG data: ");
    }

    @Test
    void refusesABlankImage() throws Exception {
        BufferedImage white = new BufferedImage(300, 200, BufferedImage.TYPE_BYTE_GRAY);
        Arrays.fill(((java.awt.image.DataBufferByte) white.getRaster().getDataBuffer()).getData(), (byte) 250);
        white.getRaster().setSample(5, 5, 0, 240);
        assertThat(message(encode(white, "png"), input))
                .isEqualTo("pixel data: the image is blank: every pixel is a gray level in 240..250, "
                        + "expected dark notation on light paper");
    }

    @Test
    void refusesAGiganticImageFromItsHeaderAlone() {
        assertThat(message(pngHeader(20000, 20000), input))
                .isEqualTo("header: the PNG image is 20000x20000 = 400.0 megapixels, above the limit of 100.0 "
                        + "megapixels (checked from the header, before decoding); scale it down first");
        assertThat(message(TestPages.bytes(TestPages.CLEAN), new ImageInput(1_000_000)))
                .isEqualTo("header: the PNG image is 2480x3508 = 8.7 megapixels, above the limit of 1.0 "
                        + "megapixels (checked from the header, before decoding); scale it down first");
    }

    @Test
    void namesAMissingFile(@TempDir Path dir) {
        Path missing = dir.resolve("nothing.png");
        assertThatThrownBy(() -> input.read(missing))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).reason()).isEqualTo("no such file"));
        assertThatThrownBy(() -> new ImageInput(0)).hasMessage("maxPixels must be positive, was 0");
    }

    /** A PNG signature and IHDR chunk claiming the given size, with no pixel data at all. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes()).putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer out = ByteBuffer.allocate(8 + 4 + 17 + 4);
        out.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        out.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        return out.array();
    }
}
