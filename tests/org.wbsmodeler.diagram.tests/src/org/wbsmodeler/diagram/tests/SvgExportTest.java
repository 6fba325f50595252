package org.wbsmodeler.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.bench.SyntheticDiagrams;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramKind;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.Style;
import org.wbsmodeler.diagram.model.TextLine;
import org.wbsmodeler.diagram.render.SvgCanvas;

/** The SVG is well-formed, sized to the diagram, and says what the diagram says. */
public class SvgExportTest {

    private final DiagramExporter exporter = new DiagramExporter();

    @Test
    public void documentIsWellFormedSvg11WithAViewBoxOfTheDiagramSize() throws Exception {
        Diagram d = exporter.prepare(SyntheticDiagrams.wbsTree(30, 3, 1));
        Document doc = Svg.parse(exporter.toSvg(d));
        Element svg = doc.getDocumentElement();
        assertEquals("svg", svg.getLocalName());
        assertEquals(SvgCanvas.SVG_NS, svg.getNamespaceURI());
        assertEquals("1.1", svg.getAttribute("version"));
        assertEquals("0 0 " + (long) d.getWidth() + " " + (long) d.getHeight(), svg.getAttribute("viewBox"));
        assertEquals((long) d.getWidth() + "", svg.getAttribute("width"));
    }

    @Test
    public void everyNodesTextAppearsInItsGroup() throws Exception {
        for (Diagram d : List.of(SyntheticDiagrams.wbsTree(40, 3, 2), SyntheticDiagrams.network(30, 2),
                SyntheticDiagrams.process(2, 3, 2))) {
            exporter.prepare(d);
            Document doc = Svg.parse(exporter.toSvg(d));
            for (DiagramNode n : d.getNodes()) {
                Element g = Svg.group(doc, n.isContainer() ? "container" : "node", n.getId());
                List<String> texts = Svg.texts(g);
                List<String> expected = new ArrayList<>();
                if (n.getBadge() != null) {
                    expected.add(n.getBadge());
                }
                for (TextLine line : n.getLines()) {
                    expected.addAll(line.cells());
                }
                expected.removeIf(String::isEmpty);
                assertEquals("text of " + n.getId(), expected, texts);
            }
        }
    }

    @Test
    public void wrappedNamesKeepAllTheirWords() throws Exception {
        Diagram d = new Diagram(DiagramKind.TREE);
        String name = "Configure the customer service ticket queues, service level agreements and escalation rules";
        d.addNode("a", List.of(TextLine.bold(name)));
        exporter.prepare(d);
        assertTrue("name was not wrapped", d.getNode("a").getLines().size() > 1);
        Document doc = Svg.parse(exporter.toSvg(d));
        assertEquals(name, String.join(" ", Svg.texts(Svg.group(doc, "node", "a"))));
    }

    @Test
    public void markupAndControlCharactersInNamesAreEscaped() throws Exception {
        Diagram d = new Diagram(DiagramKind.NETWORK);
        String nasty = "Design <UI> & \"APIs\" for 'R&D'";
        DiagramNode a = d.addNode("a&<b>", List.of(TextLine.text(nasty), TextLine.text("bell\u0007 tab\tend")));
        DiagramNode b = d.addNode("b", List.of(TextLine.text("\uD83D\uDE80 launch")));
        d.addEdge(a, b).setLabel("FS <+2 d>");
        exporter.prepare(d);
        String svg = exporter.toSvg(d);
        Document doc = Svg.parse(svg);
        Element g = Svg.group(doc, "node", "a&<b>");
        assertEquals(List.of(nasty, "bell tab\tend"), Svg.texts(g));
        assertEquals(List.of("\uD83D\uDE80 launch"), Svg.texts(Svg.group(doc, "node", "b")));
        assertEquals(List.of("FS <+2 d>"), Svg.texts(Svg.group(doc, "edge-label", "e0")));
        assertFalse(svg.contains("\u0007"));
    }

    @Test
    public void dtdsAreRefusedByOurParserSoTheTestWouldNoticeOne() {
        try {
            Svg.parse("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x \"y\">]><svg>&x;</svg>");
            fail("a DOCTYPE was accepted");
        } catch (Exception expected) {
            // the parser is safe, and our documents pass it (see the other tests)
        }
    }

    @Test
    public void criticalEdgesAndNodesAreStyledAsCritical() throws Exception {
        Diagram d = exporter.prepare(SyntheticDiagrams.network(40, 8));
        Document doc = Svg.parse(exporter.toSvg(d));
        int critical = 0;
        for (DiagramEdge e : d.getEdges()) {
            Element g = Svg.group(doc, "edge", e.getId());
            Element line = Svg.first(g, "polyline");
            if (e.getStyle().critical()) {
                critical++;
                assertTrue(e + " lacks class critical", Svg.hasClass(g, "critical"));
                assertEquals(Style.CRITICAL_RED.toHex(), line.getAttribute("stroke"));
                assertTrue(Double.parseDouble(line.getAttribute("stroke-width")) > 2);
                assertTrue("critical edges join critical activities",
                        e.getSource().getStyle().critical() && e.getTarget().getStyle().critical());
            } else {
                assertFalse(e + " has class critical", Svg.hasClass(g, "critical"));
                assertFalse(Style.CRITICAL_RED.toHex().equals(line.getAttribute("stroke")));
            }
        }
        assertTrue("the synthetic network has a critical path", critical > 0);
        for (DiagramNode n : d.getNodes()) {
            Element rect = Svg.first(Svg.group(doc, "node", n.getId()), "rect");
            assertEquals(n.getStyle().critical(), Style.CRITICAL_RED.toHex().equals(rect.getAttribute("stroke")));
        }
    }

    @Test
    public void treeLinesHaveNoArrowHeadsAndDependenciesDo() throws Exception {
        Diagram tree = exporter.prepare(SyntheticDiagrams.wbsTree(10, 3, 1));
        Document doc = Svg.parse(exporter.toSvg(tree));
        assertEquals(0, Svg.group(doc, "edge", "e0").getElementsByTagNameNS(SvgCanvas.SVG_NS, "polygon").getLength());
        Diagram net = exporter.prepare(SyntheticDiagrams.network(5, 1));
        doc = Svg.parse(exporter.toSvg(net));
        assertEquals(1, Svg.group(doc, "edge", "e0").getElementsByTagNameNS(SvgCanvas.SVG_NS, "polygon").getLength());
    }

    @Test
    public void escapeHandlesEverySpecialCharacter() {
        assertEquals("a&amp;b&lt;c&gt;d&quot;e&apos;f", SvgCanvas.escape("a&b<c>d\"e'f"));
        assertEquals("plain", SvgCanvas.escape("plain"));
        assertEquals("xy", SvgCanvas.escape("x\u0000\uFFFEy"));
        assertEquals("lone", SvgCanvas.escape("lo\uD800ne"));
    }
}
