package org.wbsmodeler.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.Test;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.plan.Codes;

/** Cut, copy and paste of Plan rows with the keyboard, within one model and between two open models. */
public class ClipboardTest {

	@Test
	public void copyAndPasteWithinAModelAddsACopyAfterTheSelectedRowWithItsLinks() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			WbsElement original = fixture.element("1.2.2");
			Input.click(fixture.item(original), 1);
			Input.ctrl(fixture.display(), 'c');
			Input.click(fixture.item(fixture.element("1.3.2")), 1);
			Input.ctrl(fixture.display(), 'v');
			WbsElement copy = fixture.element("1.3.3");
			assertNotSame(original, copy);
			assertEquals(original.getName(), copy.getName());
			assertSame("the copy's link points at the same predecessor", original.getPredecessors().get(0).getPredecessor(),
					copy.getPredecessors().get(0).getPredecessor());
			assertEquals("the pasted row is selected", List.of(copy), fixture.editor.planPage().selectedRows());
			assertEquals(EditorFixture.outline(fixture.saveAndLoad()), fixture.planRows());
		}
	}

	@Test
	public void cutTakesTheLinksAlongAndPasteInAnotherModelDropsLinksItCannotKeep() throws Exception {
		try (EditorFixture source = EditorFixture.openExample(); EditorFixture target = EditorFixture.openExample()) {
			source.page.activate(source.editor);
			source.flush();
			WbsElement cut = source.element("2.2.1");
			WbsElement successor = source.element("2.2.2");
			Input.click(source.item(cut), 1);
			Input.ctrl(source.display(), 'x');
			assertNull("cut removed the row", cut.eContainer());
			assertTrue("and the link to it", successor.getPredecessors().stream().noneMatch(d -> d.getPredecessor() == cut));

			target.page.activate(target.editor);
			target.flush();
			Input.click(target.item(target.element("7.3")), 1);
			Input.ctrl(target.display(), 'v');
			WbsElement pasted = target.element("7.4");
			assertEquals("Map sales process", pasted.getName());
			for (Dependency link : pasted.getPredecessors()) {
				assertSame("links only into the target model", target.model().eResource(), link.getPredecessor().eResource());
			}
			pasted.getAssignments().forEach(a -> assertSame(target.model().eResource(), a.getResource().eResource()));
			for (var it = target.model().eAllContents(); it.hasNext();) {
				EObject next = it.next();
				next.eCrossReferences().forEach(ref -> assertSame(Codes.class.getSimpleName() + ": no reference into another file",
						target.model().eResource(), ((EObject) ref).eResource()));
			}
			assertEquals(EditorFixture.outline(target.saveAndLoad()), target.planRows());
			Screenshots.save(target.shell(), "plan-pasted-from-another-model");
			source.editor.getEditingDomain().getCommandStack().undo();
			source.flush();
			assertEquals("undo of cut brings the row back", "2.2.1", Codes.of(cut));
		}
	}
}
