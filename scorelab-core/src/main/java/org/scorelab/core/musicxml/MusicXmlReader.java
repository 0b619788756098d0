package org.scorelab.core.musicxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.codec.TuneReader;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.model.Tune;

/**
 * Reads {@code .musicxml}, {@code .xml} and compressed {@code .mxl} files into one tune: the
 * monophonic line of one part (see {@link PartAssembler} for the rules).
 *
 * <p>The document is streamed with StAX rather than unmarshalled with ProxyMusic/JAXB: that needs
 * no JAXB context, never fetches the DTD the DOCTYPE names, accepts files that are not strictly
 * schema-valid (old Finale exports), gives line and column for every error, and builds element
 * trees only for the part it keeps, and stops reading once that part is complete. {@code score-timewise} documents are read too, by taking the
 * chosen part out of each measure.
 *
 * <p>Notes joined by {@code <chord/>} are kept as a {@link org.scorelab.core.model.Chord}, not cut
 * down to one note, so nothing is lost; {@link Tune#melody()} gives the top line when needed.
 *
 * <p>By default the part is the first one. {@link #preferringPart(String)} picks the part whose
 * name matches instead, for collections where the melody is not on top (41 of the 339 Bach
 * chorales here start with an instrument doubling a voice, not the soprano).
 */
public final class MusicXmlReader implements TuneReader {

    private final String preferredPart;
    private final XMLInputFactory factory;

    /** Reads the first part of every file. */
    public MusicXmlReader() {
        this(null);
    }

    private MusicXmlReader(String preferredPart) {
        this.preferredPart = preferredPart;
        this.factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /**
     * Reads the part whose {@code <part-name>} equals {@code name} (ignoring case), or the first
     * part when no part has that name.
     */
    public static MusicXmlReader preferringPart(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("part name must not be blank, was '" + name + "'");
        }
        return new MusicXmlReader(name.trim());
    }

    @Override
    public ReadResult read(Path file) {
        String source = file.toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".mxl") || MxlArchive.isZip(bytes)) {
                bytes = MxlArchive.rootFile(bytes, source, factory);
            }
            return new ReadResult(List.of(parse(bytes, source)), List.of());
        } catch (InvalidInputException e) {
            return ReadResult.failed(e);
        } catch (IOException e) {
            return ReadResult.failed(new InvalidInputException(source, "", "cannot read the file: " + e, e));
        }
    }

    /** Reads a MusicXML document from memory; {@code source} names it in messages. */
    public Tune parse(byte[] xml, String source) throws InvalidInputException {
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            return document(r, source);
        } catch (ArithmeticException e) {
            throw new InvalidInputException(source, "", "numbers too large to keep exact (divisions or durations): "
                    + e.getMessage(), e);
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNumber() + ", col " + e.getLocation().getColumnNumber();
            throw new InvalidInputException(source, where, "not well-formed XML: " + firstLine(e.getMessage()), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // closing a memory-backed reader cannot lose data
                }
            }
        }
    }

    private Tune document(XMLStreamReader r, String source) throws XMLStreamException, InvalidInputException {
        while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
            // prolog: declaration, DOCTYPE, comments
        }
        if (!r.isStartElement()) {
            throw new InvalidInputException(source, "", "no root element: the file is empty or not XML");
        }
        String root = r.getLocalName();
        boolean timewise = root.equals("score-timewise");
        if (!timewise && !root.equals("score-partwise")) {
            throw new InvalidInputException(source, "line " + r.getLocation().getLineNumber() + ", col "
                    + r.getLocation().getColumnNumber(), "not MusicXML: root element <" + root
                    + ">, expected <score-partwise> or <score-timewise>");
        }
        String title = "";
        String workTitle = "";
        Map<String, String> fields = new HashMap<>();
        List<String[]> scoreParts = new ArrayList<>();
        String partId = null;
        PartAssembler assembler = new PartAssembler(source);
        boolean partSeen = false;
        boolean partRead = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "work" -> {
                    String t = XmlElement.read(r).childText("work-title");
                    workTitle = t == null ? "" : t;
                }
                case "movement-title" -> title = XmlElement.read(r).text();
                case "identification" -> identification(XmlElement.read(r), fields);
                case "part-list" -> {
                    for (XmlElement sp : XmlElement.read(r).all("score-part")) {
                        String n = sp.childText("part-name");
                        scoreParts.add(new String[] {sp.attr("id"), n == null ? "" : n});
                    }
                    partId = choosePart(scoreParts);
                }
                case "part" -> {
                    partSeen = true;
                    String id = r.getAttributeValue(null, "id");
                    if (!partRead && (partId == null || partId.equals(id))) {
                        partRead = true;
                        partwise(r, assembler);
                        // Later parts cannot change this one: stop here, which also saves most of the time.
                        return assembler.finish(title.isEmpty() ? workTitle : title, fields);
                    } else {
                        XmlElement.skip(r);
                    }
                }
                case "measure" -> {
                    if (!timewise) {
                        XmlElement.skip(r);
                        break;
                    }
                    partSeen = true;
                    XmlElement m = XmlElement.read(r);
                    for (XmlElement p : m.all("part")) {
                        if (partId == null) {
                            partId = p.attr("id");
                        }
                        if (partId.equals(p.attr("id"))) {
                            partRead = true;
                            assembler.measure(new XmlElement("measure", m.attrs(), "", p.children(), m.line(),
                                    m.column()));
                        }
                    }
                }
                default -> XmlElement.skip(r);
            }
        }
        if (!partSeen) {
            throw new InvalidInputException(source, "", "no <part> in the score");
        }
        if (!partRead) {
            throw new InvalidInputException(source, "", "no <part id=\"" + partId + "\"> for the part named in"
                    + " <part-list>");
        }
        return assembler.finish(title.isEmpty() ? workTitle : title, fields);
    }

    private static void partwise(XMLStreamReader r, PartAssembler assembler)
            throws XMLStreamException, InvalidInputException {
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("measure")) {
                    assembler.measure(XmlElement.read(r));
                } else {
                    XmlElement.skip(r);
                }
            }
        }
    }

    private String choosePart(List<String[]> scoreParts) {
        if (scoreParts.isEmpty()) {
            return null;
        }
        if (preferredPart != null) {
            for (String[] p : scoreParts) {
                if (p[1].trim().equalsIgnoreCase(preferredPart)) {
                    return p[0];
                }
            }
        }
        return scoreParts.get(0)[0];
    }

    private static void identification(XmlElement id, Map<String, String> fields) {
        for (XmlElement c : id.all("creator")) {
            if ("composer".equals(c.attr("type")) && !c.text().isEmpty()) {
                fields.put("C", c.text());
            }
        }
        XmlElement misc = id.child("miscellaneous");
        if (misc != null) {
            for (XmlElement f : misc.all("miscellaneous-field")) {
                if (f.attr("name") != null) {
                    fields.put(f.attr("name"), f.text());
                }
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.lastIndexOf("Message: ");
        String m = nl >= 0 ? message.substring(nl + 9) : message;
        return m.lines().findFirst().orElse("").trim();
    }
}
