package org.scorelab.nn.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.core.io.InvalidInputException;

/**
 * The saved state of an {@link Adam}, and its file format (by convention {@code NAME.adam} next to
 * the weights {@code NAME.params} it belongs to). Integers are big-endian; strings are a 2-byte
 * big-endian length and that many bytes of UTF-8:
 *
 * <pre>
 * string  "scorelab adam"              what the file is
 * int32   1                            format version
 * int32   steps                        Adam's step count t (the largest update count)
 * int32   n                            parameters with state
 * n times:
 *   string  name                       the parameter's name in its block (Block.getParameters)
 *   int32   updates                    this parameter's update count
 *   string  data type                  DJL's DataType name, e.g. FLOAT32
 *   int32   rank, then rank x int64    the shape
 *   bytes   first moment m             size x element bytes, little-endian
 *   bytes   second moment v            likewise
 * </pre>
 *
 * @param steps   Adam's step count {@code t}
 * @param moments per parameter, in the block's order
 */
record AdamState(int steps, List<Moments> moments) {

    static final String MAGIC = "scorelab adam";
    static final int VERSION = 1;

    AdamState {
        moments = List.copyOf(moments);
    }

    /**
     * One parameter's state; the arrays are raw little-endian bytes of {@code dataType}.
     *
     * @param name     the parameter's name in its block
     * @param updates  its update count
     * @param shape    its shape
     * @param dataType its data type
     * @param mean     the first moment estimate
     * @param variance the second moment estimate
     */
    record Moments(String name, int updates, Shape shape, DataType dataType, byte[] mean, byte[] variance) {
    }

    void write(Path file) throws IOException {
        AtomicFiles.write(file, stream -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
            string(out, MAGIC);
            out.writeInt(VERSION);
            out.writeInt(steps);
            out.writeInt(moments.size());
            for (Moments m : moments) {
                string(out, m.name());
                out.writeInt(m.updates());
                string(out, m.dataType().name());
                out.writeInt(m.shape().dimension());
                for (long d : m.shape().getShape()) {
                    out.writeLong(d);
                }
                out.write(m.mean());
                out.write(m.variance());
            }
            out.flush();
        });
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length > 0xFFFF) {
            throw new IllegalArgumentException("name longer than 65535 bytes: " + s.substring(0, 40) + "...");
        }
        out.writeShort(b.length);
        out.write(b);
    }

    /** Reads a state file, checking its structure (not yet against a network: {@link Adam#load} does). */
    static AdamState read(Path file) throws IOException, InvalidInputException {
        String source = file.toString();
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(source, "", "no such file, expected an Adam state file", e);
        }
        ByteBuffer in = ByteBuffer.wrap(all).order(ByteOrder.BIG_ENDIAN);
        try {
            byte[] header = header();
            byte[] head = Arrays.copyOf(all, Math.min(all.length, header.length));
            if (!Arrays.equals(head, header)) {
                throw new InvalidInputException(source, "byte 0", "found '"
                        + printable(new String(head, StandardCharsets.ISO_8859_1))
                        + "', expected an Adam state file starting '" + MAGIC + "'");
            }
            in.position(head.length);
            int version = in.getInt();
            if (version != VERSION) {
                throw new InvalidInputException(source, "byte " + (in.position() - 4),
                        "format version " + version + ", expected " + VERSION);
            }
            int steps = in.getInt();
            int n = in.getInt();
            if (steps < 0 || n < 0) {
                throw new InvalidInputException(source, "byte " + (in.position() - 8),
                        "negative step count " + steps + " or parameter count " + n);
            }
            List<Moments> moments = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int at = in.position();
                String name = string(in, source);
                int updates = in.getInt();
                String type = string(in, source);
                DataType dataType;
                try {
                    dataType = DataType.valueOf(type);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(source, "parameter '" + name + "'",
                            "unknown data type '" + printable(type) + "', expected a DJL DataType name such as FLOAT32");
                }
                int rank = in.getInt();
                if (rank < 0 || rank > 32) {
                    throw new InvalidInputException(source, "parameter '" + name + "'",
                            "rank " + rank + ", expected 0 to 32");
                }
                long[] dims = new long[rank];
                long size = 1;
                for (int d = 0; d < rank; d++) {
                    dims[d] = in.getLong();
                    if (dims[d] < 0 || (dims[d] > 0 && size > Integer.MAX_VALUE / dims[d])) {
                        throw new InvalidInputException(source, "parameter '" + name + "'",
                                "dimension " + dims[d] + " of a shape too large for one array");
                    }
                    size *= dims[d];
                }
                long bytes = size * dataType.getNumOfBytes();
                if (2 * bytes > in.remaining()) {
                    throw new InvalidInputException(source, "parameter '" + name + "' (byte " + at + ")",
                            "the file ends early: " + in.remaining() + " bytes left, expected two arrays of " + bytes);
                }
                byte[] mean = new byte[(int) bytes];
                byte[] variance = new byte[(int) bytes];
                in.get(mean);
                in.get(variance);
                moments.add(new Moments(name, updates, new Shape(dims), dataType, mean, variance));
            }
            if (in.hasRemaining()) {
                throw new InvalidInputException(source, "byte " + in.position(),
                        in.remaining() + " bytes after the last of " + n + " parameters, expected the end of the file");
            }
            return new AdamState(steps, moments);
        } catch (BufferUnderflowException e) {
            throw new InvalidInputException(source, "byte " + in.position(),
                    "the file ends early (" + all.length + " bytes), expected more of an Adam state file", e);
        }
    }

    /** The first bytes of every state file: the length and bytes of {@link #MAGIC}. */
    private static byte[] header() {
        byte[] magic = MAGIC.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(magic.length + 2).putShort((short) magic.length).put(magic).array();
    }

    private static String string(ByteBuffer in, String source) throws InvalidInputException {
        int at = in.position();
        int length = Short.toUnsignedInt(in.getShort());
        if (length > in.remaining()) {
            throw new InvalidInputException(source, "byte " + at,
                    "a string of " + length + " bytes but only " + in.remaining() + " left, expected an Adam state file");
        }
        byte[] b = new byte[length];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static String printable(String s) {
        String t = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        return t.replaceAll("[^\\x20-\\x7e]", "?");
    }

    /** An array's values as little-endian bytes. */
    static byte[] bytes(NDArray array) {
        ByteBuffer raw = array.toByteBuffer();
        byte[] out = new byte[raw.remaining()];
        raw.get(out);
        if (raw.order() != ByteOrder.LITTLE_ENDIAN) {
            swap(out, array.getDataType().getNumOfBytes());
        }
        return out;
    }

    /** A detached array like {@code like} (manager, device, data type) of the given shape and bytes. */
    static NDArray array(NDArray like, Shape shape, byte[] littleEndian) {
        byte[] b = littleEndian.clone();
        if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
            swap(b, like.getDataType().getNumOfBytes());
        }
        ByteBuffer buffer = ByteBuffer.allocateDirect(b.length).order(ByteOrder.nativeOrder());
        buffer.put(b).rewind();
        NDArray a = like.getManager().create(buffer, shape, like.getDataType()).toDevice(like.getDevice(), false);
        a.detach();
        return a;
    }

    private static void swap(byte[] b, int width) {
        for (int i = 0; i + width <= b.length; i += width) {
            for (int j = 0; j < width / 2; j++) {
                byte t = b[i + j];
                b[i + j] = b[i + width - 1 - j];
                b[i + width - 1 - j] = t;
            }
        }
    }
}
