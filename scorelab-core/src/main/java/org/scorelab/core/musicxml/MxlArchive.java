package org.scorelab.core.musicxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.scorelab.core.io.InvalidInputException;

/**
 * A compressed MusicXML file ({@code .mxl}): a zip whose {@code META-INF/container.xml} names the
 * score document in its first {@code <rootfile full-path=...>}.
 */
final class MxlArchive {

    private static final String CONTAINER = "META-INF/container.xml";

    private MxlArchive() {
    }

    /** True when the bytes start like a zip archive ({@code PK\3\4}). */
    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The bytes of the root score document. */
    static byte[] rootFile(byte[] zip, String source, XMLInputFactory factory)
            throws InvalidInputException, IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        byte[] container = entries.get(CONTAINER);
        String root = null;
        if (container != null) {
            root = rootPath(container, source, factory);
        } else {
            for (String name : entries.keySet()) {
                if (!name.startsWith("META-INF/") && (name.endsWith(".xml") || name.endsWith(".musicxml"))) {
                    root = name;
                    break;
                }
            }
            if (root == null) {
                throw new InvalidInputException(source, "", "compressed MusicXML without " + CONTAINER
                        + " and without any .xml or .musicxml entry");
            }
        }
        byte[] doc = entries.get(root);
        if (doc == null) {
            throw new InvalidInputException(source, CONTAINER, "root file '" + root + "' is not in the archive");
        }
        return doc;
    }

    private static String rootPath(byte[] container, String source, XMLInputFactory factory)
            throws InvalidInputException {
        try (InputStream in = new ByteArrayInputStream(container)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("rootfile")) {
                        String path = r.getAttributeValue(null, "full-path");
                        if (path != null && !path.isBlank()) {
                            return path;
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException | IOException e) {
            throw new InvalidInputException(source, CONTAINER, "unreadable container: " + e.getMessage(), e);
        }
        throw new InvalidInputException(source, CONTAINER, "no <rootfile full-path=...> found");
    }
}
