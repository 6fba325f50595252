package org.wbsmodeler.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.Test;
import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.DiagramExporter.Format;
import org.wbsmodeler.diagram.bench.SyntheticDiagrams;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.render.PngExporter;

/** The PNG has the promised size and actually shows every box. */
public class PngExportTest {

    @Test
    public void pngHasTheDiagramSizeTimesTheScaleAndInkInEveryBox() throws Exception {
        for (double scale : new double[] { 1.0, 2.0 }) {
            DiagramExporter exporter = new DiagramExporter().setPngScale(scale);
            Diagram d = exporter.prepare(SyntheticDiagrams.network(25, 3));
            BufferedImage image = write(exporter, d);
            assertEquals((int) Math.ceil(d.getWidth() * scale), image.getWidth());
            assertEquals((int) Math.ceil(d.getHeight() * scale), image.getHeight());
            assertEquals(0xffffff, image.getRGB(1, 1) & 0xffffff); // the margin is background
            for (DiagramNode n : d.getNodes()) {
                assertTrue("nothing drawn in " + n, inkInside(image, n, scale) > 0);
            }
        }
    }

    @Test
    public void everyBoxOfATreeIsDrawn() throws Exception {
        DiagramExporter exporter = new DiagramExporter().setPngScale(1.0);
        Diagram d = exporter.prepare(SyntheticDiagrams.wbsTree(60, 3, 5));
        BufferedImage image = write(exporter, d);
        for (DiagramNode n : d.getNodes()) {
            assertTrue("nothing drawn in " + n, inkInside(image, n, 1.0) > 20);
        }
    }

    @Test
    public void hugeDiagramsAreScaledDownToTheSizeLimit() {
        Diagram d = new DiagramExporter().prepare(SyntheticDiagrams.network(600, 1));
        d.setSize(100_000, 5_000); // pretend it is enormous
        int[] size = PngExporter.imageSize(d, 2.0);
        assertTrue(size[0] <= PngExporter.MAX_SIDE);
        assertTrue((long) size[0] * size[1] <= PngExporter.MAX_PIXELS);
    }

    private static BufferedImage write(DiagramExporter exporter, Diagram d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(d, Format.PNG, out);
        byte[] bytes = out.toByteArray();
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    /** Pixels inside the box (border excluded) that differ from the box's fill: its text. */
    private static int inkInside(BufferedImage image, DiagramNode n, double scale) {
        int x0 = (int) Math.ceil((n.getX() + 3) * scale);
        int y0 = (int) Math.ceil((n.getY() + 3) * scale);
        int x1 = (int) Math.floor((n.getRight() - 3) * scale);
        int y1 = (int) Math.floor((n.getBottom() - 3) * scale);
        int fill = n.getStyle().fill() == null ? 0xffffff : n.getStyle().fill().toInt();
        int ink = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (rgb != fill && rgb != 0xffffff) {
                    ink++;
                }
            }
        }
        return ink;
    }
}
