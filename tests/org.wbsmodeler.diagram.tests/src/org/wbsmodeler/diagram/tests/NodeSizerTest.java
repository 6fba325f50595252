package org.wbsmodeler.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramKind;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.TextLine;
import org.wbsmodeler.diagram.render.AwtTextMeasurer;
import org.wbsmodeler.diagram.render.BoxMetrics;
import org.wbsmodeler.diagram.render.NodeSizer;
import org.wbsmodeler.diagram.render.TextMeasurer;

/** Boxes are sized from their text before layout, so text always fits. */
public class NodeSizerTest {

    private final TextMeasurer measurer = AwtTextMeasurer.INSTANCE;
    private final NodeSizer sizer = new NodeSizer(measurer, 100, 200, 30);

    @Test
    public void measurerGivesPlausibleMetrics() {
        assertTrue(measurer.width("WWWW", 12, false) > measurer.width("iiii", 12, false));
        assertTrue(measurer.width("Design", 12, true) >= measurer.width("Design", 12, false));
        assertTrue(measurer.width("Design", 24, false) > 1.9 * measurer.width("Design", 12, false));
        assertTrue(measurer.ascent(12) > 6 && measurer.ascent(12) < 16);
        assertTrue(measurer.descent(12) > 0);
        assertEquals(0, measurer.width("", 12, false), 0);
    }

    @Test
    public void longNamesWrapWithinTheMaximumWidthAndEveryRowFits() {
        Diagram d = new Diagram(DiagramKind.TREE);
        DiagramNode n = d.addNode("n", List.of(TextLine.cells(false, "1.2.3"),
                TextLine.bold("Migrate legacy customer contact spreadsheets into the central customer database"),
                TextLine.cells(true, "12 d", "34,500 USD")));
        sizer.size(n);
        assertTrue(n.getLines().size() > 3);
        assertTrue(n.getWidth() <= 200);
        for (TextLine line : n.getLines()) {
            double widest = 0;
            for (String cell : line.cells()) {
                widest = Math.max(widest, measurer.width(cell, line.fontSize(), line.bold()));
            }
            assertTrue("row '" + line.joined() + "' does not fit",
                    widest * line.cells().size() <= n.getWidth() - 2 * BoxMetrics.CELL_PAD + 0.5);
        }
        double rows = 0;
        for (TextLine line : n.getLines()) {
            rows += BoxMetrics.rowHeight(line);
        }
        assertTrue(n.getHeight() >= rows + 2 * BoxMetrics.PAD_Y);
    }

    @Test
    public void aWordLongerThanTheBoxIsBrokenRatherThanOverflowing() {
        Diagram d = new Diagram(DiagramKind.TREE);
        DiagramNode n = d.addNode("n", List.of(TextLine.text("Supercalifragilisticexpialidocious".repeat(3))));
        sizer.size(n);
        assertTrue(n.getWidth() <= 200);
        assertEquals("Supercalifragilisticexpialidocious".repeat(3),
                String.join("", n.getLines().stream().map(TextLine::joined).toList()));
    }

    @Test
    public void shortTextGetsTheMinimumSizeAndRowsAreNotWrapped() {
        Diagram d = new Diagram(DiagramKind.TREE);
        DiagramNode n = d.addNode("n", List.of(TextLine.text("Go")));
        sizer.size(n);
        assertEquals(100, n.getWidth(), 0);
        assertEquals(30, n.getHeight(), 0.01);
        assertEquals(1, n.getLines().size());
    }

    @Test
    public void badgesMakeRoomForThemselves() {
        Diagram d = new Diagram(DiagramKind.TREE);
        DiagramNode plain = d.addNode("a", List.of(TextLine.text("Step"), TextLine.text("more")));
        DiagramNode badged = d.addNode("b", List.of(TextLine.text("Step"), TextLine.text("more")))
                .setBadge("Customer service agent with a long title");
        sizer.size(plain);
        sizer.size(badged);
        assertTrue(badged.getHeight() > plain.getHeight());
        assertTrue(badged.getWidth() >= sizer.badgeWidth(badged.getBadge()));
    }
}
