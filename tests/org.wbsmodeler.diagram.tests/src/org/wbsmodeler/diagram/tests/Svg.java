package org.wbsmodeler.diagram.tests;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wbsmodeler.diagram.render.SvgCanvas;
import org.xml.sax.InputSource;

/** Parses our SVG the safe way (no DTDs, no external entities) and finds diagram elements in it. */
final class Svg {

    private Svg() {
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new InputSource(new StringReader(svg)));
    }

    /** The {@code <g>} elements of a role ("node", "edge", ...) with the given diagram id. */
    static List<Element> groups(Document doc, String role, String id) {
        List<Element> out = new ArrayList<>();
        NodeList gs = doc.getElementsByTagNameNS(SvgCanvas.SVG_NS, "g");
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            List<String> classes = List.of(g.getAttribute("class").split(" "));
            if (classes.contains(role) && id.equals(g.getAttributeNS(SvgCanvas.WBS_NS, "id"))) {
                out.add(g);
            }
        }
        return out;
    }

    static Element group(Document doc, String role, String id) {
        List<Element> gs = groups(doc, role, id);
        if (gs.size() != 1) {
            throw new AssertionError("expected one <g class='" + role + "'> for " + id + ", found " + gs.size());
        }
        return gs.get(0);
    }

    static boolean hasClass(Element e, String cls) {
        return List.of(e.getAttribute("class").split(" ")).contains(cls);
    }

    /** Text contents of the {@code <text>} elements below an element, in document order. */
    static List<String> texts(Element parent) {
        List<String> out = new ArrayList<>();
        NodeList ts = parent.getElementsByTagNameNS(SvgCanvas.SVG_NS, "text");
        for (int i = 0; i < ts.getLength(); i++) {
            out.add(ts.item(i).getTextContent());
        }
        return out;
    }

    static Element first(Element parent, String tag) {
        NodeList l = parent.getElementsByTagNameNS(SvgCanvas.SVG_NS, tag);
        if (l.getLength() == 0) {
            throw new AssertionError("no <" + tag + "> in " + parent.getAttribute("class"));
        }
        return (Element) l.item(0);
    }
}
