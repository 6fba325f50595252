package org.wbsmodeler.ui.wizards;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.eclipse.ui.wizards.IWizardRegistry;
import org.wbsmodeler.ui.tests.Gestures;
import org.wbsmodeler.ui.tests.Input;
import org.wbsmodeler.ui.tests.Screenshots;
import org.wbsmodeler.ui.tests.UiTestSupport;
import org.wbsmodeler.ui.tests.Widgets;

/**
 * A wizard as File > New / Import / Export opens it: made from the registry's descriptor, initialised with a
 * selection, shown in a non-blocking {@link WizardDialog}, driven by real clicks and keys.
 */
final class WizardDriver {

	final IWizardDescriptor descriptor;
	final WizardDialog dialog;
	final Display display;

	private WizardDriver(IWizardDescriptor descriptor, IStructuredSelection selection) throws Exception {
		this.descriptor = descriptor;
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchWizard wizard = descriptor.createWizard();
		wizard.init(workbench, selection);
		Shell parent = workbench.getActiveWorkbenchWindow().getShell();
		display = parent.getDisplay();
		dialog = new WizardDialog(parent, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		dialog.getShell().setSize(760, 560);
		UiTestSupport.settle(display);
	}

	/** Opens the wizard the registry knows by this id, checking it is in the WBS Modeler category. */
	static WizardDriver open(IWizardRegistry registry, String id, IStructuredSelection selection) throws Exception {
		IWizardDescriptor descriptor = registry.findWizard(id);
		assertNotNull(id + " is registered", descriptor);
		assertEquals("WBS Modeler", descriptor.getCategory().getLabel());
		return new WizardDriver(descriptor, selection);
	}

	Composite page() {
		return (Composite) dialog.getCurrentPage().getControl();
	}

	/** The text field right after the label with this text (as a user finds a field by its label). */
	Text field(String label) {
		return (Text) after(label);
	}

	Combo combo(String label) {
		return (Combo) after(label);
	}

	private Control after(String label) {
		List<Control> controls = Widgets.all(page());
		for (int i = 0; i < controls.size() - 1; i++) {
			if (controls.get(i) instanceof Label l && label.equals(l.getText().replace("&", ""))) {
				return controls.get(i + 1);
			}
		}
		throw new AssertionError("no field labelled " + label + " on " + Widgets.texts(page()));
	}

	/** Clicks into a field, selects what it holds (Ctrl+A) and types the text over it. */
	void type(Text text, String value) {
		Gestures.click(text);
		Input.ctrl(display, 'a');
		Input.type(display, value);
		UiTestSupport.settle(display);
	}

	/** Picks an entry of a read-only combo as its keyboard does (the drop-down list is the window system's). */
	void choose(Combo combo, String entryStart) {
		for (int i = 0; i < combo.getItemCount(); i++) {
			if (combo.getItem(i).startsWith(entryStart)) {
				combo.setFocus();
				combo.select(i);
				combo.notifyListeners(SWT.Selection, new Event());
				UiTestSupport.settle(display);
				return;
			}
		}
		throw new AssertionError("no entry " + entryStart + " in " + List.of(combo.getItems()));
	}

	/** Presses a button of the dialog (Next >, Finish, Cancel) with a real click. */
	void press(String label) {
		Button button = Widgets.all(dialog.getShell()).stream().filter(c -> c instanceof Button b && b.getText().replace("&", "").equals(label))
				.map(Button.class::cast).findFirst().orElseThrow(() -> new AssertionError("no button " + label));
		if (!button.isEnabled()) {
			throw new AssertionError(label + " is disabled; the page says: " + dialog.getCurrentPage().getErrorMessage());
		}
		Gestures.click(button);
		UiTestSupport.settle(display);
	}

	boolean closed() {
		return dialog.getShell() == null || dialog.getShell().isDisposed();
	}

	String error() {
		return dialog.getCurrentPage().getErrorMessage();
	}

	void screenshot(String name) {
		Screenshots.save(dialog.getShell(), name);
	}

	void close() {
		if (!closed()) {
			dialog.close();
		}
	}
}
