package org.scorelab.core.mei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorelab.core.primus.Tunes.bar;
import static org.scorelab.core.primus.Tunes.fermata;
import static org.scorelab.core.primus.Tunes.grace;
import static org.scorelab.core.primus.Tunes.note;
import static org.scorelab.core.primus.Tunes.rest;
import static org.scorelab.core.primus.Tunes.tied;
import static org.scorelab.core.primus.Tunes.triplet;
import static org.scorelab.core.primus.Tunes.tune;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.scorelab.core.engrave.Beaming;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.ClefChange;
import org.scorelab.core.model.KeyChange;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.MeterChange;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.primus.PrimusExampleTest;
import org.scorelab.core.primus.RandomTunes;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

class MeiWriterTest {

    private static final String MEI_NS = "http://www.music-encoding.org/ns/mei";

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** One element in document order: its name and its attributes other than xml:id. */
    private record El(String name, Map<String, String> attrs) {
    }

    private static List<El> flatten(Element root) {
        List<El> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Element e, List<El> out) {
        Map<String, String> attrs = new LinkedHashMap<>();
        NamedNodeMap m = e.getAttributes();
        for (int i = 0; i < m.getLength(); i++) {
            Node a = m.item(i);
            if (!"id".equals(a.getLocalName())) {
                attrs.put(a.getNodeName(), a.getNodeValue());
            }
        }
        out.add(new El(e.getLocalName(), attrs));
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce) {
                walk(ce, out);
            }
        }
    }

    private static Element score(Document d) {
        return (Element) d.getElementsByTagNameNS(MEI_NS, "score").item(0);
    }

    private static List<El> layerContent(Tune t) throws Exception {
        Document d = parse(new MeiWriter().write(t));
        List<El> all = flatten(score(d));
        List<El> out = new ArrayList<>();
        for (El e : all) {
            if (!Set.of("score", "scoreDef", "staffGrp", "staffDef", "section", "staff", "layer").contains(e.name())) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void primusExampleHasTheStructureOfTheExampleMei() throws Exception {
        byte[] ours = new MeiWriter(Beaming.FLAGS_ONLY, false).write(PrimusExampleTest.exampleTune());
        byte[] theirs;
        try (InputStream in = PrimusExampleTest.class.getResourceAsStream("000051652-1_2_1.mei")) {
            theirs = in.readAllBytes();
        }
        List<El> a = flatten(score(parse(theirs)));
        List<El> b = flatten(score(parse(ours)));
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).name()).as("element %d", i).isEqualTo(a.get(i).name());
            assertThat(b.get(i).attrs()).as("attributes of element %d <%s>", i, a.get(i).name())
                    .containsAllEntriesOf(a.get(i).attrs());
        }
        // what we add: the key's flats as gestural accidentals (Bb4, Bb4, Eb5)
        assertThat(b.stream().filter(e -> e.attrs().containsKey("accid.ges")).map(e -> e.attrs().get("accid.ges")))
                .containsExactly("f", "f", "f");
    }

    @Test
    void accidentalsTiesFermataAndBarLines() throws Exception {
        Tune t = tune(Clef.TREBLE, 1, TimeSignature.of(2, 4),
                new Measure(List.of(note("F#5", "quarter"), note("F5", "eighth"), tied("C#5", "eighth")), BarLine.DOUBLE),
                new Measure(List.of(tied("C#5", "quarter"), fermata("C#5", "quarter")), new BarLine(BarLine.Style.SINGLE, true, true)),
                new Measure(List.of(rest("half")), BarLine.FINAL));
        List<El> els = layerContent(t);
        assertThat(els).extracting(El::name).containsExactly(
                "measure", "note", "beam", "note", "note", "measure", "note", "note", "measure", "rest");
        assertThat(els.get(0).attrs()).containsEntry("right", "dbl");
        assertThat(els.get(1).attrs()).containsEntry("pname", "f").containsEntry("oct", "5").containsEntry("dur", "4")
                .containsEntry("accid.ges", "s").doesNotContainKey("accid");
        assertThat(els.get(3).attrs()).containsEntry("accid", "n");
        assertThat(els.get(4).attrs()).containsEntry("accid", "s").containsEntry("tie", "i");
        assertThat(els.get(5).attrs()).containsEntry("right", "rptboth");
        assertThat(els.get(6).attrs()).containsEntry("tie", "m").containsEntry("accid.ges", "s").doesNotContainKey("accid");
        // tied again from the previous note: the sharp is still not shown
        assertThat(els.get(7).attrs()).containsEntry("tie", "t").containsEntry("fermata", "above")
                .containsEntry("accid.ges", "s").doesNotContainKey("accid");
        assertThat(els.get(8).attrs()).containsEntry("right", "end");
        assertThat(els.get(9).attrs()).containsEntry("dur", "2");
    }

    @Test
    void tupletsWrapTheirBeamAndGraceNotesAreUnaccented() throws Exception {
        Tune t = tune(Clef.TREBLE, 0, TimeSignature.of(2, 4),
                new Measure(List.of(triplet("C5", "eighth"), triplet("E5", "eighth"), triplet("G5", "eighth"),
                        grace("D5", "sixteenth"), grace("E5", "sixteenth"), note("C6", "quarter")), BarLine.NONE));
        List<El> els = layerContent(t);
        assertThat(els).extracting(El::name).containsExactly(
                "measure", "tuplet", "beam", "note", "note", "note", "beam", "note", "note", "note");
        assertThat(els.get(0).attrs()).containsEntry("right", "invis");
        assertThat(els.get(1).attrs()).containsEntry("num", "3").containsEntry("numbase", "2")
                .containsEntry("num.visible", "false").containsEntry("bracket.visible", "false");
        assertThat(els.get(7).attrs()).containsEntry("grace", "unacc").containsEntry("dur", "16");
        Document d = parse(new MeiWriter().write(t));
        Element tuplet = (Element) d.getElementsByTagNameNS(MEI_NS, "tuplet").item(0);
        assertThat(tuplet.getElementsByTagNameNS(MEI_NS, "note").getLength()).isEqualTo(3);
        Document shown = parse(new MeiWriter(Beaming.BY_BEAT, true).write(t));
        assertThat(((Element) shown.getElementsByTagNameNS(MEI_NS, "tuplet").item(0)).hasAttribute("num.visible")).isFalse();
    }

    @Test
    void changesOpeningAMeasureGoToAScoreDefBeforeIt() throws Exception {
        Tune t = tune(Clef.ALTO, 2, TimeSignature.CUT,
                bar(note("D4", "whole")),
                bar(new ClefChange(new Clef(Clef.Sign.G, 2, -1)), new KeyChange(KeySignature.ofFifths(-3)),
                        new MeterChange(TimeSignature.of(6, 8)), note("Eb4", "half."),
                        new org.scorelab.core.model.MultiRest(4)));
        List<El> all = flatten(score(parse(new MeiWriter().write(t))));
        assertThat(all.get(1).attrs()).containsEntry("key.sig", "2s").containsEntry("meter.count", "2")
                .containsEntry("meter.unit", "2").containsEntry("meter.sym", "cut");
        assertThat(all.get(3).attrs()).containsEntry("clef.shape", "C").containsEntry("clef.line", "3");
        assertThat(all).extracting(El::name).containsExactly("score", "scoreDef", "staffGrp", "staffDef", "section",
                "measure", "staff", "layer", "note",
                "scoreDef", "staffGrp", "staffDef", "measure", "staff", "layer", "note", "multiRest");
        assertThat(all.get(9).attrs()).containsEntry("key.sig", "3f").containsEntry("meter.count", "6")
                .containsEntry("meter.unit", "8");
        assertThat(all.get(11).attrs()).containsEntry("clef.shape", "G").containsEntry("clef.line", "2")
                .containsEntry("clef.dis", "8").containsEntry("clef.dis.place", "below");
        assertThat(all.get(15).attrs()).containsEntry("dots", "1").containsEntry("accid.ges", "f").doesNotContainKey("accid");
        assertThat(all.get(16).attrs()).containsEntry("num", "4");
    }

    @Test
    void changesInsideAMeasureOrInTheFirstStayInTheLayer() throws Exception {
        Tune t = tune(Clef.TREBLE, 0, TimeSignature.of(2, 4),
                bar(new KeyChange(KeySignature.ofFifths(1)), note("F#5", "quarter"), new ClefChange(Clef.BASS),
                        new KeyChange(KeySignature.ofFifths(-3)), new MeterChange(TimeSignature.COMMON), note("Eb3", "quarter")));
        List<El> layer = layerContent(t);
        assertThat(layer).extracting(El::name).containsExactly(
                "measure", "keySig", "note", "clef", "keySig", "meterSig", "note");
        assertThat(layer.get(1).attrs()).containsEntry("sig", "1s");
        assertThat(layer.get(2).attrs()).containsEntry("accid.ges", "s");
        assertThat(layer.get(3).attrs()).containsEntry("shape", "F").containsEntry("line", "4");
        assertThat(layer.get(4).attrs()).containsEntry("sig", "3f");
        assertThat(layer.get(5).attrs()).containsEntry("count", "4").containsEntry("unit", "4").containsEntry("sym", "common");
        assertThat(layer.get(6).attrs()).containsEntry("pname", "e").containsEntry("oct", "3").containsEntry("accid.ges", "f");
    }

    @Test
    void tieAcrossAClefChangeEndsOnTheNextNote() throws Exception {
        Tune t = tune(Clef.TREBLE, 0, TimeSignature.of(2, 4),
                bar(tied("C#4", "half")),
                bar(new ClefChange(Clef.BASS), note("C#4", "half")));
        List<El> all = flatten(score(parse(new MeiWriter().write(t))));
        List<El> notes = all.stream().filter(e -> e.name().equals("note")).toList();
        assertThat(notes.get(0).attrs()).containsEntry("tie", "i").containsEntry("accid", "s");
        assertThat(notes.get(1).attrs()).containsEntry("tie", "t").containsEntry("accid.ges", "s").doesNotContainKey("accid");
    }

    @Test
    void idsAreUniqueAndOutputIsDeterministic() throws Exception {
        Random r = new Random(7);
        MeiWriter w = new MeiWriter();
        for (int i = 0; i < 300; i++) {
            Tune t = RandomTunes.tune(r);
            byte[] once = w.write(t);
            assertThat(w.write(t)).isEqualTo(once);
            Document d = parse(once);
            Set<String> ids = new HashSet<>();
            List<Element> stack = new ArrayList<>(List.of(d.getDocumentElement()));
            while (!stack.isEmpty()) {
                Element e = stack.remove(stack.size() - 1);
                String id = e.getAttributeNS("http://www.w3.org/XML/1998/namespace", "id");
                if (!id.isEmpty()) {
                    assertThat(ids.add(id)).as("id %s unique", id).isTrue();
                }
                for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element ce) {
                        stack.add(ce);
                    }
                }
            }
            assertThat(d.getElementsByTagNameNS(MEI_NS, "measure").getLength()).isEqualTo(t.measures().size());
        }
    }

    @Test
    void titleIsEscaped() throws Exception {
        Tune t = PrimusExampleTest.exampleTune();
        Tune titled = new Tune(new org.scorelab.core.model.TuneInfo("s", 1, "Fish & <Chips>", t.info().clef(),
                t.info().key(), t.info().meter(), 0, Map.of()), t.measures());
        Document d = parse(new MeiWriter().write(titled));
        assertThat(d.getElementsByTagNameNS(MEI_NS, "title").item(0).getTextContent()).isEqualTo("Fish & <Chips>");
    }
}
