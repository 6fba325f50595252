package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.diagram.bench.SyntheticDiagrams;
import org.wbsmodeler.diagram.layout.ElkDiagramLayout;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.render.DiagramPainter;
import org.wbsmodeler.diagram.render.NodeSizer;
import org.wbsmodeler.ui.diagram.swt.Measurers;
import org.wbsmodeler.ui.diagram.swt.SwtCanvas;
import org.wbsmodeler.ui.diagram.swt.SwtResources;
import org.wbsmodeler.ui.diagram.swt.SwtTextMeasurer;
import org.wbsmodeler.ui.diagram.viewer.DiagramViewer;
import org.wbsmodeler.ui.tests.UiTestSupport;

/** The viewer's transform and the canvas's clipping, on a synthetic network of 300 boxes. */
public class DiagramViewerTest {

	private Shell shell;
	private DiagramViewer viewer;
	private Diagram diagram;

	@Before
	public void open() {
		Display display = Display.getCurrent();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(800, 600);
		SwtTextMeasurer measurer = Measurers.of(display);
		viewer = new DiagramViewer(shell, measurer);
		diagram = SyntheticDiagrams.network(300, 7);
		NodeSizer.standard(measurer).size(diagram);
		new ElkDiagramLayout().layout(diagram);
		shell.open();
		viewer.setDiagram(diagram);
		UiTestSupport.settle(display);
	}

	@After
	public void close() {
		shell.dispose();
	}

	@Test
	public void zoomKeepsThePointUnderThePointerAndFitShowsAll() {
		DiagramNode node = diagram.getNodes().get(10);
		viewer.viewport().zoomAt(1, 0, 0);
		viewer.viewport().place(node.getX(), node.getY(), 100, 100);
		double before = viewer.viewport().toScreenX(node.getX());
		viewer.viewport().zoomAt(2, before, viewer.viewport().toScreenY(node.getY()));
		assertEquals(before, viewer.viewport().toScreenX(node.getX()), 1.0);
		viewer.viewport().zoomToFit();
		Rectangle area = viewer.control().getClientArea();
		assertTrue(diagram.getWidth() * viewer.viewport().zoom() <= area.width + 1);
		assertTrue(diagram.getHeight() * viewer.viewport().zoom() <= area.height + 1);
	}

	@Test
	public void onlyWhatIsVisibleReachesTheGc() {
		onImage(800, 600, (display, image, gc, resources) -> {
			DiagramPainter painter = new DiagramPainter(Measurers.of(display));
			SwtCanvas all = new SwtCanvas(gc, resources, 0.05, 0, 0, new Rectangle(0, 0, 800, 600));
			painter.paint(diagram, all);
			SwtCanvas corner = new SwtCanvas(gc, resources, 1, 0, 0, new Rectangle(0, 0, 800, 600));
			painter.paint(diagram, corner);
			assertTrue("at 100% the corner draws a part: " + corner.drawnCount() + " of " + all.drawnCount(),
					corner.drawnCount() * 4 < all.drawnCount());
			assertTrue(corner.drawnCount() > 0);
		});
	}

	@Test
	public void ctrlClickAddsAndMarqueeSelects() {
		viewer.viewport().zoomAt(1, 0, 0);
		UiTestSupport.settle(shell.getDisplay());
		DiagramNode a = diagram.getNodes().get(0);
		a.setSource("a");
		DiagramNode b = diagram.getNodes().get(1);
		b.setSource("b");
		viewer.setDiagram(diagram);
		viewer.setSelection(java.util.List.of("a"), true);
		UiTestSupport.settle(shell.getDisplay());
		DiagramInput.click(viewer.control(), DiagramInput.centre(viewer, "b"), SWT.CTRL);
		assertEquals(java.util.List.of("a", "b"), viewer.selection());
		DiagramInput.click(viewer.control(), DiagramInput.centre(viewer, "b"), SWT.CTRL);
		assertEquals(java.util.List.of("a"), viewer.selection());
	}

	/** Polygons (the Gantt chart's milestone diamonds and summary brackets) are filled on screen as in SVG and PNG. */
	@Test
	public void polygonsAreFilledAndClippedLikeTheOtherShapes() {
		onImage(200, 100, (display, image, gc, resources) -> {
			SwtCanvas canvas = new SwtCanvas(gc, resources, 2, 0, 0, new Rectangle(0, 0, 200, 100));
			canvas.begin(100, 50, org.wbsmodeler.diagram.model.Rgb.WHITE);
			org.wbsmodeler.diagram.model.Rgb red = org.wbsmodeler.diagram.model.Rgb.hex("#d62728");
			canvas.polygon(new double[] { 25, 5, 35, 15, 25, 25, 15, 15 }, red, null, 0);
			canvas.polygon(new double[] { 500, 5, 510, 15, 500, 25 }, red, null, 0);
			assertEquals("the diamond is drawn, the one off screen is not", 1, canvas.drawnCount());
			org.eclipse.swt.graphics.ImageData data = image.getImageData();
			org.eclipse.swt.graphics.RGB centre = data.palette.getRGB(data.getPixel(50, 30));
			assertEquals("filled at 200%: the centre of the diamond is red", new org.eclipse.swt.graphics.RGB(0xd6, 0x27, 0x28), centre);
			org.eclipse.swt.graphics.RGB outside = data.palette.getRGB(data.getPixel(5, 5));
			assertEquals(new org.eclipse.swt.graphics.RGB(255, 255, 255), outside);
		});
	}

	/**
	 * The canvas keeps each font's ascent and text widths between paints: what it keeps must be what SWT measures, for
	 * each font size and weight apart (a width kept for one size must not serve another).
	 */
	@Test
	public void keptTextWidthsAndAscentsAreSwtsOwnForEachFont() {
		onImage(10, 10, (display, image, gc, resources) -> {
			for (double pixels : new double[] { 9, 12, 12.04, 20 }) {
				for (boolean bold : new boolean[] { false, true }) {
					org.wbsmodeler.ui.diagram.swt.PaintFont font = resources.paintFont(pixels, bold);
					gc.setFont(font.font());
					for (String text : new String[] { "12 d", "Mon 02.03.26", "1.2.3 Configure the sales pipeline" }) {
						int measured = gc.stringExtent(text).x;
						assertEquals(text + " at " + pixels + " px" + (bold ? " bold" : ""), measured, font.width(gc, text));
						assertEquals("asked again", measured, font.width(gc, text));
					}
					assertEquals(gc.getFontMetrics().getAscent(), font.ascent(gc));
				}
			}
			assertTrue("bold is its own font", resources.paintFont(12, true) != resources.paintFont(12, false));
			gc.setFont(resources.font(20, false));
			int wide = resources.paintFont(20, false).width(gc, "Mon 02.03.26");
			gc.setFont(resources.font(9, false));
			assertTrue("20 px is wider than 9 px", wide > resources.paintFont(9, false).width(gc, "Mon 02.03.26"));
		});
	}

	/** What a canvas test draws on: an image of the size given, its GC and the resources, disposed afterwards. */
	private interface ImageTest {
		void run(Display display, Image image, GC gc, SwtResources resources);
	}

	private void onImage(int width, int height, ImageTest test) {
		Display display = shell.getDisplay();
		Image image = new Image(display, width, height);
		GC gc = new GC(image);
		SwtResources resources = new SwtResources(display);
		try {
			test.run(display, image, gc, resources);
		} finally {
			resources.dispose();
			gc.dispose();
			image.dispose();
		}
	}
}
