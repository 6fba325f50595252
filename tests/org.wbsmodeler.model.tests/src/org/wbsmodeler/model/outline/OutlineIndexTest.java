package org.wbsmodeler.model.outline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WorkPackage;
import org.wbsmodeler.model.util.ModelBuilder;

/** The outline index: codes, summaries, leaves, levels, parents and order, fresh and cached across edits. */
public class OutlineIndexTest {

	private final ModelBuilder build = new ModelBuilder();
	private final Project project = build.project("P", LocalDate.of(2027, 2, 1));
	private final Phase p1 = build.phase(project, "P1", null);
	private final Deliverable d11 = build.deliverable(p1, "D11", null);
	private final Activity a111 = build.activity(d11, "A111", 1, 8);
	private final Activity a112 = build.activity(d11, "A112", 1, 8);
	private final Milestone m12 = build.milestone(p1, "M12");
	private final Phase p2 = build.phase(project, "P2", null);
	private final WorkPackage w21 = build.workPackage(p2, "W21", null);

	private static List<String> names(List<WbsElement> elements) {
		return elements.stream().map(WbsElement::getName).toList();
	}

	@Test
	public void outlineOrderCodesLevelsAndParents() {
		OutlineIndex index = OutlineIndex.build(project);
		assertEquals(List.of("P1", "D11", "A111", "A112", "M12", "P2", "W21"), names(index.elements()));
		assertEquals(List.of("1", "1.1", "1.1.1", "1.1.2", "1.2", "2", "2.1"), index.lines().stream().map(OutlineIndex.Line::code).toList());
		assertEquals(3, index.level(a112));
		assertEquals(1, index.level(p2));
		assertSame(d11, index.parent(a111));
		assertSame(project, index.parent(p1));
		assertEquals(4, index.indexOf(m12));
		assertEquals(7, index.size());
		assertSame(a112, index.byCode("1.1.2"));
	}

	@Test
	public void summariesAndLeavesFollowChildrenNotTypes() {
		OutlineIndex index = OutlineIndex.build(project);
		// an empty phase or work package is a leaf: it is scheduled as an activity until something is put under it
		assertEquals(List.of("P1", "D11", "P2"), names(index.summaries()));
		assertEquals(List.of("A111", "A112", "M12", "W21"), names(index.leaves()));
		assertTrue(index.isSummary(p1));
		assertFalse(index.isSummary(w21));
		assertTrue(p2.isSummary());
		assertFalse(w21.isSummary());
		assertFalse(a111.isSummary());
	}

	@Test
	public void customCodesWinOverPositionsButChildrenKeepPositionCodes() {
		d11.setCustomCode("REQ");
		a112.setCustomCode("  ");
		OutlineIndex index = OutlineIndex.build(project);
		assertEquals("REQ", index.code(d11));
		assertEquals("1.1", index.positionCode(d11));
		assertEquals("1.1.1", index.code(a111));
		assertEquals("1.1.2", index.code(a112)); // blank is no custom code
		assertSame(d11, index.byCode("REQ"));
		assertNull(index.byCode("1.1"));
		// the derived code feature says the same
		assertEquals("REQ", d11.getCode());
		assertEquals("1.1.2", a112.getCode());
	}

	@Test
	public void theCachedIndexFollowsEdits() {
		OutlineIndex first = OutlineIndex.of(project);
		assertSame(first, OutlineIndex.of(project));
		assertEquals("2.1", w21.getCode());

		// insert before: everything after moves
		Phase p0 = build.phase(project, "P0", null);
		project.getChildren().move(0, p0);
		OutlineIndex second = OutlineIndex.of(project);
		assertNotSame(first, second);
		assertEquals("3.1", second.code(w21));
		assertEquals("3.1", w21.getCode());
		assertEquals(List.of("P0", "P1"), names(second.elements()).subList(0, 2));

		// a child under an empty work package makes it a summary
		Activity a211 = build.activity(w21, "A211", 1, 8);
		OutlineIndex third = OutlineIndex.of(project);
		assertTrue(third.isSummary(w21));
		assertEquals("3.1.1", third.code(a211));
		assertEquals(3, third.level(a211));

		// a move inside the outline, between parents
		d11.getChildren().add(0, a211);
		OutlineIndex fourth = OutlineIndex.of(project);
		assertEquals("2.1.1", fourth.code(a211));
		assertEquals("2.1.2", fourth.code(a111));
		assertFalse(fourth.isSummary(w21));

		// a custom code, then removal
		a111.setCustomCode("X");
		assertEquals("X", OutlineIndex.of(project).code(a111));
		project.getChildren().remove(p1);
		OutlineIndex fifth = OutlineIndex.of(project);
		assertFalse(fifth.contains(a111));
		assertEquals("2", fifth.code(p2));

		// elements removed from the project no longer notify the cache: edits there do not touch it
		a112.setCustomCode("Y");
		assertSame(fifth, OutlineIndex.of(project));
		// and estimates are no outline change
		p2.setDuration(4);
		assertSame(fifth, OutlineIndex.of(project));
	}

	@Test
	public void anIndexOfASummaryCountsFromIt() {
		OutlineIndex index = OutlineIndex.build(p1);
		assertEquals(List.of("1", "1.1", "1.2", "2"), index.lines().stream().map(OutlineIndex.Line::code).toList());
		assertEquals(1, index.level(d11));
	}

	@Test
	public void subtreesAreRangesOfTheOutline() {
		OutlineIndex index = OutlineIndex.build(project);
		assertEquals(List.of("D11", "A111", "A112", "M12"), index.subtree(p1).stream().map(l -> l.element().getName()).toList());
		assertEquals(4, index.descendantCount(p1));
		assertEquals(0, index.descendantCount(a111));
		assertEquals(List.of("A111", "A112", "M12"), names(index.leavesOf(p1)));
		assertEquals(List.of(a111), index.leavesOf(a111));
		// an empty work package is its own leaf
		assertEquals(List.of(w21), index.leavesOf(p2));
	}
}
