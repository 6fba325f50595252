package org.wbsmodeler.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.diagram.columns.PlanColumn;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage.Literals;

/**
 * The three points of an estimate typed in the Plan as durations are (MS Project's PERT columns): each edit one
 * command that undoes, nonsense and points out of order refused with one status-line message, nothing typed clears
 * the point; summaries have none. Properties offers the same three features.
 */
public class ThreePointEditingTest extends ExampleEditorTest {

	private CommandStack stack;

	@Before
	public void stack() {
		stack = fixture.editor.getEditingDomain().getCommandStack();
	}

	private void edit(WbsElement row, PlanColumn column, String text) {
		fixture.typeInCell(row, column, text);
	}

	private String cell(WbsElement row, PlanColumn column) {
		return fixture.cell(row, column);
	}

	@Test
	public void threePointsAreTypedAsDurationsAndUndo() {
		Activity row = (Activity) fixture.element("1.2.1");
		double optimistic = row.getOptimisticDuration();
		double mostLikely = row.getMostLikelyDuration();
		double pessimistic = row.getPessimisticDuration();
		assertTrue("the example gives 1.2.1 a range of at least half a day", row.isSetMostLikelyDuration() && mostLikely >= 0.5);
		assertEquals("the cell shows the point as the Duration column does", org.wbsmodeler.model.format.Durations.days(mostLikely),
				cell(row, PlanColumn.MOST_LIKELY_DURATION));

		edit(row, PlanColumn.PESSIMISTIC_DURATION, "3w");
		assertEquals(15.0, row.getPessimisticDuration(), 1e-9);
		assertEquals("15 d", cell(row, PlanColumn.PESSIMISTIC_DURATION));
		assertTrue(stack.getUndoCommand().getLabel().startsWith("Set pessimistic duration of 1.2.1 "));
		edit(row, PlanColumn.OPTIMISTIC_DURATION, "4h");
		assertEquals("4 hours of an 8-hour day", 0.5, row.getOptimisticDuration(), 1e-9);
		assertEquals("0.5 d", cell(row, PlanColumn.OPTIMISTIC_DURATION));
		assertTrue(fixture.editor.isDirty());

		Object undoBefore = stack.getUndoCommand();
		edit(row, PlanColumn.OPTIMISTIC_DURATION, "5x");
		assertEquals("'5x' is not a duration: write it like 5d, 3h or 2w", fixture.editor.statusMessage());
		edit(row, PlanColumn.OPTIMISTIC_DURATION, "20d");
		assertTrue(fixture.editor.statusMessage(), fixture.editor.statusMessage().matches(
				"The optimistic duration of 1\\.2\\.1 .* cannot be above its most likely duration \\(.* d\\)"));
		assertEquals(0.5, row.getOptimisticDuration(), 1e-9);
		assertEquals("no command ran for the refusals", undoBefore, stack.getUndoCommand());

		edit(row, PlanColumn.MOST_LIKELY_DURATION, "");
		assertFalse("nothing typed clears the point", row.isSetMostLikelyDuration());
		assertEquals("", cell(row, PlanColumn.MOST_LIKELY_DURATION));
		fixture.tree().showColumn(fixture.tree().getColumn(PlanColumn.PESSIMISTIC_DURATION.ordinal()));
		Screenshots.save(fixture.shell(), "plan-three-points");

		for (int i = 0; i < 3; i++) {
			Input.ctrl(fixture.display(), 'z');
		}
		fixture.flush();
		assertEquals(optimistic, row.getOptimisticDuration(), 1e-9);
		assertEquals(mostLikely, row.getMostLikelyDuration(), 1e-9);
		assertTrue(row.isSetMostLikelyDuration());
		assertEquals(pessimistic, row.getPessimisticDuration(), 1e-9);
		assertEquals(org.wbsmodeler.model.format.Durations.days(mostLikely), cell(row, PlanColumn.MOST_LIKELY_DURATION));
		assertFalse("undone back to the saved plan", fixture.editor.isDirty());
	}

	@Test
	public void aSummaryHasNoThreePointsAndCriticalityIsEmptyBeforeARun() {
		WbsElement summary = fixture.element("1.2");
		assertTrue(summary.isSummary());
		Input.click(fixture.item(summary), PlanColumn.NAME.ordinal());
		fixture.editor.planPage().viewer().editElement(summary, PlanColumn.OPTIMISTIC_DURATION.ordinal());
		fixture.flush();
		assertFalse("no editor on a summary's range", fixture.editor.planPage().viewer().isCellEditorActive());
		assertEquals("", cell(summary, PlanColumn.OPTIMISTIC_DURATION));
		for (TreeItem item : fixture.tree().getItems()) {
			assertEquals("no risk run yet", "", item.getText(PlanColumn.CRITICALITY.ordinal()));
		}
		assertEquals("Criticality", fixture.tree().getColumn(PlanColumn.CRITICALITY.ordinal()).getText());
	}

	@Test
	public void propertiesOfferTheThreePoints() {
		Activity row = (Activity) fixture.element("1.2.1");
		ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		try {
			IItemPropertySource source = (IItemPropertySource) factory.adapt(row, IItemPropertySource.class);
			for (var feature : new Object[] { Literals.ACTIVITY__OPTIMISTIC_DURATION, Literals.ACTIVITY__MOST_LIKELY_DURATION,
					Literals.ACTIVITY__PESSIMISTIC_DURATION, Literals.ACTIVITY__DURATION_DISTRIBUTION }) {
				IItemPropertyDescriptor descriptor = source.getPropertyDescriptors(row).stream().filter(d -> d.getFeature(row) == feature).findFirst()
						.orElseThrow(() -> new AssertionError("Properties shows " + feature));
				assertTrue(descriptor.getDisplayName(row) + " is editable", descriptor.canSetProperty(row));
			}
		} finally {
			factory.dispose();
		}
	}
}
