package org.scorelab.core.musicxml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small read-only element tree for one MusicXML measure (or header block). The reader streams
 * the document with StAX and builds trees only for the parts it needs, which keeps memory flat
 * and lets the measure logic look ahead inside a note.
 *
 * @param name     local element name
 * @param attrs    attributes by local name
 * @param text     the element's own text, trimmed
 * @param children child elements in document order
 * @param line     line of the start tag (1-based)
 * @param column   column of the start tag (1-based)
 */
record XmlElement(String name, Map<String, String> attrs, String text, List<XmlElement> children, int line,
                  int column) {

    XmlElement {
        attrs = Map.copyOf(attrs);
        children = List.copyOf(children);
    }

    /** Reads the element the reader stands on (a START_ELEMENT) up to its end tag. */
    static XmlElement read(XMLStreamReader r) throws XMLStreamException {
        String name = r.getLocalName();
        int line = r.getLocation().getLineNumber();
        int column = r.getLocation().getColumnNumber();
        Map<String, String> attrs = new java.util.HashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        List<XmlElement> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                children.add(read(r));
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                text.append(r.getText());
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        return new XmlElement(name, attrs, text.toString().trim(), children, line, column);
    }

    /** Skips the element the reader stands on, with everything inside it. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The first child of that name, or null. */
    XmlElement child(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** All children of that name. */
    List<XmlElement> all(String childName) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    boolean has(String childName) {
        return child(childName) != null;
    }

    /** Text of the first child of that name, or null. */
    String childText(String childName) {
        XmlElement c = child(childName);
        return c == null ? null : c.text;
    }

    String attr(String attrName) {
        return attrs.get(attrName);
    }

    /** {@code line L, col C}, for messages. */
    String location() {
        return "line " + line + ", col " + column;
    }
}
